import { describe, expect, it } from 'vitest';
import { importChain, moduleImports, staticClosure } from './importGraph';

/**
 * What the page fetches before any user action is everything src/main.tsx reaches by static
 * imports (DESIGN.md: initial JavaScript ≤ 250 KB gzipped; `npm run bench:ui` measures it on a
 * build). These parts load on demand, each its own chunk, and must stay out of that closure: a
 * stray static import would put them back into the first download without any test noticing.
 */
const ROOT = process.cwd();
const ENTRY = 'src/main.tsx';
const { files, dynamicTargets, packages } = staticClosure(ROOT, ENTRY);

/** Why `file` is in the first download: one chain of static imports to it. */
const chain = (file: string): string => importChain(ROOT, ENTRY, file)?.join(' → ') ?? '(none)';
const reached = (prefix: string): string[] => [...files].filter((f) => f.startsWith(prefix));

/** Views the default page does not show at first, each loaded by an import() of its module. */
const LAZY_VIEWS = [
  'src/views/Embed/EmbedApp.tsx',
  'src/views/Race/RacePanel.tsx',
  'src/views/Landscape/LandscapePanel.tsx',
  'src/views/StepInspector/Inspection.tsx',
  'src/views/ScalarGraph/ScalarGraphBody.tsx',
  'src/views/Digits/DigitsGrid.tsx',
  'src/views/Exports/ExportPanel.tsx',
];

/** What those views bring along, none of it needed before they show. */
const LAZY_PARTS = [
  'src/views/StepInspector/formulas/',
  'src/views/StepInspector/tables/',
  'src/views/StepInspector/OpDetail.tsx',
  'src/views/StepInspector/inspectSnapshot.ts',
  'src/views/ScalarGraph/ExpressionMode.tsx',
  'src/views/ScalarGraph/NeuronMode.tsx',
  'src/views/Digits/DrawDigit.tsx',
  'src/views/Digits/WeightImages.tsx',
  'src/views/Exports/chartImage.ts',
  'src/export/',
];

describe("the page's first JavaScript", () => {
  it('reads the entry and finds the page (the graph is not empty)', () => {
    expect(files.has('src/views/App/App.tsx')).toBe(true);
    expect(files.has('src/core/i18n/english.ts')).toBe(true);
    expect(moduleImports(ROOT, 'src/boot.ts').static).toContain('src/state/controller.ts');
  });

  it("starts the run before the views' code runs: boot.ts is the entry's first import", () => {
    expect(moduleImports(ROOT, ENTRY).static[0]).toBe('src/boot.ts');
    expect([...files].filter((f) => f.startsWith('src/views/')).length).toBeGreaterThan(10);
    expect(staticClosure(ROOT, 'src/boot.ts').files.has('src/views/App/App.tsx')).toBe(false);
  });

  it('holds no Korean catalogue: it loads when the page is in Korean', () => {
    expect(reached('src/core/i18n/ko/').map(chain)).toEqual([]);
    expect(dynamicTargets).toContain('src/core/i18n/ko/index.ts');
  });

  it.each(LAZY_VIEWS)('leaves %s to a lazy chunk', (view) => {
    expect(files.has(view) ? chain(view) : null).toBeNull();
    expect(dynamicTargets).toContain(view);
  });

  it.each(LAZY_PARTS)('leaves %s to the lazy chunks', (part) => {
    expect(reached(part).map(chain)).toEqual([]);
  });

  it('holds neither the engine nor the worker session (they run in the worker)', () => {
    expect([...reached('src/engine/'), ...reached('src/worker/session')].map(chain)).toEqual([]);
  });

  it('imports no typesetting, contours or colour-scheme tables up front', () => {
    const heavy = ['katex', 'd3-contour', 'd3-scale-chromatic'];
    expect(
      [...packages].filter((p) => heavy.some((h) => p === h || p.startsWith(`${h}/`))),
    ).toEqual([]);
  });
});

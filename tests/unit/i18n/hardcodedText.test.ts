import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/i18n';
import { scanSource, type Finding } from './scanText';

/**
 * No user-visible English is written into the views: it lives in the catalogues, so the
 * language switch reaches every word. Every folder of src/views is scanned, a new one too;
 * PENDING names the folders whose strings have not moved yet (empty when issue 13 is done).
 */
const PENDING: readonly string[] = [];

/**
 * Folders where any literal holding an English sentence fails, wherever it goes (a note pushed
 * onto a list, a caption returned by a function), not only the words given to attributes and
 * word properties. The step inspector builds its sentences in plain functions, so it needs this.
 */
const SENTENCE_FOLDERS: readonly string[] = ['src/views/StepInspector'];
const scanOptions = (path: string) => ({
  sentences: SENTENCE_FOLDERS.some((folder) => path.startsWith(folder)),
});

const FOLDERS = readdirSync('src/views')
  .filter((name) => statSync(join('src/views', name)).isDirectory() && !PENDING.includes(name))
  .map((name) => `src/views/${name}`);

/**
 * Text with letters that is not language: each entry says why it reads the same in every
 * language. Matched by file and exact text.
 */
const NOT_LANGUAGE: readonly { file: string; text: string; why: string }[] = [
  { file: 'src/views/App/App.tsx', text: 'Backprop', why: 'the product’s name' },
  { file: 'src/views/App/App.tsx', text: 'Lab', why: 'the product’s name (its second word)' },
  {
    file: 'src/views/Transport/LinkButtons.tsx',
    text: '⤓ JSON',
    why: 'a file format’s name beside a download arrow',
  },
  {
    file: 'src/views/Controls/sections/HiddenLayers.tsx',
    text: 'BN',
    why: 'the course’s abbreviation; its title and the hidden text say “batch normalization”',
  },
  {
    file: 'src/views/Controls/datasetPresets.ts',
    text: '*',
    why: 'English summaries kept for tests and tools; the panel shows controls.preset.* instead',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: '|g',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: '− g',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: '| / (|g',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: '| + |g',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: 'g',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/GradientCheckTable.tsx',
    text: '= (C(w+h) − C(w−h)) / 2h',
    why: 'a formula’s symbols and subscripts (g_backprop, g_numeric, central difference)',
  },
  {
    file: 'src/views/GradientFlow/gradcheckVerdict.ts',
    text: '*',
    why: 'verdict codes (agrees, close, disagrees): class names and keys into VERDICT_WORDS, never shown',
  },
  {
    file: 'src/views/Landscape/LandscapeMap.tsx',
    text: 'α',
    why: 'the axis’s symbol (direction coefficient α)',
  },
  {
    file: 'src/views/Landscape/LandscapeMap.tsx',
    text: 'β',
    why: 'the axis’s symbol (direction coefficient β)',
  },
  {
    file: 'src/views/NetworkGraph/ModeToggle.tsx',
    text: 'Δw',
    why: 'the course’s symbol for a weight change',
  },
  {
    file: 'src/views/OutputMap/LineFit.tsx',
    text: 'x',
    why: 'an axis’s variable',
  },
  {
    file: 'src/views/OutputMap/LineFit.tsx',
    text: 'y',
    why: 'an axis’s variable',
  },
  {
    file: 'src/views/OutputMap/PlaneMap.tsx',
    text: 'x₁',
    why: 'an axis’s variable',
  },
  {
    file: 'src/views/OutputMap/PlaneMap.tsx',
    text: 'x₂',
    why: 'an axis’s variable',
  },
  {
    file: 'src/views/ScalarGraph/ExpressionMode.tsx',
    text: 'f =',
    why: 'the start of a formula',
  },
  {
    file: 'src/views/ScalarGraph/NeuronMode.tsx',
    text: 'a =',
    why: 'a formula’s symbols between numbers',
  },
  {
    file: 'src/views/ScalarGraph/NeuronMode.tsx',
    text: ', z =',
    why: 'a formula’s symbols between numbers',
  },
  {
    file: 'src/views/ScalarGraph/NeuronMode.tsx',
    text: ', δ = ∂C/∂a =',
    why: 'a formula’s symbols between numbers',
  },
  {
    file: 'src/views/ScalarGraph/NeuronMode.tsx',
    text: ', C =',
    why: 'a formula’s symbols between numbers',
  },
];

/** Entries for texts of one file that are only a formula's symbols. */
function symbols(file: string, why: string, texts: readonly string[]): typeof NOT_LANGUAGE {
  return texts.map((text) => ({ file, text, why }));
}

const INSPECTOR_SYMBOLS: typeof NOT_LANGUAGE = [
  { file: 'src/views/StepInspector/StepInspector.tsx', text: 'Shift', why: 'a key’s name' },
  ...symbols(
    'src/views/StepInspector/opTables.ts',
    'a value table’s column: the course’s symbol for what it holds',
    ['z', 'm', 'z̃', 'b', 'a', 'ŷ', 'y', 'ŷ − y', 'δ', 'h′( )', '(W ᵀδ )', '∂C/∂y', '∂C/∂', 'Δ'],
  ),
  ...symbols(
    'src/views/StepInspector/tables/normTables.ts',
    'a batch-norm table’s column: the course’s symbol for what it holds',
    ['a', 'μ_B', 'σ²_B', 'â', 'γ', 'β', 'y', '∂C/∂y', '∂C/∂σ²_B', '∂C/∂μ_B', 'δ', 'μ_run'],
  ),
  ...symbols(
    'src/views/StepInspector/tables/normTables.ts',
    'a batch-norm table’s column: the course’s symbol for what it holds',
    ['σ²_run', '∂C/∂γ', '∂C/∂β'],
  ),
];

const isKey = (text: string): boolean => Object.hasOwn(CATALOGUES.en, text);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const ALLOWED = [...NOT_LANGUAGE, ...INSPECTOR_SYMBOLS];

function allowed(f: Finding): boolean {
  return ALLOWED.some((a) => a.file === f.file && (a.text === '*' || a.text === f.text));
}

describe('the scan for hard-coded text', () => {
  it('finds JSX text, read attributes and word properties, but not keys, symbols or comments', () => {
    const source = `
      // A comment with English words is fine.
      const CHOICES = [{ label: 'Network graph' }, { label: 'app.region.network' }];
      export function Fake({ on }: { on: boolean }) {
        return (
          <div aria-label="Training controls" title={on ? 'Pause now' : t('transport.play')}>
            Step once
            <button placeholder={\`Type \${n} here\`} alt="">▶ ❚❚ ↺ × 0.5</button>
            {on && 'Copied'}
            {(out.textContent = \`\${rate} steps/s\`)}
            <span className="not-read">plain class names are not words</span>
          </div>
        );
      }`;
    const found = scanSource('src/views/Fake/Fake.tsx', source, isKey);
    expect(found.map((f) => [f.where, f.text])).toEqual([
      ['property label', 'Network graph'],
      ['aria-label', 'Training controls'],
      ['title', 'Pause now'],
      ['jsx text', 'Step once'],
      ['placeholder', 'Type here'],
      ['jsx text', 'Copied'],
      ['textContent', 'steps/s'],
      ['jsx text', 'plain class names are not words'],
    ]);
  });

  it('finds the step inspector’s sentences: formula captions, explanations, notes', () => {
    const source = `
      import { t } from '../../core/i18n';
      export function formula(l: number, ok: boolean): OpFormula {
        const notes = [t('formula.noBias', { layer: l })];
        if (!ok) notes.push(\`Layer \${l} has no bias at all.\`);
        if (l < 0) throw new Error(\`layer \${l} does not exist\`);
        return {
          explain: ok ? t('formula.gradients.explain', { layer: l }) : 'Softmax turns them',
          lines: [{ tex: '\\\\frac{\\\\partial C}{\\\\partial w} = 0.5', caption: 'the whole layer at once' }],
          result: { symbol: 'δ⁽¹⁾₂', value: 0.5 },
          notes: ['Each edge is a multiply gate.', ...notes],
        };
      }
      function words(ok: boolean, k: number): string[] {
        const name = \`input \${k + 1}\`;
        return [ok ? t('formula.wholeLayer') : 'the derivative', name, \`w\${k}\`];
      }
      const Box = () => <figure className="si-table si-terms">{t('inspector.heading')}</figure>;`;
    const scan = (sentences: boolean) =>
      scanSource('src/views/StepInspector/Fake.tsx', source, isKey, { sentences }).map((f) => [
        f.where,
        f.text,
      ]);
    // Word properties are caught anywhere; a sentence elsewhere only where sentences are asked for.
    expect(scan(false)).toEqual([
      ['property explain', 'Softmax turns them'],
      ['property caption', 'the whole layer at once'],
      ['property notes', 'Each edge is a multiply gate.'],
    ]);
    expect(scan(true)).toEqual([
      ['sentence', 'Layer has no bias at all.'],
      ['property explain', 'Softmax turns them'],
      ['property caption', 'the whole layer at once'],
      ['property notes', 'Each edge is a multiply gate.'],
      ['sentence', 'input'],
      ['sentence', 'the derivative'],
    ]);
  });

  it.each(FOLDERS)('%s has no user-visible text outside the catalogue', (folder) => {
    const findings = sourceFiles(folder).flatMap((path) =>
      scanSource(
        relative(process.cwd(), path),
        readFileSync(path, 'utf8'),
        isKey,
        scanOptions(path),
      ),
    );
    const left = findings
      .filter((f) => !allowed(f))
      .map((f) => `${f.file}:${f.line} ${f.where}: ${f.text}`);
    expect(left).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const findings = FOLDERS.flatMap((folder) =>
      sourceFiles(folder).flatMap((path) =>
        scanSource(
          relative(process.cwd(), path),
          readFileSync(path, 'utf8'),
          isKey,
          scanOptions(path),
        ),
      ),
    );
    const unused = ALLOWED.filter(
      (a) => !findings.some((f) => f.file === a.file && (a.text === '*' || a.text === f.text)),
    );
    expect(unused).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/i18n';
import { scanSource, type Finding } from './scanText';

/**
 * No user-visible English is written into the views: it lives in the catalogues, so the
 * language switch reaches every word. The folders are listed as their strings move into the
 * catalogue; the last step is all of src/views.
 */
const FOLDERS = [
  'src/views/App',
  'src/views/Controls',
  'src/views/Transport',
  'src/views/Notices',
  'src/views/Lessons',
  'src/views/Exports',
  'src/views/Embed',
  'src/views/shared',
];

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
];

const isKey = (text: string): boolean => Object.hasOwn(CATALOGUES.en, text);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function allowed(f: Finding): boolean {
  return NOT_LANGUAGE.some((a) => a.file === f.file && (a.text === '*' || a.text === f.text));
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

  it.each(FOLDERS)('%s has no user-visible text outside the catalogue', (folder) => {
    const findings = sourceFiles(folder).flatMap((path) =>
      scanSource(relative(process.cwd(), path), readFileSync(path, 'utf8'), isKey),
    );
    const left = findings
      .filter((f) => !allowed(f))
      .map((f) => `${f.file}:${f.line} ${f.where}: ${f.text}`);
    expect(left).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const findings = FOLDERS.flatMap((folder) =>
      sourceFiles(folder).flatMap((path) =>
        scanSource(relative(process.cwd(), path), readFileSync(path, 'utf8'), isKey),
      ),
    );
    const unused = NOT_LANGUAGE.filter(
      (a) => !findings.some((f) => f.file === a.file && (a.text === '*' || a.text === f.text)),
    );
    expect(unused).toEqual([]);
  });
});

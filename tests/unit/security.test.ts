import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_OPTIONS } from '../../src/views/StepInspector/Tex';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Ways to turn a string into markup or code. */
const MARKUP_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|eval\s*\(|new Function\s*\(|srcdoc)\b/g;

/** The one sink allowed: KaTeX's output for formulas the app builds (see Tex.tsx). */
const ALLOWED = new Set(['src/views/StepInspector/Tex.tsx:dangerouslySetInnerHTML']);

describe('no link-derived text becomes markup', () => {
  it('uses no HTML or code sink in src/ other than the KaTeX span', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(MARKUP_SINKS)) {
        const key = `${file}:${match[1]}`;
        if (!ALLOWED.has(key)) found.push(key);
      }
    }
    expect(found).toEqual([]);
  });

  it('passes the KaTeX span only formulas built by the app, never props from a link', () => {
    // Every <Tex tex=…> gets its formula from the formulas module or a literal.
    const uses = sourceFiles('src/views').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Tex\b[^>]*tex=\{([^}]*)\}/g)].map((m) => m[1]),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const expression of uses) expect(expression).not.toMatch(/config|link|csv|hash|location/i);
  });

  it('KaTeX refuses links, raw HTML and runaway macros with the app’s options', () => {
    const hostile = katex.renderToString('\\href{javascript:alert(1)}{x}\\url{http://e.org}', {
      ...KATEX_OPTIONS,
    });
    // The TeX source stays as text (in the annotation); no link element or attribute is made.
    expect(hostile).not.toMatch(/<a\b|href=/);
    const html = katex.renderToString('\\htmlClass{x}{y}\\includegraphics{a.png}', KATEX_OPTIONS);
    expect(html).not.toMatch(/<img\b|class="x"/);
    const bomb = katex.renderToString(
      '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{xxxxxxxx}\\a\\a\\a\\a\\a\\a\\a\\a',
      KATEX_OPTIONS,
    );
    // maxExpand stops the expansion: KaTeX shows an error instead of a huge formula.
    expect(bomb).toMatch(/Too many expansions/);
  });
});

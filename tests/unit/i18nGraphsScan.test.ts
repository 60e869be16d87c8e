import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The chart views whose words live in the graphs catalogue. */
const FOLDERS = ['LossChart', 'GradientFlow', 'OutputMap', 'Race', 'ScalarGraph'];

function tsxFiles(folder: string): string[] {
  const dir = join('src/views', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => join(dir, f));
}

/** English words written straight into JSX: text between tags, or a quoted label attribute. */
function hardCoded(source: string): string[] {
  const found: string[] = [];
  // After a tag's `>` (not an arrow's `=>`, not a formula's <sub>script), up to the next tag,
  // with no code (braces, calls, object keys) in between.
  const text = /(?<![=-]|<sub)>([^<>{}()=;:`]*[A-Za-z]{3,}[^<>{}()=;:`]*)</g;
  const attribute = /\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z]{3,}[^"]*)"/g;
  for (const m of source.matchAll(text)) found.push(m[1].trim());
  for (const m of source.matchAll(attribute)) found.push(`${m[1]}="${m[2]}"`);
  return found;
}

describe('the chart views write no English of their own', () => {
  it.each(FOLDERS)('%s takes every visible word from the catalogue', (folder) => {
    const offenders = tsxFiles(folder).flatMap((file) =>
      hardCoded(readFileSync(file, 'utf8')).map((text) => `${file}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds English that is written straight into JSX', () => {
    expect(hardCoded('<h2>Loss chart</h2>')).toEqual(['Loss chart']);
    expect(hardCoded('<svg aria-label="Loss curve" />')).toEqual(['aria-label="Loss curve"']);
    expect(hardCoded("<h2>{t('loss.title')}</h2>")).toEqual([]);
  });
});

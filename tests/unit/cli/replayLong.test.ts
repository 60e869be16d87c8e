import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../src/config/base64url';
import { LIMITS } from '../../../src/config/limits';

const REPLAY = ['--import', 'tsx', 'src/cli/replay.ts'];

/** A valid CSV link of about 220 000 characters: too long for one command-line argument. */
function longCsvLink(): string {
  const rows: string[] = [];
  for (let r = 0; rows.join('\n').length < 160_000; r++) {
    rows.push(`${(r % 97) / 97},${(r % 89) / 89},${(r % 13) / 13}`);
  }
  const csv = rows.join('\n');
  expect(csv.length).toBeLessThanOrEqual(LIMITS.csvChars);
  return `ds=csv&csv=${encodeBase64Url(csv)}&batch=8&v=1`;
}

describe('npm run replay with a long link', () => {
  it('reads it from --file PATH and from standard input (-) alike', () => {
    const link = longCsvLink();
    expect(link.length).toBeGreaterThan(128 * 1024);
    expect(link.length).toBeLessThanOrEqual(LIMITS.linkChars);
    const dir = mkdtempSync(join(tmpdir(), 'replay-long-'));
    const file = join(dir, 'link.txt');
    writeFileSync(file, `${link}\n`);
    const fromFile = JSON.parse(
      execFileSync(process.execPath, [...REPLAY, '--file', file, '--steps', '3'], {
        encoding: 'utf8',
      }),
    ) as { steps: number; problems: string[]; weights: number[][] };
    expect(fromFile.steps).toBe(3);
    expect(fromFile.problems).toEqual([]);
    expect(fromFile.weights[0]).toHaveLength(2 * 4); // 2 input columns → 4 hidden
    const fromStdin = JSON.parse(
      execFileSync(process.execPath, [...REPLAY, '-', '--steps', '3'], {
        encoding: 'utf8',
        input: link,
      }),
    ) as { weights: number[][] };
    expect(fromStdin.weights).toEqual(fromFile.weights);
  }, 60_000);

  it('prints the problems when the run cannot start', () => {
    const result = spawnSync(process.execPath, [...REPLAY, 'ds=csv&csv=!!!!&v=1'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'the run could not start: the data is empty',
      '  - CSV data in the link is not valid base64url text; using none',
    ]);
  }, 30_000);

  it('says what is wrong with a missing file', () => {
    const result = spawnSync(process.execPath, [...REPLAY, '--file', '/nonexistent/link.txt'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^cannot read \/nonexistent\/link\.txt: .*ENOENT/);
  }, 30_000);
});

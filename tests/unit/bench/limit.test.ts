import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLimit, limitSummary } from '../../../bench/limit';
import { limitConfig } from '../../../bench/limitConfig';
import { NETWORKS } from '../../../bench/networks';

describe('limitSummary', () => {
  it('prints the closing line with two decimals per network', () => {
    const rows = [
      { id: 'A', engine: 3.2e6, limit: 6.32e6 },
      { id: 'B', engine: 432e3, limit: 863e3 },
      { id: 'C', engine: 19.0e3, limit: 22.1e3 },
      { id: 'D', engine: 73.6e3, limit: 84.0e3 },
    ];
    expect(limitSummary(rows, '/work/shared/bench/limit.cjs')).toBe(
      'engine/limit: A 0.51, B 0.50, C 0.86, D 0.88',
    );
  });

  it('says the limit was skipped when it is absent', () => {
    const rows = [{ id: 'A', engine: 3.2e6, limit: undefined }];
    expect(limitSummary(rows, null)).toBe(
      'engine/limit: skipped (no shared/bench/limit.cjs beside the repository)',
    );
  });

  it('marks a network the limit did not measure', () => {
    const rows = [
      { id: 'A', engine: 2e6, limit: 4e6 },
      { id: 'B', engine: 1e5, limit: undefined },
    ];
    expect(limitSummary(rows, '/x/shared/bench/limit.cjs')).toBe('engine/limit: A 0.50, B —');
  });
});

describe('findLimit', () => {
  it('finds shared/bench/limit.cjs beside an ancestor of the repository', () => {
    const top = mkdtempSync(join(tmpdir(), 'limit-'));
    mkdirSync(join(top, 'shared', 'bench'), { recursive: true });
    writeFileSync(join(top, 'shared', 'bench', 'limit.cjs'), 'module.exports = {};\n');
    const worktree = join(top, 'wt', 'engine-speed');
    mkdirSync(worktree, { recursive: true });
    expect(findLimit(worktree)).toBe(join(top, 'shared', 'bench', 'limit.cjs'));
    expect(findLimit(join(top, 'main'))).toBe(join(top, 'shared', 'bench', 'limit.cjs'));
  });

  it('returns null in an ordinary clone, without one', () => {
    const top = mkdtempSync(join(tmpdir(), 'clone-'));
    const seen: string[] = [];
    const exists = (path: string): boolean => {
      seen.push(path);
      return false;
    };
    expect(findLimit(join(top, 'backprop-lab'), exists)).toBeNull();
    expect(seen[0]).toBe(join(top, 'shared', 'bench', 'limit.cjs'));
    expect(seen.at(-1)).toBe('/shared/bench/limit.cjs');
  });
});

describe('limitConfig', () => {
  it('maps the benchmark networks onto the limit’s settings', () => {
    const [a, , c, d] = NETWORKS;
    expect(limitConfig(a)).toEqual({
      inputs: 2,
      hidden: [4, 2],
      outputs: 1,
      hiddenAct: 'tanh',
      outAct: 'tanh',
      loss: 'mse',
      batch: 10,
      lr: 0.03,
    });
    expect(limitConfig(c).loss).toBe('ce');
    expect(limitConfig(d)).toMatchObject({ hidden: [64, 64, 64], outAct: 'sigmoid', loss: 'bce' });
  });
});

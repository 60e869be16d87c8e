import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { SampleSet } from '../src/data/types';
import { limitConfig, type LimitLoop, type LimitModule } from './limitConfig';
import type { BenchNetwork } from './networks';

/**
 * The reference limit: `shared/bench/limit.cjs`, a plain-JavaScript trainer written only to be
 * fast (Math.tanh/exp, data in order, no statistics). It lives beside the repository, not in
 * it, so an ordinary clone has no limit and the benchmark skips its column.
 */

/** Where the limit sits relative to a directory above the repository. */
export const LIMIT_PATH = join('shared', 'bench', 'limit.cjs');

/**
 * The limit for a repository at `repoRoot`: the first `shared/bench/limit.cjs` found by walking
 * up from the repository's parent (a worktree under /work/wt/x finds /work/shared; /work/main
 * finds it too). Null when there is none.
 */
export function findLimit(
  repoRoot: string,
  exists: (path: string) => boolean = existsSync,
): string | null {
  let dir = resolve(repoRoot);
  for (;;) {
    const parent = dirname(dir);
    if (parent === dir) return null;
    const candidate = join(parent, LIMIT_PATH);
    if (exists(candidate)) return candidate;
    dir = parent;
  }
}

/** Loads the limit module at `path` and builds its blocked-mode loop for one network. */
export function createLimitLoop(path: string, net: BenchNetwork, data: SampleSet): LimitLoop {
  const load = createRequire(import.meta.url);
  const limit = load(path) as LimitModule;
  return limit.createLimit(
    limitConfig(net),
    { N: data.count, X: data.inputs, Y: data.targets },
    { mode: 'blocked' },
  );
}

/**
 * The closing line, `engine/limit: A 0.51, B 0.50, C 0.86, D 0.88`, from each network's median
 * throughputs; when the limit did not run, a line that says why.
 */
export function limitSummary(
  rows: readonly { id: string; engine: number; limit: number | undefined }[],
  limitPath: string | null,
): string {
  if (limitPath === null) {
    return `engine/limit: skipped (no ${LIMIT_PATH} beside the repository)`;
  }
  const parts = rows.map((row) =>
    row.limit === undefined || !(row.limit > 0)
      ? `${row.id} —`
      : `${row.id} ${(row.engine / row.limit).toFixed(2)}`,
  );
  return `engine/limit: ${parts.join(', ')}`;
}

/**
 * The points of a landscape not computed yet, filled by bilinear interpolation between the
 * coarse lattice (every COARSE-th row and column, and the last; the worker computes it first),
 * so the first picture is smooth rather than blocky. Computed points are kept as they are.
 */
const COARSE = 5;

/** The coarse lattice's coordinates along one side: 0, 5, 10, …, and grid − 1. */
function lattice(grid: number): number[] {
  const at: number[] = [];
  for (let k = 0; k < grid; k++) if (k % COARSE === 0 || k === grid - 1) at.push(k);
  return at;
}

export function fillFromCoarse(values: Float64Array, grid: number): Float64Array {
  const side = lattice(grid);
  for (const r of side) for (const c of side) if (Number.isNaN(values[r * grid + c])) return values;
  const out = values.slice();
  // For each row or column index, the lattice lines below and above it.
  const below = new Int32Array(grid);
  const above = new Int32Array(grid);
  for (let k = 0, i = 0; k < grid; k++) {
    while (i + 1 < side.length && side[i + 1] <= k) i++;
    below[k] = side[i];
    above[k] = side[Math.min(i + 1, side.length - 1)];
  }
  for (let r = 0; r < grid; r++)
    for (let c = 0; c < grid; c++) {
      const k = r * grid + c;
      if (!Number.isNaN(out[k])) continue;
      const [r0, r1, c0, c1] = [below[r], above[r], below[c], above[c]];
      const u = r1 > r0 ? (r - r0) / (r1 - r0) : 0;
      const v = c1 > c0 ? (c - c0) / (c1 - c0) : 0;
      const at = (rr: number, cc: number): number => values[rr * grid + cc];
      out[k] =
        (1 - u) * ((1 - v) * at(r0, c0) + v * at(r0, c1)) +
        u * ((1 - v) * at(r1, c0) + v * at(r1, c1));
    }
  return out;
}

import { describe, expect, it } from 'vitest';
import { pointOrder, coarseCount } from '../../../src/engine/landscapeJob';
import { fillFromCoarse } from '../../../src/views/Landscape/fillCoarse';

/** A grid whose first `done` points (in the worker's order) hold f(row, column); NaN elsewhere. */
function partial(grid: number, done: number, f: (r: number, c: number) => number): Float64Array {
  const values = new Float64Array(grid * grid).fill(Number.NaN);
  const order = pointOrder(grid);
  for (let k = 0; k < done; k++) values[order[k]] = f(Math.floor(order[k] / grid), order[k] % grid);
  return values;
}

describe('the coarse first picture', () => {
  it('is exact for a bilinear surface once the coarse lattice is in (31 and 21 points a side)', () => {
    for (const grid of [31, 21]) {
      const f = (r: number, c: number) => 2 + 0.5 * r - 0.25 * c + 0.01 * r * c;
      const filled = fillFromCoarse(partial(grid, coarseCount(grid), f), grid);
      for (let r = 0; r < grid; r++)
        for (let c = 0; c < grid; c++) expect(filled[r * grid + c]).toBeCloseTo(f(r, c), 12);
    }
  });

  it('keeps computed points as they are and interpolates only the rest', () => {
    const grid = 11;
    const f = (r: number, c: number) => (r - 5) ** 2 + (c - 5) ** 2;
    const values = partial(grid, coarseCount(grid) + 20, f);
    const filled = fillFromCoarse(values, grid);
    for (let k = 0; k < values.length; k++)
      if (!Number.isNaN(values[k])) expect(filled[k]).toBe(values[k]);
    // (3, 3) lies between lattice rows and columns 0 and 5, 0.6 of the way: by hand
    // 0.4·0.4·f(0,0) + 0.4·0.6·f(0,5) + 0.6·0.4·f(5,0) + 0.6·0.6·f(5,5) = 8 + 6 + 6 + 0 = 20
    expect(Number.isNaN(values[3 * grid + 3])).toBe(true);
    expect(filled[3 * grid + 3]).toBeCloseTo(20, 12);
  });

  it('leaves the grid alone while the lattice is incomplete', () => {
    const values = partial(11, 3, () => 1);
    expect(fillFromCoarse(values, 11)).toBe(values);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES, SURFACE_NAMES, isSurfaceName } from '../../../src/core/surfaces';

/** Central difference (f(x + h) − f(x − h)) / 2h with a step scaled to the coordinate. */
function centralDifference(f: (x: number, y: number) => number, x: number, y: number) {
  const hx = 1e-6 * Math.max(1, Math.abs(x));
  const hy = 1e-6 * Math.max(1, Math.abs(y));
  return [(f(x + hx, y) - f(x - hx, y)) / (2 * hx), (f(x, y + hy) - f(x, y - hy)) / (2 * hy)];
}

describe('test surfaces', () => {
  it('take their values from the written-out definitions', () => {
    expect(SURFACES.rosenbrock.value(-1.5, 2)).toBe(2.5 * 2.5 + 100 * (2 - 2.25) ** 2);
    expect(SURFACES.rosenbrock.value(0, 0)).toBe(1);
    expect(SURFACES.beale.value(0, 0)).toBe(1.5 ** 2 + 2.25 ** 2 + 2.625 ** 2);
    expect(SURFACES.beale.value(1, 2)).toBe(2.5 ** 2 + 5.25 ** 2 + 9.625 ** 2);
    expect(SURFACES.himmelblau.value(0, 0)).toBe(121 + 49);
    expect(SURFACES.saddle.value(2, 3)).toBe(4 - 9);
    expect(SURFACES.bowl.value(2, 1)).toBe(2 + 10);
    // A point on the rotated bowl's shallow axis (x = y) and one on its steep axis (x = −y).
    expect(SURFACES['rotated-bowl'].value(1, 1)).toBeCloseTo(0.5 * 2, 14);
    expect(SURFACES['rotated-bowl'].value(-1, 1)).toBeCloseTo(10 * 2, 13);
  });

  it('are zero with zero gradient at their stated minima', () => {
    const g = new Float64Array(2);
    for (const name of SURFACE_NAMES) {
      for (const [x, y] of SURFACES[name].minima) {
        expect(SURFACES[name].value(x, y)).toBeCloseTo(0, 8);
        SURFACES[name].gradient(x, y, g);
        expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-4);
      }
    }
    SURFACES.saddle.gradient(0, 0, g);
    expect([g[0], g[1]]).toEqual([0, -0]);
  });

  for (const name of SURFACE_NAMES) {
    it(`${name}: the analytic gradient agrees with central differences`, () => {
      const surface = SURFACES[name];
      const g = new Float64Array(2);
      fc.assert(
        fc.property(
          fc.double({ min: -4, max: 4, noNaN: true }),
          fc.double({ min: -4, max: 4, noNaN: true }),
          (x, y) => {
            surface.gradient(x, y, g);
            const [dx, dy] = centralDifference(surface.value, x, y);
            const scale = 1 + Math.abs(surface.value(x, y));
            expect(Math.abs(g[0] - dx)).toBeLessThan(1e-5 * scale + 1e-6 * Math.abs(dx));
            expect(Math.abs(g[1] - dy)).toBeLessThan(1e-5 * scale + 1e-6 * Math.abs(dy));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('names are checked without prototype keys slipping through', () => {
    expect(isSurfaceName('beale')).toBe(true);
    expect(isSurfaceName('toString')).toBe(false);
    expect(isSurfaceName('__proto__')).toBe(false);
  });
});

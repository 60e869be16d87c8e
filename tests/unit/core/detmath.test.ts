import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, log, log1p, powInt, sin, tanh } from '../../../src/core/detmath';
import { Random } from '../../../src/core/random';

/** |a − b| in units of the last place of b. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  return Math.abs(a - b) / Math.max(Math.abs(b) * Number.EPSILON, Number.MIN_VALUE);
}

/** Largest error over `n` arguments drawn by `draw`, against the engine's own Math function. */
function worst(
  f: (x: number) => number,
  reference: (x: number) => number,
  draw: (r: Random) => number,
): number {
  const random = new Random(11, 'detmath');
  let max = 0;
  for (let k = 0; k < 100_000; k++) {
    const x = draw(random);
    max = Math.max(max, ulps(f(x), reference(x)));
  }
  return max;
}

describe('deterministic elementary functions', () => {
  it('agree with Math.* to within 2.5 units in the last place', () => {
    expect(worst(exp, Math.exp, (r) => r.uniform(-745, 709))).toBeLessThan(2.5);
    expect(worst(exp, Math.exp, (r) => r.uniform(-1, 1))).toBeLessThan(2.5);
    expect(worst(expm1, Math.expm1, (r) => r.uniform(-40, 40))).toBeLessThan(2.5);
    expect(worst(expm1, Math.expm1, (r) => r.uniform(-1e-6, 1e-6))).toBeLessThan(2.5);
    expect(worst(log, Math.log, (r) => Math.exp(r.uniform(-700, 700)))).toBeLessThan(2.5);
    expect(worst(log, Math.log, (r) => r.uniform(0.9, 1.1))).toBeLessThan(2.5);
    expect(worst(log1p, Math.log1p, (r) => r.uniform(-0.999, 10))).toBeLessThan(2.5);
    expect(worst(log1p, Math.log1p, (r) => r.uniform(-1e-9, 1e-9))).toBeLessThan(2.5);
    expect(worst(tanh, Math.tanh, (r) => r.uniform(-25, 25))).toBeLessThan(2.5);
    expect(worst(tanh, Math.tanh, (r) => r.uniform(-1e-3, 1e-3))).toBeLessThan(2.5);
  });

  it('sin and cos are accurate in absolute terms over the ranges the datasets use', () => {
    const random = new Random(3, 'trig');
    let max = 0;
    for (let k = 0; k < 100_000; k++) {
      const x = random.uniform(-100, 100);
      max = Math.max(max, Math.abs(sin(x) - Math.sin(x)), Math.abs(cos(x) - Math.cos(x)));
    }
    expect(max).toBeLessThan(4e-16);
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(sin(Math.PI / 2)).toBe(1);
  });

  it('handles the special values', () => {
    expect(exp(0)).toBe(1);
    expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-745)).toBe(5e-324);
    expect(exp(Number.NaN)).toBeNaN();
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(1e-300)).toBe(1e-300);
    expect(expm1(-Infinity)).toBe(-1);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(30)).toBe(1);
    expect(tanh(-30)).toBe(-1);
    expect(tanh(Number.NaN)).toBeNaN();
  });

  it('tanh is odd and exp(log x) returns x to within an ulp', () => {
    const random = new Random(5, 'identities');
    for (let k = 0; k < 10_000; k++) {
      const x = random.uniform(-5, 5);
      expect(tanh(-x)).toBe(-tanh(x));
      const y = random.uniform(1e-3, 1e3);
      expect(ulps(exp(log(y)), y)).toBeLessThanOrEqual(1024 * 2); // error grows by |log y| ulps
    }
  });

  it('tanh gives the bits of its defining formula through expm1, branch-free as it is written', () => {
    // The form every recorded link was trained with: −expm1(−2|x|)/(expm1(−2|x|) + 2), signed.
    const defining = (x: number): number => {
      if (!(x === x)) return x;
      const a = x < 0 ? -x : x;
      if (a > 22) return x < 0 ? -1 : 1;
      if (a < 3.725290298461914e-9) return x;
      const e = expm1(-2 * a);
      const t = -e / (e + 2);
      return x < 0 ? -t : t;
    };
    const near = (x: number): number[] => {
      const out = [x];
      let below = x;
      let above = x;
      for (let k = 0; k < 4; k++) {
        below = below - Math.abs(below) * Number.EPSILON;
        above = above + Math.abs(above) * Number.EPSILON;
        out.push(below, above);
      }
      return out;
    };
    const ln2 = Math.LN2;
    // Where the branchy form changes path: expm1's small range, whole multiples of ln 2 / 2
    // (where k steps), 20 and 22, 2⁻²⁸; and the special values.
    const edges = [0.34657359 / 2, 20, 22, 3.725290298461914e-9, 1e-300, 5e-324];
    for (let m = 1; m < 120; m += 2) edges.push((m * ln2) / 4);
    const args = [0, -0, Infinity, -Infinity, Number.NaN, 1e308];
    for (const edge of edges) for (const x of near(edge)) args.push(x, -x);
    const random = new Random(17, 'tanh-bits');
    for (let k = 0; k < 1_000_000; k++) {
      args.push((random.next() < 0.5 ? -1 : 1) * 10 ** random.uniform(-10, 1.5));
    }
    let mismatches = 0;
    for (const x of args) if (!Object.is(tanh(x), defining(x))) mismatches++;
    expect(mismatches).toBe(0);
    expect(args.length).toBeGreaterThan(1_000_000);
  });

  it('powInt multiplies exactly as many times as asked', () => {
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(0.5, 3)).toBe(0.125);
    expect(powInt(3, 0)).toBe(1);
    expect(powInt(2, -2)).toBe(0.25);
    expect(ulps(powInt(0.999, 1000), Math.pow(0.999, 1000))).toBeLessThan(1000);
  });
});

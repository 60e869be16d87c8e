import { describe, expect, it } from 'vitest';
import {
  LN2_32_HI,
  LN2_32_LO,
  TWO_J32_HI,
  TWO_J32_LO,
  cos,
  exp,
  expm1,
  log,
  log1p,
  powInt,
  sin,
  tanh,
  tanhByTable,
} from '../../../src/core/detmath';
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

/** A finite double as an exact fraction: numerator and the exponent of 2 below it. */
function exactly(x: number): { num: bigint; exp2: number } {
  if (x === 0) return { num: 0n, exp2: 0 };
  let exp2 = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    exp2++;
  }
  return { num: BigInt(m), exp2 };
}

describe('tanhByTable (maths version 2)', () => {
  it('agrees with Math.tanh to within 2.5 units in the last place', () => {
    expect(worst(tanhByTable, Math.tanh, (r) => r.uniform(-25, 25))).toBeLessThan(2.5);
    expect(worst(tanhByTable, Math.tanh, (r) => r.uniform(-1, 1))).toBeLessThan(2.5);
    expect(worst(tanhByTable, Math.tanh, (r) => r.uniform(-0.05, 0.05))).toBeLessThan(2.5);
    expect(worst(tanhByTable, Math.tanh, (r) => r.uniform(-1e-3, 1e-3))).toBeLessThan(2.5);
    expect(worst(tanhByTable, Math.tanh, (r) => r.uniform(-1e-8, 1e-8))).toBeLessThan(2.5);
  });

  it('handles the special values and is odd', () => {
    expect(Object.is(tanhByTable(-0), -0)).toBe(true);
    expect(Object.is(tanhByTable(0), 0)).toBe(true);
    expect(tanhByTable(1e-300)).toBe(1e-300);
    expect(tanhByTable(30)).toBe(1);
    expect(tanhByTable(-Infinity)).toBe(-1);
    expect(tanhByTable(20)).toBe(1); // 1 − 2e⁻⁴⁰ rounds to 1
    expect(tanhByTable(Number.NaN)).toBeNaN();
    expect(ulps(tanhByTable(Math.log(2)), 0.6)).toBeLessThanOrEqual(1); // (4 − 1)/(4 + 1)
    const random = new Random(6, 'odd');
    for (let k = 0; k < 10_000; k++) {
      const x = random.uniform(-21, 21);
      expect(tanhByTable(-x)).toBe(-tanhByTable(x));
    }
  });

  it('is a different function in the last bits from version 1 tanh, and only there', () => {
    const random = new Random(8, 'versions');
    let differ = 0;
    let most = 0;
    for (let k = 0; k < 100_000; k++) {
      const x = random.uniform(-6, 6);
      if (!Object.is(tanhByTable(x), tanh(x))) differ++;
      most = Math.max(most, ulps(tanhByTable(x), tanh(x)));
    }
    expect(differ).toBeGreaterThan(1_000);
    expect(most).toBeLessThan(5);
  });

  it('holds 2^(j/32) to about 107 bits: (hi + lo)³² is 2^j in exact arithmetic', () => {
    expect(TWO_J32_HI.length).toBe(32);
    for (let j = 0; j < 32; j++) {
      // hi + lo as one fraction N / 2^E, raised to the 32nd power exactly.
      const hi = exactly(TWO_J32_HI[j]);
      const lo = exactly(TWO_J32_LO[j]);
      const e = Math.max(hi.exp2, lo.exp2);
      const n = hi.num * 2n ** BigInt(e - hi.exp2) + lo.num * 2n ** BigInt(e - lo.exp2);
      const power = n ** 32n;
      const want = 2n ** BigInt(j + 32 * e);
      // |power − want| / want < 2⁻¹⁰⁰ (32 times the pair's relative error of about 2⁻¹⁰⁷).
      const diff = power > want ? power - want : want - power;
      expect(diff * 2n ** 100n < want).toBe(true);
      expect(Math.abs(TWO_J32_LO[j])).toBeLessThanOrEqual(TWO_J32_HI[j] * Number.EPSILON);
    }
  });

  it('splits ln2/32 so that k·hi is exact and hi + lo is ln2/32 to 70 bits', () => {
    // hi has at most 21 significant bits, so k·hi is exact for |k| < 2³².
    const hi = exactly(LN2_32_HI);
    expect(hi.num.toString(2).replace(/0+$/, '').length).toBeLessThanOrEqual(21);
    // 32·(hi + lo) against ln 2 to 40 digits, as integers scaled by 10⁴⁰.
    const lo = exactly(LN2_32_LO);
    const e = Math.max(hi.exp2, lo.exp2);
    const n = hi.num * 2n ** BigInt(e - hi.exp2) + lo.num * 2n ** BigInt(e - lo.exp2);
    const ln2Scaled = 6931471805599453094172321214581765680755n; // ln 2 · 10⁴⁰
    const ours = (32n * n * 10n ** 40n) / 2n ** BigInt(e);
    const diff = ours > ln2Scaled ? ours - ln2Scaled : ln2Scaled - ours;
    expect(diff < 10n ** 40n / 2n ** 70n).toBe(true);
    expect(diff > 0n).toBe(true); // the pair is not ln2/32 itself: the test reads real digits
  });
});

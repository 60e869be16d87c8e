import { describe, expect, it } from 'vitest';
import { Random, STREAMS, hashString } from '../../../src/core/random';

const N = 200_000;

function draws(r: Random, n: number, f: (r: Random) => number): number[] {
  return Array.from({ length: n }, () => f(r));
}

function meanVar(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  const variance = xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length;
  return { mean, variance };
}

function extremes(xs: number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

/** Pearson's χ² of observed counts against equal expected counts. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((s, v) => s + v, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('seeds and streams', () => {
  it('the same seed and stream give identical sequences (integers, uniforms, normals)', () => {
    const sequence = () => {
      const r = new Random(12345, 'init');
      return Array.from({ length: 1000 }, () => [r.nextUint32(), r.next(), r.normal()]).flat();
    };
    const a = sequence();
    const b = sequence();
    expect(a.every((v, k) => Object.is(v, b[k]))).toBe(true);
  });

  it('different streams, and different (even adjacent) seeds, give different sequences', () => {
    const first = (seed: number, stream: string) => {
      const r = new Random(seed, stream);
      return Array.from({ length: 8 }, () => r.nextUint32()).join(',');
    };
    const names = Object.values(STREAMS);
    expect(new Set(names).size).toBe(names.length);
    const seqs = new Set<string>();
    for (const seed of [0, 1, 2, 3, 0xffffffff]) for (const s of names) seqs.add(first(seed, s));
    expect(seqs.size).toBe(5 * names.length);
  });

  it('adjacent seeds are uncorrelated', () => {
    const a = new Random(1, 'data');
    const b = new Random(2, 'data');
    const xs = draws(a, 20_000, (r) => r.next() - 0.5);
    const ys = draws(b, 20_000, (r) => r.next() - 0.5);
    const r = xs.reduce((s, x, k) => s + x * ys[k], 0) / (20_000 / 12);
    expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(20_000));
  });

  it('stream names hash with 32-bit FNV-1a (published test vectors)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});

describe('distributions', () => {
  it('next() is uniform on [0, 1): mean 1/2, variance 1/12, flat histogram, 53-bit values', () => {
    const r = new Random(7, 'test');
    const xs = draws(r, N, (g) => g.next());
    const { mean, variance } = meanVar(xs);
    // standard errors: mean √(1/12/N) ≈ 6.5e-4, variance ≈ 1.9e-4
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * 6.5e-4);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * 1.9e-4);
    const { min, max } = extremes(xs);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const bins = new Array(20).fill(0);
    for (const x of xs) bins[Math.floor(x * 20)]++;
    expect(chiSquare(bins)).toBeLessThan(45); // χ²(19) exceeds 45 with probability < 0.1 %
    // every value is a multiple of 2⁻⁵³, and the lowest of those bits is used
    expect(xs.every((x) => Number.isInteger(x * 2 ** 53))).toBe(true);
    expect(xs.some((x) => (x * 2 ** 53) % 2 === 1)).toBe(true);
  });

  it('successive values are uncorrelated (lag-1)', () => {
    const xs = draws(new Random(3, 'lag'), N, (g) => g.next() - 0.5);
    let c = 0;
    for (let k = 1; k < N; k++) c += xs[k] * xs[k - 1];
    expect(Math.abs(c / (N / 12))).toBeLessThan(5 / Math.sqrt(N));
  });

  it('uniform(min, max) stays in [min, max) with mean (min + max)/2 and variance (max − min)²/12', () => {
    const xs = draws(new Random(8, 'u'), N, (g) => g.uniform(-3, 5));
    const { mean, variance } = meanVar(xs);
    const { min, max } = extremes(xs);
    expect(min).toBeGreaterThanOrEqual(-3);
    expect(max).toBeLessThan(5);
    expect(Math.abs(mean - 1)).toBeLessThan(5 * Math.sqrt(64 / 12 / N));
    expect(Math.abs(variance / (64 / 12) - 1)).toBeLessThan(5 * Math.sqrt(0.8 / N));
  });

  it('normal(): mean 0, variance 1, kurtosis 3, 68.27 % within one σ; pairs uncorrelated', () => {
    const xs = draws(new Random(9, 'n'), N, (g) => g.normal());
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
    const kurtosis = xs.reduce((s, x) => s + x ** 4, 0) / N / variance ** 2;
    expect(Math.abs(kurtosis - 3)).toBeLessThan(5 * Math.sqrt(24 / N));
    const within = xs.filter((x) => Math.abs(x) < 1).length / N;
    expect(Math.abs(within - 0.682689)).toBeLessThan(5 * Math.sqrt(0.2166 / N));
    // Box–Muller hands out its two values in turn: the pair members must be independent
    let c = 0;
    for (let k = 0; k + 1 < N; k += 2) c += xs[k] * xs[k + 1];
    expect(Math.abs(c / (N / 2))).toBeLessThan(5 / Math.sqrt(N / 2));
  });

  it('int(n) covers [0, n) evenly; int(0) and int(1) are 0', () => {
    const r = new Random(10, 'int');
    for (const n of [2, 7, 1000]) {
      const counts = new Array(n).fill(0);
      const total = n * 2000;
      let outside = 0;
      for (let k = 0; k < total; k++) {
        const v = r.int(n);
        if (!(Number.isInteger(v) && v >= 0 && v < n)) outside++;
        else counts[v]++;
      }
      expect(outside).toBe(0);
      expect(counts.every((c) => c > 0)).toBe(true);
      // χ² with n − 1 degrees of freedom: mean n − 1, sd √(2(n − 1))
      expect(chiSquare(counts)).toBeLessThan(n - 1 + 6 * Math.sqrt(2 * (n - 1)) + 10);
    }
    expect(r.int(0)).toBe(0);
    expect(r.int(1)).toBe(0);
  });
});

describe('shuffle', () => {
  it('is a permutation of its input, and the same seed shuffles the same way', () => {
    const a = Int32Array.from({ length: 100 }, (_, k) => k);
    const b = Int32Array.from({ length: 100 }, (_, k) => k);
    new Random(4, 'shuffle').shuffle(a);
    new Random(4, 'shuffle').shuffle(b);
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, k) => k));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 100 }, (_, k) => k));
  });

  it('is Fisher–Yates driven by next(), and leaves the generator where those draws would', () => {
    const shuffled = Int32Array.from({ length: 1000 }, (_, k) => k);
    const byHand = Int32Array.from({ length: 1000 }, (_, k) => k);
    const r = new Random(20240611, 'shuffle');
    const twin = new Random(20240611, 'shuffle');
    for (let round = 0; round < 3; round++) {
      r.shuffle(shuffled);
      for (let i = byHand.length - 1; i > 0; i--) {
        const j = Math.floor(twin.next() * (i + 1));
        [byHand[i], byHand[j]] = [byHand[j], byHand[i]];
      }
      expect(Array.from(shuffled)).toEqual(Array.from(byHand));
      expect(r.next()).toBe(twin.next());
    }
  });

  it('gives all 3! orders of three items equally often', () => {
    const r = new Random(5, 'perm');
    const counts = new Map<string, number>();
    for (let k = 0; k < 60_000; k++) {
      const arr = [0, 1, 2];
      r.shuffle(arr);
      const key = arr.join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    expect(chiSquare([...counts.values()])).toBeLessThan(25); // χ²(5) > 25 has p < 0.02 %
  });

  it('each item lands in each position equally often', () => {
    const r = new Random(6, 'pos');
    const n = 8;
    const counts = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let k = 0; k < 40_000; k++) {
      const arr = Array.from({ length: n }, (_, i) => i);
      r.shuffle(arr);
      arr.forEach((item, pos) => counts[item][pos]++);
    }
    for (const row of counts) expect(chiSquare(row)).toBeLessThan(35); // χ²(7)
  });

  it('leaves arrays of length 0 and 1 alone', () => {
    const empty: number[] = [];
    new Random(1).shuffle(empty);
    expect(empty).toEqual([]);
    const one = [42];
    new Random(1).shuffle(one);
    expect(one).toEqual([42]);
  });
});

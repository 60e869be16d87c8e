import { cos, log, sin } from './detmath';

/**
 * The seeded pseudo-random generator behind everything random in a run.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state) uses only 32-bit
 * integer operations, so the same seed yields the same sequence in every JavaScript engine
 * (normal deviates use the deterministic log/sin/cos of detmath.ts for the same reason).
 * Each consumer (data, initialization, shuffling, dropout) draws from its own stream derived
 * from the run's seed and the stream's name, so changing the batch size does not change the
 * initial weights and changing the noise does not change the shuffling order.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second value of the last Box–Muller pair, or NaN when there is none. */
  private spareNormal = Number.NaN;

  constructor(seed: number, stream = '') {
    const h = hashString(stream);
    // splitmix32 spreads the seed so that nearby seeds give unrelated states.
    let s = (seed ^ h) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [0, n), without modulo bias. */
  int(n: number): number {
    if (n <= 0) return 0;
    return Math.floor(this.next() * n);
  }

  /** Standard normal N(0, 1) by the Box–Muller transform. */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal;
      this.spareNormal = Number.NaN;
      return spare;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * log(u));
    this.spareNormal = r * sin(2 * Math.PI * v);
    return r * cos(2 * Math.PI * v);
  }

  /**
   * Fisher–Yates shuffle of `array` in place, j = ⌊next() · (i + 1)⌋. The generator's state is
   * held in locals for the loop (nextUint32 written out twice per draw): the same numbers as
   * calling next(), without a property store per step, which made the shuffle a tenth of a
   * small network's training step.
   */
  shuffle(array: { length: number; [i: number]: number }): void {
    let a = this.a;
    let b = this.b;
    let c = this.c;
    let d = this.d;
    for (let i = array.length - 1; i > 0; i--) {
      const t1 = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t1) | 0;
      const t2 = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t2) | 0;
      const u = ((t1 >>> 5) * 67108864 + (t2 >>> 6)) / 9007199254740992;
      const j = Math.floor(u * (i + 1));
      const t = array[i];
      array[i] = array[j];
      array[j] = t;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

/** FNV-1a hash of a string to 32 bits: names a random stream. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The named random streams of a run, each derived from the run's seed. */
export const STREAMS = {
  data: 'data',
  split: 'split',
  init: 'init',
  shuffle: 'shuffle',
  dropout: 'dropout',
} as const;

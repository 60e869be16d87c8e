/**
 * The train/test split: a seeded random permutation of the samples (its own 'split' stream, so
 * the split does not change when the data's noise does, and vice versa).
 */
import type { Random } from '../core/random';

export interface SplitIndices {
  train: Int32Array;
  test: Int32Array;
}

/** Number of test samples: round(count × fraction), always leaving at least one for training. */
export function testCount(count: number, testFraction: number): number {
  return Math.max(0, Math.min(count - 1, Math.round(count * testFraction)));
}

export function splitIndices(count: number, testFraction: number, rng: Random): SplitIndices {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  rng.shuffle(order);
  const trainSize = count - testCount(count, testFraction);
  return { train: order.slice(0, trainSize), test: order.slice(trainSize) };
}

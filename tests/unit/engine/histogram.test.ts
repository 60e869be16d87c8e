import { describe, expect, it } from 'vitest';
import {
  HISTOGRAM_BINS,
  HISTOGRAM_SIZE,
  Histogram,
  writeHistogram,
} from '../../../src/engine/histogram';
import { SnapshotWriter } from '../../../src/engine/snapshot';
import { Trainer } from '../../../src/engine/trainer';
import { configWith, layer, tableDataset } from './fixtures';

const METRICS = {
  trainLoss: 0,
  trainAccuracy: 0,
  testLoss: 0,
  testAccuracy: 0,
  evaluatedAt: 0,
};

/** min, max and the counts of the histogram written at `at`. */
function read(out: Float64Array, at: number): { min: number; max: number; counts: number[] } {
  const bins = at + Histogram.bins;
  return {
    min: out[at + Histogram.min],
    max: out[at + Histogram.max],
    counts: Array.from(out.subarray(bins, bins + HISTOGRAM_BINS)),
  };
}

/** Counts with `n` in bin `k` for each [k, n] given, 0 elsewhere. */
function countsWith(entries: [number, number][]): number[] {
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const [k, n] of entries) counts[k] += n;
  return counts;
}

describe('writeHistogram', () => {
  it('bins hand-picked values over [min, max], max in the last bin', () => {
    // min −1, max 5: bin width 6/24 = 0.25. −1 → 0; 0 → 4; 0.24 → 4; 0.25 → 5; 2 → 12; 5 → 23
    const values = Float64Array.from([0, 2, -1, 0.25, 5, 0.24]);
    const out = new Float64Array(3 + HISTOGRAM_SIZE).fill(7);
    writeHistogram(values, values.length, out, 3);
    const h = read(out, 3);
    expect(h.min).toBe(-1);
    expect(h.max).toBe(5);
    expect(h.counts).toEqual(
      countsWith([
        [0, 1],
        [4, 2],
        [5, 1],
        [12, 1],
        [23, 1],
      ]),
    );
    expect(out.slice(0, 3)).toEqual(Float64Array.from([7, 7, 7])); // nothing before the offset
  });

  it('only reads the first n values and puts equal values in bin 0', () => {
    const out = new Float64Array(HISTOGRAM_SIZE);
    writeHistogram(Float64Array.from([0.5, 0.5, 0.5, 99]), 3, out, 0);
    expect(read(out, 0)).toEqual({ min: 0.5, max: 0.5, counts: countsWith([[0, 3]]) });
  });

  it('leaves out non-finite values; with none finite, min and max are NaN and counts 0', () => {
    const out = new Float64Array(HISTOGRAM_SIZE).fill(3);
    writeHistogram(Float64Array.from([Infinity, 1, Number.NaN, -Infinity, 3]), 5, out, 0);
    const h = read(out, 0);
    expect([h.min, h.max]).toEqual([1, 3]);
    expect(h.counts).toEqual(
      countsWith([
        [0, 1],
        [23, 1],
      ]),
    );
    writeHistogram(Float64Array.from([Number.NaN, Infinity]), 2, out, 0);
    const none = read(out, 0);
    expect(Number.isNaN(none.min) && Number.isNaN(none.max)).toBe(true);
    expect(none.counts).toEqual(countsWith([]));
  });
});

describe('activation histograms in the snapshot', () => {
  // 1 → 2 linear → 1 linear, no randomness that matters: W⁽¹⁾ = (1, 2)ᵀ, W⁽²⁾ = (1, 1), b = 0.
  // Batch x = 0, 1, 2, 3 (all four samples, in any order):
  //   z⁽¹⁾ = (x, 2x) → {0, 0, 1, 2, 2, 4, 3, 6}: min 0, max 6, width 0.25 → bins 0:2, 4:1, 8:2, 12:1, 16:1, 23:1
  //   z⁽²⁾ = 3x → {0, 3, 6, 9}: min 0, max 9, width 0.375 → bins 0, 8, 16, 23
  const dataset = tableDataset([[0], [1], [2], [3]], [[0], [1], [0], [1]]);
  const trainer = (): Trainer =>
    new Trainer(
      configWith({
        hidden: [layer(2, 'linear')],
        output: { activation: 'linear', bias: true },
        loss: 'mse',
        batchSize: 4,
        initialParams: {
          weights: [
            [1, 2],
            [1, 1],
          ],
          biases: [[0, 0], [0]],
        },
      }),
      dataset,
    );

  it('counts z⁽ˡ⁾ of every unit and sample of the last batch (before its update)', () => {
    const t = trainer();
    t.step();
    const writer = new SnapshotWriter(t);
    const snap = writer.allocate();
    writer.write(snap, 0, METRICS);
    const [h1, h2] = writer.layout.activationHistograms.map((at) => read(snap, at));
    expect(h1).toEqual({
      min: 0,
      max: 6,
      counts: countsWith([
        [0, 2],
        [4, 1],
        [8, 2],
        [12, 1],
        [16, 1],
        [23, 1],
      ]),
    });
    expect(h2).toEqual({
      min: 0,
      max: 9,
      counts: countsWith([
        [0, 1],
        [8, 1],
        [16, 1],
        [23, 1],
      ]),
    });
  });

  it('is empty before the first step (no batch yet)', () => {
    const t = trainer();
    const writer = new SnapshotWriter(t);
    const snap = writer.allocate();
    writer.write(snap, 0, METRICS);
    for (const at of writer.layout.activationHistograms) {
      const h = read(snap, at);
      expect(Number.isNaN(h.min)).toBe(true);
      expect(h.counts.every((c) => c === 0)).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LAYER_STATS, LayerStat, snapshotLayout } from '../../../src/core/snapshot';
import {
  activationHistogram,
  edgeValue,
  headerValue,
  layerBlock,
  layerStat,
  layerStats,
  statOf,
  unitValue,
} from '../../../src/core/snapshotReader';

// A 2-3-1 network: every value of the snapshot is its own index, so each read names its offset.
const layout = snapshotLayout([2, 3, 1]);
const snap = Float64Array.from({ length: layout.length }, (_, k) => k);

describe('snapshot reader', () => {
  it('lays out header, parameters, gradients, focus values, statistics and histograms', () => {
    // 12 header + W¹ 6 + W² 3 + b¹ 3 + b² 1 + the same for the gradients (13) + z⁰..z² 6 + a 4 + δ 4
    // + 2 × 8 statistics + 2 × 26 histogram values.
    expect(layout.length).toBe(12 + 13 + 13 + 6 + 4 + 4 + 16 + 52);
    expect(headerValue(snap, 'step')).toBe(0);
    expect(headerValue(snap, 'focusLoss')).toBe(9);
  });

  it('reads w⁽ˡ⁾ⱼᵢ row by row (to j, from i) and the unit blocks by course layer numbers', () => {
    // W¹ at 12…17 (3 rows of 2), W² at 18…20, b¹ at 21…23, b² at 24.
    expect(edgeValue(layout, snap, 'weights', 1, 2, 1)).toBe(12 + 2 * 2 + 1);
    expect(edgeValue(layout, snap, 'weights', 2, 0, 2)).toBe(18 + 2);
    expect(unitValue(layout, snap, 'biases', 1, 1)).toBe(22);
    expect(unitValue(layout, snap, 'biases', 2, 0)).toBe(24);
    // ∂C/∂W¹ at 25…30, z⁰ at 38 (after W², b¹, b² gradients 31…37).
    expect(edgeValue(layout, snap, 'weightGrads', 1, 0, 1)).toBe(26);
    expect(Array.from(layerBlock(layout, snap, 'activations', 0))).toEqual([38, 39]);
    expect(Array.from(layerBlock(layout, snap, 'activations', 2))).toEqual([43]);
    expect(Array.from(layerBlock(layout, snap, 'preActivations', 1))).toEqual([44, 45, 46]);
    expect(Array.from(layerBlock(layout, snap, 'deltas', 2))).toEqual([51]);
  });

  it('writes through a block into the snapshot itself', () => {
    const copy = snap.slice();
    layerBlock(layout, copy, 'biases', 1).set([7, 8, 9]);
    expect(Array.from(copy.subarray(21, 24))).toEqual([7, 8, 9]);
    expect(copy[20]).toBe(20);
    expect(copy[24]).toBe(24);
  });

  it('reads per-layer statistics and the activation histograms', () => {
    expect(layerStat(layout, snap, 2, 'updateRatio')).toBe(
      52 + LAYER_STATS + LayerStat.updateRatio,
    );
    const stats = layerStats(layout, snap);
    expect(stats.length).toBe(2 * LAYER_STATS);
    expect(statOf(stats, 1, 'activationStd')).toBe(52 + 7);
    const h = activationHistogram(layout, snap, 2);
    expect([h.lo, h.hi, h.counts.length, h.counts[0]]).toEqual([68 + 26, 68 + 27, 24, 68 + 28]);
  });
});

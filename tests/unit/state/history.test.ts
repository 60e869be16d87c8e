import { describe, expect, it } from 'vitest';
import { LossHistory } from '../../../src/state/history';
import type { HistoryPoint } from '../../../src/worker/protocol';

const point = (step: number): HistoryPoint => ({
  step,
  epoch: 0,
  trainLoss: 1 / (step + 1),
  testLoss: 1 / (step + 2),
  trainAccuracy: Number.NaN,
  testAccuracy: Number.NaN,
  learningRate: 0.03,
  batchLoss: 0,
});

describe('loss history', () => {
  it('stays within its capacity over a million points and still spans the whole run', () => {
    const h = new LossHistory(500);
    for (let s = 0; s < 1_000_000; s++) h.add(point(s));
    expect(h.points.length).toBeLessThanOrEqual(500);
    expect(h.points.length).toBeGreaterThanOrEqual(250);
    expect(h.points[0].step).toBe(0);
    expect(h.latest?.step).toBe(999_999);
    const all = h.all();
    for (let k = 1; k < all.length; k++) expect(all[k].step).toBeGreaterThan(all[k - 1].step);
    // Kept points are evenly spaced: every gap equals the current stride.
    const gaps = new Set(h.points.slice(1).map((p, k) => p.step - h.points[k].step));
    expect(gaps.size).toBe(1);
  });

  it('replaces a point measured again at the same step', () => {
    const h = new LossHistory();
    h.add(point(3));
    h.add({ ...point(3), trainLoss: 42 });
    expect(h.points).toHaveLength(1);
    expect(h.points[0].trainLoss).toBe(42);
  });

  it('ignores points older than the newest and clears completely', () => {
    const h = new LossHistory();
    h.add(point(10));
    h.add(point(5));
    expect(h.all().map((p) => p.step)).toEqual([10]);
    h.clear();
    expect(h.all()).toHaveLength(0);
    h.add(point(0));
    expect(h.points).toHaveLength(1);
  });
});

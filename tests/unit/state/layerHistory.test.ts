import { describe, expect, it } from 'vitest';
import { Header, LAYER_STATS, LayerStat, snapshotLayout } from '../../../src/engine';
import { LAYER_HISTORY_CAPACITY, LayerHistory } from '../../../src/state/layerHistory';

const layout = snapshotLayout([2, 3, 1]);

/** A snapshot at `step` whose layer-l mean |∂C/∂W| is step · l (other figures 0). */
function snapshotAt(step: number): Float64Array {
  const snap = new Float64Array(layout.length);
  snap[Header.step] = step;
  for (let l = 1; l <= 2; l++) {
    snap[layout.stats + (l - 1) * LAYER_STATS + LayerStat.meanAbsGrad] = step * l;
  }
  return snap;
}

const gradOf = (stats: Float64Array, l: number): number =>
  stats[(l - 1) * LAYER_STATS + LayerStat.meanAbsGrad];

describe('layer history', () => {
  it('keeps a copy of each new step’s per-layer statistics', () => {
    const h = new LayerHistory();
    const snap = snapshotAt(4);
    h.add(snap, layout);
    snap[layout.stats] = 99; // the page reuses snapshot buffers: the history must not change
    expect(h.points).toHaveLength(1);
    expect(h.points[0].step).toBe(4);
    expect(h.points[0].stats).toHaveLength(2 * LAYER_STATS);
    expect([gradOf(h.points[0].stats, 1), gradOf(h.points[0].stats, 2)]).toEqual([4, 8]);
  });

  it('stays within its capacity over a million snapshots, spans the run and ends at the newest', () => {
    expect(LAYER_HISTORY_CAPACITY).toBe(1000);
    const h = new LayerHistory(100);
    const snap = snapshotAt(0);
    for (let s = 1; s <= 1_000_000; s++) {
      snap[Header.step] = s;
      snap[layout.stats + LayerStat.meanAbsGrad] = s;
      h.add(snap, layout);
    }
    expect(h.points.length).toBeLessThanOrEqual(100);
    expect(h.points.length).toBeGreaterThanOrEqual(50);
    expect(h.points[0].step).toBe(1);
    expect(h.latest?.step).toBe(1_000_000);
    expect(gradOf(h.latest!.stats, 1)).toBe(1_000_000);
    const all = h.all();
    for (let k = 1; k < all.length; k++) expect(all[k].step).toBeGreaterThan(all[k - 1].step);
    const gaps = new Set(h.points.slice(1).map((p, k) => p.step - h.points[k].step));
    expect(gaps.size).toBe(1);
    // Each kept point still holds its own step's numbers.
    for (const p of h.points) expect(gradOf(p.stats, 1)).toBe(p.step);
  });

  it('skips step 0 (no batch yet), replaces a repeated step, restarts on an earlier one', () => {
    const h = new LayerHistory();
    h.add(snapshotAt(0), layout);
    expect(h.all()).toHaveLength(0);
    h.add(snapshotAt(3), layout);
    const again = snapshotAt(3);
    again[layout.stats + LayerStat.meanAbsGrad] = 42;
    const version = h.version;
    h.add(again, layout);
    expect(h.all()).toHaveLength(1);
    expect(gradOf(h.all()[0].stats, 1)).toBe(42);
    expect(h.version).toBeGreaterThan(version);
    h.add(snapshotAt(1), layout);
    expect(h.all().map((p) => p.step)).toEqual([1]);
  });

  it('ignores a missing snapshot or layout and clears completely', () => {
    const h = new LayerHistory();
    h.add(null, layout);
    h.add(snapshotAt(2), null);
    expect(h.all()).toHaveLength(0);
    h.add(snapshotAt(2), layout);
    h.add(snapshotAt(5), layout);
    h.clear();
    expect(h.all()).toHaveLength(0);
    expect(h.latest).toBeNull();
    h.add(snapshotAt(1), layout);
    expect(h.points).toHaveLength(1);
  });
});

import type { LayerHistoryPoint } from '../core/runInfo';
import type { SnapshotLayout } from '../core/snapshot';
import { headerValue, layerStats } from '../core/snapshotReader';
import { DecimatingHistory } from './decimatingHistory';

export type { LayerHistoryPoint };

/** Most points a layer history holds; past this it keeps every other point. */
export const LAYER_HISTORY_CAPACITY = 1000;

/**
 * The per-layer statistics of one run over time, for the gradient-flow charts: one point per
 * snapshot with a new step. An earlier step means another run's snapshot, so it starts over.
 */
export class LayerHistory extends DecimatingHistory<LayerHistoryPoint> {
  constructor(capacity = LAYER_HISTORY_CAPACITY) {
    super(capacity, 'restart');
  }

  /** Records the statistics of a snapshot (nothing at step 0: no batch has been seen yet). */
  add(snapshot: Float64Array | null, layout: SnapshotLayout | null): void {
    if (!snapshot || !layout) return;
    const step = headerValue(snapshot, 'step');
    if (!(step > 0)) return;
    const stats = layerStats(layout, snapshot);
    this.record(step, (reuse) => {
      // The page reuses snapshot buffers: a point keeps its own copy.
      if (!reuse || reuse.stats.length !== stats.length) return { step, stats: stats.slice() };
      reuse.step = step;
      reuse.stats.set(stats);
      return reuse;
    });
  }
}

import { Header, LAYER_STATS, type SnapshotLayout } from '../engine';

/** Most points a layer history holds; past this it keeps every other point. */
export const LAYER_HISTORY_CAPACITY = 1000;

/** The per-layer statistics of one snapshot: layer l's LayerStat k at (l−1)·LAYER_STATS + k. */
export interface LayerHistoryPoint {
  step: number;
  stats: Float64Array;
}

/**
 * The per-layer statistics of one run over time, for the gradient-flow charts: one point per
 * snapshot with a new step, bounded in memory like the loss history (when full, every other
 * point is dropped and only every 2ᵏ-th new step is kept), and always ending at the newest step.
 */
export class LayerHistory {
  readonly points: LayerHistoryPoint[] = [];
  /** The newest point when it was not kept, so the charts always reach the current step. */
  tail: LayerHistoryPoint | null = null;
  /** Bumped on every change, so drawers know when to redraw. */
  version = 0;
  private stride = 1;
  private seen = 0;

  constructor(private readonly capacity = LAYER_HISTORY_CAPACITY) {}

  /** Records the statistics of a snapshot (nothing at step 0: no batch has been seen yet). */
  add(snapshot: Float64Array | null, layout: SnapshotLayout | null): void {
    if (!snapshot || !layout) return;
    const from = layout.stats;
    const to = from + (layout.sizes.length - 1) * LAYER_STATS;
    this.addStats(snapshot[Header.step], snapshot.subarray(from, to));
  }

  /** Records one step's per-layer statistics (LAYER_STATS per layer, layer by layer). */
  addStats(step: number, stats: Float64Array): void {
    if (!(step > 0)) return;
    const last = this.latest;
    if (last && step <= last.step) {
      // The same step sent again (paused, a new focus sample): keep the newest figures.
      if (step === last.step) {
        last.stats.set(stats);
        this.version++;
        return;
      }
      // An earlier step: a different run's snapshot. Start over.
      this.clear();
    }
    this.version++;
    if (this.seen++ % this.stride !== 0) {
      // Not kept: it only stands in for the newest point (reusing the previous stand-in's array).
      if (this.tail && this.tail.stats.length === stats.length) {
        this.tail.step = step;
        this.tail.stats.set(stats);
      } else {
        this.tail = { step, stats: stats.slice() };
      }
      return;
    }
    this.tail = null;
    this.points.push({ step, stats: stats.slice() });
    if (this.points.length > this.capacity) this.compact();
  }

  /** The kept points and the newest one. */
  all(): LayerHistoryPoint[] {
    return this.tail ? [...this.points, this.tail] : this.points;
  }

  get latest(): LayerHistoryPoint | null {
    return this.tail ?? this.points[this.points.length - 1] ?? null;
  }

  clear(): void {
    this.points.length = 0;
    this.tail = null;
    this.stride = 1;
    this.seen = 0;
    this.version++;
  }

  private compact(): void {
    let w = 0;
    for (let r = 0; r < this.points.length; r += 2) this.points[w++] = this.points[r];
    this.points.length = w;
    this.stride *= 2;
  }
}

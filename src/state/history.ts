import type { HistoryPoint } from '../worker/protocol';

/** Most points a history holds; past this it keeps every other point. */
export const HISTORY_CAPACITY = 2000;

/**
 * The loss-curve history of one run, bounded in memory however long training runs: when full,
 * every other point is dropped and only every 2ᵏ-th incoming point is kept from then on, so
 * the curve always spans the whole run at an even density.
 */
export class LossHistory {
  readonly points: HistoryPoint[] = [];
  /** Keep one incoming point in `stride`. */
  private stride = 1;
  private seen = 0;
  /** The newest point when it was not kept, so the curve always reaches the current step. */
  tail: HistoryPoint | null = null;
  /** Bumped on every change, so drawers know when to redraw. */
  version = 0;

  constructor(private readonly capacity = HISTORY_CAPACITY) {}

  add(point: HistoryPoint): void {
    const last = this.latest;
    if (last && point.step <= last.step) {
      // The same step re-evaluated (e.g. after a pause): keep the newest figures.
      if (point.step === last.step) {
        if (this.tail) this.tail = point;
        else this.points[this.points.length - 1] = point;
        this.version++;
      }
      return;
    }
    this.version++;
    if (this.seen++ % this.stride !== 0) {
      this.tail = point;
      return;
    }
    this.tail = null;
    this.points.push(point);
    if (this.points.length > this.capacity) this.compact();
  }

  /** The kept points and the newest one. */
  all(): HistoryPoint[] {
    return this.tail ? [...this.points, this.tail] : this.points;
  }

  get latest(): HistoryPoint | null {
    return this.tail ?? this.points[this.points.length - 1] ?? null;
  }

  clear(): void {
    this.points.length = 0;
    this.stride = 1;
    this.seen = 0;
    this.tail = null;
    this.version++;
  }

  private compact(): void {
    let w = 0;
    for (let r = 0; r < this.points.length; r += 2) this.points[w++] = this.points[r];
    this.points.length = w;
    this.stride *= 2;
  }
}

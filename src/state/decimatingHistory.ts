/**
 * A history of one run, bounded in memory however long training runs: when full, every other
 * point is dropped and only every 2ᵏ-th incoming point is kept from then on, so it always spans
 * the whole run at an even density. The newest point is always there (as `tail` when it was
 * not kept), so charts reach the current step.
 */
export class DecimatingHistory<T extends { step: number }> {
  readonly points: T[] = [];
  /** The newest point when it was not kept. */
  tail: T | null = null;
  /** Bumped on every change, so drawers know when to redraw. */
  version = 0;
  /** Keep one incoming point in `stride`. */
  private stride = 1;
  private seen = 0;

  /**
   * `onEarlierStep`: what a point with an earlier step than the newest means — 'ignore' (a
   * late, stale figure) or 'restart' (another run's numbers: start over).
   */
  constructor(
    private readonly capacity: number,
    private readonly onEarlierStep: 'ignore' | 'restart',
  ) {}

  /**
   * Records the point of `step`, built by `fill`. `fill` gets a point it may overwrite and
   * return (the one it replaces, so histories of arrays allocate nothing per step), or null
   * when it must make a new one. A step equal to the newest replaces it.
   */
  record(step: number, fill: (reuse: T | null) => T): void {
    const last = this.latest;
    if (last && step <= last.step) {
      if (step === last.step) {
        const point = fill(last);
        if (this.tail) this.tail = point;
        else this.points[this.points.length - 1] = point;
        this.version++;
        return;
      }
      if (this.onEarlierStep === 'ignore') return;
      this.clear();
    }
    this.version++;
    if (this.seen++ % this.stride !== 0) {
      this.tail = fill(this.tail);
      return;
    }
    this.tail = null;
    this.points.push(fill(null));
    if (this.points.length > this.capacity) this.compact();
  }

  /** The kept points and the newest one. */
  all(): T[] {
    return this.tail ? [...this.points, this.tail] : this.points;
  }

  get latest(): T | null {
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

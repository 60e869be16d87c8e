/**
 * The histograms beside the gradient-flow charts, as plain numbers: the gradients' bins
 * (computed on the page from the snapshot's ∂C/∂W), the activations' bins (written by the
 * engine), the x range each is drawn over, and the bars' geometry.
 */
import { SATURATION, type SnapshotLayout } from '../../core/snapshot';
import { activationHistogram } from '../../core/snapshotReader';

/** Counts over `bins` equal bins spanning [lo, hi] (all in bin 0 when lo = hi). */
export interface Binned {
  lo: number;
  hi: number;
  counts: ArrayLike<number>;
}

/**
 * Bins values[from … from+count) over the symmetric range [−m, m], m = max |v|, into `out`
 * (HISTOGRAM_BINS counts, core/snapshot.ts), so 0 is always at the centre. Non-finite values are left out.
 * Returns m (0 when every value is 0: they all land in the bin just right of the centre).
 */
export function binSymmetric(
  values: Float64Array,
  from: number,
  count: number,
  out: Float64Array,
): number {
  const bins = out.length;
  out.fill(0);
  let m = 0;
  for (let k = from; k < from + count; k++) {
    const a = Math.abs(values[k]);
    if (a > m && a !== Infinity) m = a;
  }
  const scale = m > 0 ? bins / (2 * m) : 0;
  for (let k = from; k < from + count; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    const bin = m > 0 ? Math.floor((v + m) * scale) : bins / 2;
    out[Math.min(bins - 1, Math.max(0, bin))]++;
  }
  return m;
}

/** The engine's histogram of z⁽ˡ⁾ in a snapshot, or null before the first batch. */
export function activationBins(
  layout: SnapshotLayout,
  snapshot: Float64Array,
  layer: number,
): Binned | null {
  const bins = activationHistogram(layout, snapshot, layer);
  return Number.isFinite(bins.lo) && Number.isFinite(bins.hi) ? bins : null;
}

/**
 * The x range an activation's histogram is drawn over: the activation's whole output range
 * when it is bounded (so collapse to 0 or saturation at ±1 shows as a position), otherwise
 * the observed range widened to include 0.
 */
export function activationDomain(activation: string, bins: Binned | null): [number, number] {
  if (activation === 'sigmoid' || activation === 'softmax') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  const lo = Math.min(0, bins ? bins.lo : 0);
  const hi = Math.max(0, bins ? bins.hi : 1);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

/** The flat tails where a unit counts as saturated (core/snapshot.ts SATURATION). */
export function saturationZones(activation: string): [number, number][] {
  if (activation === 'sigmoid') {
    return [
      [0, SATURATION.sigmoidLow],
      [SATURATION.sigmoidHigh, 1],
    ];
  }
  if (activation === 'tanh') {
    return [
      [-1, -SATURATION.tanhAbs],
      [SATURATION.tanhAbs, 1],
    ];
  }
  return [];
}

export interface Bar {
  x: number;
  width: number;
  y: number;
  height: number;
}

/**
 * One bar per bin over the x scale, heights relative to the tallest bin (a non-empty bin is
 * at least 1 px tall, a bar at least 1 px wide, so a histogram squeezed into a sliver still
 * shows). All values equal: one 2 px bar at their value.
 */
export function barsFor(bins: Binned, x: (v: number) => number, height: number): Bar[] {
  const n = bins.counts.length;
  let top = 0;
  for (let k = 0; k < n; k++) top = Math.max(top, bins.counts[k]);
  const width = (bins.hi - bins.lo) / n;
  const bars: Bar[] = [];
  for (let k = 0; k < n; k++) {
    const c = bins.counts[k];
    const h = c > 0 ? Math.max(1, (c / top) * height) : 0;
    let x0: number;
    let x1: number;
    if (width > 0) {
      x0 = x(bins.lo + k * width);
      x1 = x(bins.lo + (k + 1) * width);
    } else {
      x0 = x(bins.lo) - 1;
      x1 = x0 + 2;
    }
    bars.push({ x: x0, width: Math.max(1, x1 - x0), y: height - h, height: h });
  }
  return bars;
}

export function totalCount(counts: ArrayLike<number>): number {
  let n = 0;
  for (let k = 0; k < counts.length; k++) n += counts[k];
  return n;
}

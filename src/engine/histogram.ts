import type { Trainer } from './trainer';
import { HISTOGRAM_BINS, HISTOGRAM_SIZE, Histogram } from '../core/snapshot';

export { HISTOGRAM_BINS, HISTOGRAM_SIZE, Histogram };

/** Writes the histogram of values[0 … n) at out[offset …] (HISTOGRAM_SIZE values). */
export function writeHistogram(
  values: Float64Array,
  n: number,
  out: Float64Array,
  offset: number,
): void {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (v < min) min = v;
    if (v > max) max = v; // NaN fails both comparisons; ±∞ is dropped below
  }
  const bins = offset + Histogram.bins;
  out.fill(0, bins, bins + HISTOGRAM_BINS);
  if (!(Number.isFinite(min) && Number.isFinite(max))) {
    // Some value is ±∞ (or there is none): find the finite range the slow way.
    min = Infinity;
    max = -Infinity;
    for (let k = 0; k < n; k++) {
      const v = values[k];
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min > max) {
    out[offset + Histogram.min] = Number.NaN;
    out[offset + Histogram.max] = Number.NaN;
    return;
  }
  out[offset + Histogram.min] = min;
  out[offset + Histogram.max] = max;
  const scale = max > min ? HISTOGRAM_BINS / (max - min) : 0;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor((v - min) * scale));
    out[bins + bin]++;
  }
}

/**
 * Per layer l = 1 … L, the histogram of the activations z⁽ˡ⁾ over the last training batch (all
 * units, all samples), at offset + (l−1)·HISTOGRAM_SIZE. Before the first step there is no
 * batch: every count is 0 and min and max are NaN.
 */
export function writeActivationHistograms(
  trainer: Trainer,
  out: Float64Array,
  offset: number,
): void {
  const net = trainer.network;
  const rows = trainer.batch.rows;
  for (let l = 1; l <= net.depth; l++) {
    writeHistogram(trainer.ws.z[l], rows * net.sizes[l], out, offset + (l - 1) * HISTOGRAM_SIZE);
  }
}

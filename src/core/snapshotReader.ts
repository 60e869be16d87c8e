/**
 * Typed reading (and, for the step inspector's synthetic snapshots, writing) of snapshot
 * buffers. Layers are numbered as in the course: parameters, a⁽ˡ⁾ and δ⁽ˡ⁾ for l = 1 … L,
 * activations z⁽ˡ⁾ for l = 0 … L. The blocks are views into the buffer (no copy).
 */
import {
  HISTOGRAM_BINS,
  Header,
  Histogram,
  LAYER_STATS,
  LayerStat,
  type HeaderField,
  type LayerStatName,
  type SnapshotLayout,
} from './snapshot';

/** The per-layer blocks of a snapshot. `activations` runs l = 0 … L, the others l = 1 … L. */
export type SnapshotBlock =
  'weights' | 'biases' | 'weightGrads' | 'biasGrads' | 'activations' | 'preActivations' | 'deltas';

/** One header scalar. */
export function headerValue(snapshot: Float64Array, field: HeaderField): number {
  return snapshot[Header[field]];
}

export function setHeaderValue(snapshot: Float64Array, field: HeaderField, value: number): void {
  snapshot[Header[field]] = value;
}

/** Where `block` of layer `l` starts and how many values it holds. */
function blockRange(lay: SnapshotLayout, block: SnapshotBlock, l: number): [number, number] {
  const s = lay.sizes;
  switch (block) {
    case 'weights':
      return [lay.weights[l - 1], s[l] * s[l - 1]];
    case 'weightGrads':
      return [lay.weightGrads[l - 1], s[l] * s[l - 1]];
    case 'biases':
      return [lay.biases[l - 1], s[l]];
    case 'biasGrads':
      return [lay.biasGrads[l - 1], s[l]];
    case 'activations':
      return [lay.activations[l], s[l]];
    case 'preActivations':
      return [lay.preActivations[l - 1], s[l]];
    case 'deltas':
      return [lay.deltas[l - 1], s[l]];
  }
}

/**
 * Layer l's block as a view into the snapshot. Weight blocks are row-major: w⁽ˡ⁾ⱼᵢ (to j,
 * from i) at j·n⁽ˡ⁻¹⁾ + i.
 */
export function layerBlock(
  lay: SnapshotLayout,
  snapshot: Float64Array,
  block: SnapshotBlock,
  l: number,
): Float64Array {
  const [from, n] = blockRange(lay, block, l);
  return snapshot.subarray(from, from + n);
}

/** Unit j of layer l in a unit block (biases, activations, pre-activations, deltas…). */
export function unitValue(
  lay: SnapshotLayout,
  snapshot: Float64Array,
  block: SnapshotBlock,
  l: number,
  j: number,
): number {
  return snapshot[blockRange(lay, block, l)[0] + j];
}

/** w⁽ˡ⁾ⱼᵢ, or ∂C/∂w⁽ˡ⁾ⱼᵢ with block 'weightGrads'. */
export function edgeValue(
  lay: SnapshotLayout,
  snapshot: Float64Array,
  block: 'weights' | 'weightGrads',
  l: number,
  j: number,
  i: number,
): number {
  const offsets = block === 'weights' ? lay.weights : lay.weightGrads;
  return snapshot[offsets[l - 1] + j * lay.sizes[l - 1] + i];
}

/** Every layer's statistics: layer l's figure k at (l−1)·LAYER_STATS + k (read with statOf). */
export function layerStats(lay: SnapshotLayout, snapshot: Float64Array): Float64Array {
  return snapshot.subarray(lay.stats, lay.stats + (lay.sizes.length - 1) * LAYER_STATS);
}

/** Layer l's figure `stat` in a block of statistics as layerStats returns it. */
export function statOf(stats: Float64Array, l: number, stat: LayerStatName): number {
  return stats[(l - 1) * LAYER_STATS + LayerStat[stat]];
}

/** Layer l's figure `stat` in a snapshot. */
export function layerStat(
  lay: SnapshotLayout,
  snapshot: Float64Array,
  l: number,
  stat: LayerStatName,
): number {
  return snapshot[lay.stats + (l - 1) * LAYER_STATS + LayerStat[stat]];
}

/** A histogram from a snapshot: its range and its HISTOGRAM_BINS counts (a view). */
export interface HistogramView {
  lo: number;
  hi: number;
  counts: Float64Array;
}

/** The histogram of z⁽ˡ⁾ over the last batch (min and max NaN before the first batch). */
export function activationHistogram(
  lay: SnapshotLayout,
  snapshot: Float64Array,
  l: number,
): HistogramView {
  const at = lay.activationHistograms[l - 1];
  const from = at + Histogram.bins;
  return {
    lo: snapshot[at + Histogram.min],
    hi: snapshot[at + Histogram.max],
    counts: snapshot.subarray(from, from + HISTOGRAM_BINS),
  };
}

/**
 * The snapshot format: ONE Float64Array per snapshot, so the worker can transfer it to the
 * page without copying and get it back for reuse. This file says where each part lives; the
 * engine writes snapshots (engine/snapshot.ts) and everyone else reads them through
 * snapshotReader.ts, so no caller does offset arithmetic of its own.
 */

/** Scalars at the start of every snapshot. */
export const Header = {
  step: 0,
  epoch: 1,
  /** Mean cost of the last step's batch. */
  batchLoss: 2,
  learningRate: 3,
  trainLoss: 4,
  trainAccuracy: 5,
  testLoss: 6,
  testAccuracy: 7,
  /** Index of the focus sample in the training set. */
  focusSample: 8,
  focusLoss: 9,
  /** Step at which train/test loss were last evaluated. */
  evaluatedAt: 10,
} as const;
export type HeaderField = keyof typeof Header;
export const HEADER_SIZE = 12;

/** Per-layer health figures, each at a fixed index in a layer's block of LAYER_STATS values. */
export const LayerStat = {
  /** mean |∂C/∂w| over the layer's weights (last batch). */
  meanAbsGrad: 0,
  /** ‖∂C/∂W‖ (Frobenius). */
  gradNorm: 1,
  /** ‖ΔW‖ / ‖W‖ of the last update (healthy training is often around 1e-3). */
  updateRatio: 2,
  /** Fraction of ReLU units inactive (a ≤ 0) on every sample of the last batch; NaN if not ReLU. */
  deadFraction: 3,
  /** Fraction of sigmoid/tanh activations in their flat tails on the last batch; NaN otherwise. */
  saturatedFraction: 4,
  /** mean |w|. */
  meanAbsWeight: 5,
  /** Mean and standard deviation of the layer's activations z over the last batch. */
  activationMean: 6,
  activationStd: 7,
} as const;
export type LayerStatName = keyof typeof LayerStat;
export const LAYER_STATS = 8;

/**
 * A sigmoid unit counts as saturated when z < 0.01 or z > 0.99 (h′ < 0.0099, under 4% of its
 * maximum 0.25); a tanh unit when |z| > 0.99 (h′ < 0.02).
 */
export const SATURATION = { sigmoidLow: 0.01, sigmoidHigh: 0.99, tanhAbs: 0.99 } as const;

/** Bins of every histogram in a snapshot. */
export const HISTOGRAM_BINS = 24;

/**
 * One histogram's block of values: [min, max, count₀, …, count₂₃]. Bin k counts the values in
 * [min + k·w, min + (k+1)·w) with w = (max − min)/24, the last bin including max; when
 * min = max every value is in bin 0. Non-finite values are not counted, and with no finite
 * value min and max are NaN.
 */
export const Histogram = { min: 0, max: 1, bins: 2 } as const;
export const HISTOGRAM_SIZE = HISTOGRAM_BINS + 2;

export interface SnapshotLayout {
  sizes: readonly number[];
  length: number;
  /** Offsets of W⁽ˡ⁾, b⁽ˡ⁾, ∂C/∂W⁽ˡ⁾, ∂C/∂b⁽ˡ⁾ (index l−1 for layer l). */
  weights: number[];
  biases: number[];
  weightGrads: number[];
  biasGrads: number[];
  /** Focus sample: z⁽ˡ⁾ for l = 0 … L (index l); a⁽ˡ⁾ and δ⁽ˡ⁾ for l = 1 … L (index l−1). */
  activations: number[];
  preActivations: number[];
  deltas: number[];
  /** LAYER_STATS values per layer. */
  stats: number;
  /** Histogram of z⁽ˡ⁾ over the last batch, HISTOGRAM_SIZE values per layer (index l−1). */
  activationHistograms: number[];
}

export function snapshotLayout(sizes: readonly number[]): SnapshotLayout {
  let at = HEADER_SIZE;
  const take = (n: number): number => {
    const o = at;
    at += n;
    return o;
  };
  const L = sizes.length - 1;
  const layers = Array.from({ length: L }, (_, k) => k + 1);
  const weights = layers.map((l) => take(sizes[l] * sizes[l - 1]));
  const biases = layers.map((l) => take(sizes[l]));
  const weightGrads = layers.map((l) => take(sizes[l] * sizes[l - 1]));
  const biasGrads = layers.map((l) => take(sizes[l]));
  const activations = sizes.map((n) => take(n));
  const preActivations = layers.map((l) => take(sizes[l]));
  const deltas = layers.map((l) => take(sizes[l]));
  const stats = take(L * LAYER_STATS);
  const activationHistograms = layers.map(() => take(HISTOGRAM_SIZE));
  return {
    sizes: [...sizes],
    length: at,
    weights,
    biases,
    weightGrads,
    biasGrads,
    activations,
    preActivations,
    deltas,
    stats,
    activationHistograms,
  };
}

/** Whether `layout` is the layout of a network with these layer sizes. */
export function layoutFits(layout: SnapshotLayout, sizes: readonly number[]): boolean {
  return layout.sizes.length === sizes.length && layout.sizes.every((n, l) => n === sizes[l]);
}

import type { SnapshotLayout } from '../../core/snapshot';

/**
 * Reading one number of the newest snapshot by its meaning. Layers are numbered as in the
 * course: 0 is the input, L the output; weights and biases belong to their target layer l ≥ 1.
 */

/** z⁽ˡ⁾ⱼ of the focus sample (l = 0 … L). */
export function activationAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return s[lay.activations[l] + j];
}

/** a⁽ˡ⁾ⱼ of the focus sample (l ≥ 1). */
export function preActivationAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
): number {
  return s[lay.preActivations[l - 1] + j];
}

/** δ⁽ˡ⁾ⱼ = ∂C/∂a⁽ˡ⁾ⱼ of the focus sample (l ≥ 1). */
export function deltaAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return s[lay.deltas[l - 1] + j];
}

export function biasAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return s[lay.biases[l - 1] + j];
}

export function biasGradAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return s[lay.biasGrads[l - 1] + j];
}

/** w⁽ˡ⁾ⱼᵢ, from neuron i of layer l−1 to neuron j of layer l. */
export function weightAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
  i: number,
): number {
  return s[lay.weights[l - 1] + j * lay.sizes[l - 1] + i];
}

/** ∂C/∂w⁽ˡ⁾ⱼᵢ, the batch mean of the last step. */
export function weightGradAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
  i: number,
): number {
  return s[lay.weightGrads[l - 1] + j * lay.sizes[l - 1] + i];
}

/** max |s[k]| over k ∈ [from, from + count). */
export function maxAbs(s: Float64Array, from: number, count: number): number {
  let m = 0;
  for (let k = from, end = from + count; k < end; k++) {
    const v = s[k] < 0 ? -s[k] : s[k];
    if (v > m) m = v;
  }
  return m;
}

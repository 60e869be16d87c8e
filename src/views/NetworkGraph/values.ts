import type { SnapshotLayout } from '../../core/snapshot';
import { edgeValue, unitValue } from '../../core/snapshotReader';

/**
 * Reading one number of the newest snapshot by its meaning. Layers are numbered as in the
 * course: 0 is the input, L the output; weights and biases belong to their target layer l ≥ 1.
 */

/** z⁽ˡ⁾ⱼ of the focus sample (l = 0 … L). */
export function activationAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return unitValue(lay, s, 'activations', l, j);
}

/** a⁽ˡ⁾ⱼ of the focus sample (l ≥ 1). */
export function preActivationAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
): number {
  return unitValue(lay, s, 'preActivations', l, j);
}

/** δ⁽ˡ⁾ⱼ = ∂C/∂a⁽ˡ⁾ⱼ of the focus sample (l ≥ 1). */
export function deltaAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return unitValue(lay, s, 'deltas', l, j);
}

export function biasAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return unitValue(lay, s, 'biases', l, j);
}

export function biasGradAt(s: Float64Array, lay: SnapshotLayout, l: number, j: number): number {
  return unitValue(lay, s, 'biasGrads', l, j);
}

/** w⁽ˡ⁾ⱼᵢ, from neuron i of layer l−1 to neuron j of layer l. */
export function weightAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
  i: number,
): number {
  return edgeValue(lay, s, 'weights', l, j, i);
}

/** ∂C/∂w⁽ˡ⁾ⱼᵢ, the batch mean of the last step. */
export function weightGradAt(
  s: Float64Array,
  lay: SnapshotLayout,
  l: number,
  j: number,
  i: number,
): number {
  return edgeValue(lay, s, 'weightGrads', l, j, i);
}

/** max |v| over the values of a block. */
export function maxAbs(values: Float64Array): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] < 0 ? -values[k] : values[k];
    if (v > m) m = v;
  }
  return m;
}

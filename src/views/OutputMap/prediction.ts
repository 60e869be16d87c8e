/** What the network's output says about the class of a sample, and the focus sample's image. */
import type { DataView } from '../../core/runInfo';

/**
 * One score per class from the output layer z⁽ᴸ⁾: the outputs themselves for one-hot targets
 * (softmax probabilities), P(class 1) = z for a 0/1 sigmoid output, (1 + z)/2 for a ±1 tanh
 * output. Empty for regression.
 */
export function classScores(
  encoding: DataView['targetEncoding'],
  outputs: ArrayLike<number>,
): number[] {
  switch (encoding) {
    case 'one-hot':
      return Array.from(outputs);
    case 'zero-one':
      return [1 - outputs[0], outputs[0]];
    case 'plus-minus-one':
      return [(1 - outputs[0]) / 2, (1 + outputs[0]) / 2];
    case 'value':
      return [];
  }
}

/** Index of the largest score (the first on ties; −1 when there are none or all are NaN). */
export function topClass(scores: readonly number[]): number {
  let best = -1;
  for (let k = 0; k < scores.length; k++) {
    if (Number.isFinite(scores[k]) && (best < 0 || scores[k] > scores[best])) best = k;
  }
  return best;
}

/**
 * A grey-scale image of `count` values from `offset`: the lowest value white, the highest
 * black (ink on paper), whatever the inputs' scale (raw pixels or standardized). RGBA into `out`.
 */
export function greyPixels(
  values: ArrayLike<number>,
  offset: number,
  count: number,
  out: Uint8ClampedArray,
): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < count; k++) {
    const v = values[offset + k];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  for (let k = 0; k < count; k++) {
    const t = range > 0 ? (values[offset + k] - lo) / range : 0;
    const grey = Math.round(255 * (1 - t));
    out[4 * k] = grey;
    out[4 * k + 1] = grey;
    out[4 * k + 2] = grey;
    out[4 * k + 3] = 255;
  }
}

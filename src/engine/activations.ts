/**
 * The engine's side of the activations: each h and h′ lives in its descriptor
 * (src/core/choices/activations.ts), where the step inspector calls it too. The network keeps a
 * numeric code per layer and dispatches once per layer, never once per neuron.
 */
import {
  ACTIVATIONS_BY_CODE,
  activateOne,
  scaleOneByDerivative,
  type ActCode,
} from '../core/choices/activations';

export {
  Act,
  sigmoid,
  softmaxRow,
  activationCodeOf as activationCode,
  type ActCode,
} from '../core/choices/activations';

/**
 * z = h(a) for `rows` rows of `width` values starting at 0. `param` is the Leaky ReLU slope
 * or the ELU α. Softmax normalizes each row; the others act element by element.
 */
export function activate(
  code: ActCode,
  a: Float64Array,
  z: Float64Array,
  rows: number,
  width: number,
  param: number,
): void {
  ACTIVATIONS_BY_CODE[code].activate(a, z, rows, width, param);
}

/** δ = h′(a) ⊙ e, in place on `e` (the back-propagated error Wᵀδ of the layer above). */
export function multiplyByDerivative(
  code: ActCode,
  a: Float64Array,
  z: Float64Array,
  e: Float64Array,
  n: number,
  param: number,
): void {
  ACTIVATIONS_BY_CODE[code].scaleByDerivative(a, z, e, n, param);
}

/** h′(a) for one value (the tests use it; the hot loops do not). NaN for softmax. */
export function derivativeAt(code: ActCode, a: number, param: number): number {
  const name = ACTIVATIONS_BY_CODE[code].name;
  return scaleOneByDerivative(name, a, activateOne(code, a, param), 1, param);
}

/** h(a) for one value (element-wise activations only; NaN for softmax). */
export function activateAt(code: ActCode, a: number, param: number): number {
  return activateOne(code, a, param);
}

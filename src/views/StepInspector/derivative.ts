/**
 * h′(a) as the engine computes it during backprop: the activation's own backward step
 * (src/core/choices/activations.ts), run on one value, so a delta recomputed here from the
 * trace's numbers is bit-identical to the trace's delta.
 */
import {
  ACTIVATION_DESCRIPTORS,
  scaleOneByDerivative,
  type ActivationName,
  type DerivativeTex,
} from '../../core/choices/activations';

/** h′(a) itself (the engine's factor); NaN for softmax, which is not element-wise. */
export function derivativeFromTrace(
  act: ActivationName,
  a: number,
  z: number,
  param: number,
): number {
  return scaleOneByDerivative(act, a, z, 1, param);
}

/** e·h′(a), the delta the engine writes for an error e arriving at a neuron. */
export function scaledByDerivative(
  act: ActivationName,
  a: number,
  z: number,
  e: number,
  param: number,
): number {
  return scaleOneByDerivative(act, a, z, e, param);
}

/** h′ written in terms of z (and a), in TeX, with the numbers: 1 - 0.26^2 for tanh. */
export function derivativeTex(
  act: ActivationName,
  a: string,
  z: string,
  aValue: number,
  zText: string,
  param: number,
  paramText: string,
): DerivativeTex {
  return ACTIVATION_DESCRIPTORS[act].derivativeTex({ a, z, aValue, zText, param, paramText });
}

import { LOSS_DESCRIPTORS, type LossName } from '../choices/losses';
import { exp, expm1, tanh, tanhByTable, type MathsVersion } from '../detmath';
import { sigmoid } from './ops';

/**
 * The engine's per-neuron formulas, written out for single numbers in the engine's own order
 * of operations, so that a neuron opened as a scalar graph shows bit for bit the numbers of
 * the step trace (a test compares them). The cost is the loss descriptor's own (the engine
 * calls the same function); the test is the wall that keeps the rest in step.
 */

export type NeuronActivation =
  'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'elu' | 'softmax';
export type NeuronLoss = LossName;

/** a = b + Σᵢ wᵢzᵢ, bias first, then i = 0, 1, … (the order of the engine's dense kernel). */
export function preActivation(
  bias: number,
  weights: ArrayLike<number>,
  inputs: ArrayLike<number>,
): number {
  let acc = bias;
  for (let i = 0; i < weights.length; i++) acc += weights[i] * inputs[i];
  return acc;
}

/**
 * z = h(a) for an element-wise activation (softmax needs the whole layer: see softmaxAt), with
 * the tanh of the run's maths version.
 */
export function activationValue(
  act: NeuronActivation,
  a: number,
  param: number,
  maths: MathsVersion,
): number {
  switch (act) {
    case 'linear':
      return a;
    case 'sigmoid':
      return sigmoid(a);
    case 'tanh':
      return maths >= 2 ? tanhByTable(a) : tanh(a);
    case 'relu':
      return a > 0 ? a : 0;
    case 'leaky-relu':
      return a > 0 ? a : param * a;
    case 'elu':
      return a > 0 ? a : param * expm1(a);
    case 'softmax':
      return Number.NaN;
  }
}

/** softmax(a)ⱼ with the largest a subtracted first, as the engine computes it. */
export function softmaxAt(layerA: ArrayLike<number>, j: number): number {
  let max = -Infinity;
  for (let k = 0; k < layerA.length; k++) if (layerA[k] > max) max = layerA[k];
  let sum = 0;
  let mine = 0;
  for (let k = 0; k < layerA.length; k++) {
    const e = exp(layerA[k] - max);
    if (k === j) mine = e;
    sum += e;
  }
  return mine * (1 / sum);
}

/**
 * δ = g · h′(a), the engine's way: h′ from z where that is exact (σ: z(1−z), tanh: 1−z²),
 * a switch for the piecewise ones. Returns h′ as shown and δ as the engine stores it.
 */
export function throughActivation(
  act: NeuronActivation,
  a: number,
  z: number,
  g: number,
  param: number,
): { local: number; delta: number } {
  switch (act) {
    case 'linear':
    case 'softmax':
      return { local: 1, delta: g };
    case 'sigmoid': {
      const local = z * (1 - z);
      return { local, delta: g * local };
    }
    case 'tanh': {
      const local = 1 - z * z;
      return { local, delta: g * local };
    }
    case 'relu':
      return a > 0 ? { local: 1, delta: g } : { local: 0, delta: 0 };
    case 'leaky-relu':
      return a > 0 ? { local: 1, delta: g } : { local: param, delta: g * param };
    case 'elu':
      return a > 0 ? { local: 1, delta: g } : { local: z + param, delta: g * (z + param) };
  }
}

/** A sample's cost C from the output layer's a, z and targets: the loss descriptor's own. */
export function sampleCostOf(
  loss: NeuronLoss,
  a: ArrayLike<number>,
  z: ArrayLike<number>,
  y: ArrayLike<number>,
): number {
  const rows = { a: Float64Array.from(a), z: Float64Array.from(z), y: Float64Array.from(y) };
  return LOSS_DESCRIPTORS[loss].sampleCost(rows, 0, 0, z.length);
}

/**
 * The output delta of neuron j the engine's way. For squared errors g = ∂C/∂zⱼ goes through
 * h′ (softmax couples the outputs: δⱼ = zⱼ(gⱼ − Σₖ gₖzₖ)); the cross-entropies are fused with
 * their activation and give δ straight from a: (ŷ − y)/K for σ, ŷ·Σy − y for softmax.
 */
export function outputDeltaOf(
  loss: NeuronLoss,
  act: NeuronActivation,
  j: number,
  a: ArrayLike<number>,
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  param: number,
): { dCdz: number | null; local: number; delta: number } {
  const width = z.length;
  if (loss === 'bce') {
    const delta = (z[j] - y[j]) / width;
    return { dCdz: null, local: delta, delta };
  }
  if (loss === 'cce') {
    let ySum = 0;
    for (let k = 0; k < width; k++) ySum += y[k];
    const delta = z[j] * ySum - y[j];
    return { dCdz: null, local: delta, delta };
  }
  const scale = loss === 'half-sse' ? 1 : 2 / width;
  const g = (k: number): number => scale * (z[k] - y[k]);
  if (act === 'softmax') {
    let dot = 0;
    for (let k = 0; k < width; k++) dot += g(k) * z[k];
    const delta = z[j] * (g(j) - dot);
    return { dCdz: g(j), local: delta / g(j), delta };
  }
  const { local, delta } = throughActivation(act, a[j], z[j], g(j), param);
  return { dCdz: g(j), local, delta };
}

/** Wᵀδ for one neuron j of the layer below: Σₖ w⁽ˡ⁺¹⁾ₖⱼ δ⁽ˡ⁺¹⁾ₖ in k order, from 0. */
export function errorFromAbove(column: ArrayLike<number>, deltas: ArrayLike<number>): number {
  let e = 0;
  for (let k = 0; k < deltas.length; k++) e = e + column[k] * deltas[k];
  return e;
}

import type { ActivationName } from '../config/types';
import { exp, expm1, tanh } from '../core/detmath';

/**
 * Activation functions h and their derivatives h′, applied to whole rows of a batch.
 * Each is a numeric code so the hot loops switch once per layer, not once per neuron.
 */
export const Act = {
  linear: 0,
  sigmoid: 1,
  tanh: 2,
  relu: 3,
  leakyRelu: 4,
  elu: 5,
  softmax: 6,
} as const;
export type ActCode = (typeof Act)[keyof typeof Act];

export function activationCode(name: ActivationName): ActCode {
  switch (name) {
    case 'linear':
      return Act.linear;
    case 'sigmoid':
      return Act.sigmoid;
    case 'tanh':
      return Act.tanh;
    case 'relu':
      return Act.relu;
    case 'leaky-relu':
      return Act.leakyRelu;
    case 'elu':
      return Act.elu;
    case 'softmax':
      return Act.softmax;
  }
}

/** σ(a) = 1 / (1 + e^(−a)), written so that e^x never overflows. */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + exp(-a));
  const e = exp(a);
  return e / (1 + e);
}

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
  const n = rows * width;
  switch (code) {
    case Act.linear:
      for (let k = 0; k < n; k++) z[k] = a[k];
      return;
    case Act.sigmoid:
      for (let k = 0; k < n; k++) z[k] = sigmoid(a[k]);
      return;
    case Act.tanh:
      for (let k = 0; k < n; k++) z[k] = tanh(a[k]);
      return;
    case Act.relu:
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : 0;
      return;
    case Act.leakyRelu:
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : param * a[k];
      return;
    case Act.elu:
      // z = α(eᵃ − 1) for a < 0; expm1 keeps precision near 0.
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : param * expm1(a[k]);
      return;
    case Act.softmax:
      for (let r = 0; r < rows; r++) softmaxRow(a, z, r * width, width);
      return;
  }
}

/** zₖ = e^(aₖ − max a) / Σⱼ e^(aⱼ − max a): subtracting the max keeps every exponent ≤ 0. */
export function softmaxRow(a: Float64Array, z: Float64Array, offset: number, width: number): void {
  let max = -Infinity;
  for (let k = 0; k < width; k++) if (a[offset + k] > max) max = a[offset + k];
  let sum = 0;
  for (let k = 0; k < width; k++) {
    const e = exp(a[offset + k] - max);
    z[offset + k] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let k = 0; k < width; k++) z[offset + k] *= inv;
}

/**
 * δ = h′(a) ⊙ e, in place on `e` (the back-propagated error Wᵀδ of the layer above).
 * h′ is computed from a or from z = h(a), whichever is cheaper and exact:
 * sigmoid z(1−z), tanh 1−z², ReLU [a>0], Leaky ReLU [a>0] or slope, ELU z+α for a<0.
 * Softmax is only an output activation; its Jacobian is handled with the loss.
 */
export function multiplyByDerivative(
  code: ActCode,
  a: Float64Array,
  z: Float64Array,
  e: Float64Array,
  n: number,
  param: number,
): void {
  switch (code) {
    case Act.linear:
    case Act.softmax:
      return;
    case Act.sigmoid:
      for (let k = 0; k < n; k++) e[k] *= z[k] * (1 - z[k]);
      return;
    case Act.tanh:
      for (let k = 0; k < n; k++) e[k] *= 1 - z[k] * z[k];
      return;
    case Act.relu:
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] = 0;
      return;
    case Act.leakyRelu:
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] *= param;
      return;
    case Act.elu:
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] *= z[k] + param;
      return;
  }
}

/** h′(a) for one value (the inspector and the tests use it; the hot loops do not). */
export function derivativeAt(code: ActCode, a: number, param: number): number {
  switch (code) {
    case Act.linear:
      return 1;
    case Act.sigmoid: {
      const s = sigmoid(a);
      return s * (1 - s);
    }
    case Act.tanh: {
      const t = tanh(a);
      return 1 - t * t;
    }
    case Act.relu:
      return a > 0 ? 1 : 0;
    case Act.leakyRelu:
      return a > 0 ? 1 : param;
    case Act.elu:
      return a > 0 ? 1 : param * exp(a);
    case Act.softmax:
      return Number.NaN; // not element-wise
  }
}

/** h(a) for one value (element-wise activations only). */
export function activateAt(code: ActCode, a: number, param: number): number {
  switch (code) {
    case Act.linear:
      return a;
    case Act.sigmoid:
      return sigmoid(a);
    case Act.tanh:
      return tanh(a);
    case Act.relu:
      return a > 0 ? a : 0;
    case Act.leakyRelu:
      return a > 0 ? a : param * a;
    case Act.elu:
      return a > 0 ? a : param * expm1(a);
    case Act.softmax:
      return Number.NaN;
  }
}

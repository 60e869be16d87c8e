/**
 * Activation functions h and their derivatives h′, one descriptor each, applied to whole rows
 * of a batch. The engine's forward and backward passes and the step inspector call the same
 * functions (the inspector on one-value arrays), so the inspector's numbers are the engine's.
 */
import { exp, expm1, tanh, tanhByTable, type MathsVersion } from '../detmath';
import type { ChoiceWords } from './rules';

export const HIDDEN_ACTIVATIONS = [
  'linear',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'elu',
] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const OUTPUT_ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'softmax'] as const;
export type OutputActivation = (typeof OUTPUT_ACTIVATIONS)[number];

/** Every activation the engine knows (hidden and output). */
export type ActivationName = HiddenActivation | OutputActivation;

/** Numeric codes, so the network stores one small integer per layer. */
export const Act = {
  linear: 0,
  sigmoid: 1,
  tanh: 2,
  relu: 3,
  leakyRelu: 4,
  elu: 5,
  softmax: 6,
  /** tanh of maths version 2 (tanhByTable): the same activation, other last bits. */
  tanhByTable: 7,
} as const;
export type ActCode = (typeof Act)[keyof typeof Act];

/** h′ in TeX: symbolically in a and z, and with the numbers. */
export interface DerivativeTex {
  symbolic: string;
  numeric: string;
}

/** What the TeX of h′ is written from: the symbols of a and z, and their values as TeX. */
export interface DerivativeTexInputs {
  a: string;
  z: string;
  aValue: number;
  zText: string;
  param: number;
  paramText: string;
}

export interface ActivationDescriptor<
  N extends ActivationName = ActivationName,
> extends ChoiceWords<N> {
  readonly code: ActCode;
  /** Its letter in a link's layer list (`h=8r`); null for output-only activations. */
  readonly linkCode: string | null;
  /** The network setting that is its parameter (Leaky ReLU's slope, ELU's α), if any. */
  readonly param: 'leakySlope' | 'eluAlpha' | null;
  /** False for softmax, which normalizes a row: no per-value h or h′. */
  readonly elementwise: boolean;
  /** z = h(a) for `rows` rows of `width` values starting at 0. */
  readonly activate: (
    a: Float64Array,
    z: Float64Array,
    rows: number,
    width: number,
    param: number,
  ) => void;
  /**
   * e ← h′(a) ⊙ e for the first `n` values, in place on `e` (the error Wᵀδ from the layer
   * above). h′ comes from a or from z = h(a), whichever is exact and cheaper. Softmax leaves e
   * alone: it is only an output activation, and its Jacobian is applied with the loss.
   */
  readonly scaleByDerivative: (
    a: Float64Array,
    z: Float64Array,
    e: Float64Array,
    n: number,
    param: number,
  ) => void;
  readonly derivativeTex: (x: DerivativeTexInputs) => DerivativeTex;
}

/** σ(a) = 1 / (1 + e^(−a)), written so that e^x never overflows. */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + exp(-a));
  const e = exp(a);
  return e / (1 + e);
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

const keep = (): void => {};

export const ACTIVATION_DESCRIPTORS: { readonly [N in ActivationName]: ActivationDescriptor<N> } = {
  linear: {
    name: 'linear',
    label: 'Linear',
    formula: 'h(a) = a',
    code: Act.linear,
    linkCode: 'l',
    param: null,
    elementwise: true,
    activate(a, z, rows, width) {
      const n = rows * width;
      for (let k = 0; k < n; k++) z[k] = a[k];
    },
    scaleByDerivative: keep, // h′ = 1
    derivativeTex: () => ({ symbolic: '1', numeric: '1' }),
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    formula: 'σ(a) = 1 / (1 + e^(−a))',
    code: Act.sigmoid,
    linkCode: 's',
    param: null,
    elementwise: true,
    activate(a, z, rows, width) {
      const n = rows * width;
      for (let k = 0; k < n; k++) z[k] = sigmoid(a[k]);
    },
    scaleByDerivative(_a, z, e, n) {
      for (let k = 0; k < n; k++) e[k] *= z[k] * (1 - z[k]); // σ′ = z(1 − z)
    },
    derivativeTex: ({ z, zText }) => ({
      symbolic: `${z}\\,(1 - ${z})`,
      numeric: `${zText}\\,(1 - ${zText})`,
    }),
  },
  tanh: {
    name: 'tanh',
    label: 'Tanh',
    formula: 'tanh(a)',
    code: Act.tanh,
    linkCode: 't',
    param: null,
    elementwise: true,
    activate(a, z, rows, width) {
      const n = rows * width;
      for (let k = 0; k < n; k++) z[k] = tanh(a[k]);
    },
    scaleByDerivative(_a, z, e, n) {
      for (let k = 0; k < n; k++) e[k] *= 1 - z[k] * z[k]; // tanh′ = 1 − z²
    },
    derivativeTex: ({ z, zText }) => ({ symbolic: `1 - (${z})^2`, numeric: `1 - (${zText})^2` }),
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    formula: 'max(0, a)',
    code: Act.relu,
    linkCode: 'r',
    param: null,
    elementwise: true,
    activate(a, z, rows, width) {
      const n = rows * width;
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : 0;
    },
    scaleByDerivative(a, _z, e, n) {
      // The flat side sets δ to +0 (not e·0, which would be −0 for a negative e).
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] = 0;
    },
    derivativeTex: ({ a, aValue }) => ({
      symbolic: `[\\,${a} > 0\\,]`,
      numeric: aValue > 0 ? '1' : '0',
    }),
  },
  'leaky-relu': {
    name: 'leaky-relu',
    label: 'Leaky ReLU',
    formula: 'a for a > 0, α·a otherwise',
    code: Act.leakyRelu,
    linkCode: 'k',
    param: 'leakySlope',
    elementwise: true,
    activate(a, z, rows, width, param) {
      const n = rows * width;
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : param * a[k];
    },
    scaleByDerivative(a, _z, e, n, param) {
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] *= param;
    },
    derivativeTex: ({ a, aValue, paramText }) => ({
      symbolic: `(${a} > 0 \\;?\\; 1 : \\alpha)`,
      numeric: aValue > 0 ? '1' : paramText,
    }),
  },
  elu: {
    name: 'elu',
    label: 'ELU',
    formula: 'a for a > 0, α(eᵃ − 1) otherwise',
    code: Act.elu,
    linkCode: 'e',
    param: 'eluAlpha',
    elementwise: true,
    activate(a, z, rows, width, param) {
      const n = rows * width;
      // z = α(eᵃ − 1) for a < 0; expm1 keeps precision near 0.
      for (let k = 0; k < n; k++) z[k] = a[k] > 0 ? a[k] : param * expm1(a[k]);
    },
    scaleByDerivative(a, z, e, n, param) {
      for (let k = 0; k < n; k++) if (!(a[k] > 0)) e[k] *= z[k] + param; // h′ = z + α for a < 0
    },
    derivativeTex: ({ a, z, aValue, zText, param, paramText }) => ({
      symbolic: `(${a} > 0 \\;?\\; 1 : ${z} + \\alpha)`,
      numeric: aValue > 0 ? '1' : `${zText} + ${param < 0 ? `(${paramText})` : paramText}`,
    }),
  },
  softmax: {
    name: 'softmax',
    label: 'Softmax',
    formula: 'zₖ = e^(aₖ) / Σⱼ e^(aⱼ)',
    code: Act.softmax,
    linkCode: null,
    param: null,
    elementwise: false,
    activate(a, z, rows, width) {
      for (let r = 0; r < rows; r++) softmaxRow(a, z, r * width, width);
    },
    scaleByDerivative: keep,
    derivativeTex: () => ({ symbolic: '?', numeric: '?' }),
  },
};

/**
 * tanh as runs of maths version 2 compute it. Everything but the function's last bits is
 * tanh's (its name, words, derivative), so the views cannot tell the two apart.
 */
const TANH_BY_TABLE: ActivationDescriptor<'tanh'> = {
  ...ACTIVATION_DESCRIPTORS.tanh,
  code: Act.tanhByTable,
  activate(a, z, rows, width) {
    const n = rows * width;
    for (let k = 0; k < n; k++) z[k] = tanhByTable(a[k]);
  },
};

/** The descriptors by numeric code, for the engine's per-layer dispatch. */
export const ACTIVATIONS_BY_CODE: readonly ActivationDescriptor[] = [
  ...Object.values(ACTIVATION_DESCRIPTORS),
  TANH_BY_TABLE,
].sort((x, y) => x.code - y.code);

/** The engine's code for an activation in a run of the given maths version. */
export function activationCodeOf(name: ActivationName, maths: MathsVersion): ActCode {
  return name === 'tanh' && maths >= 2 ? Act.tanhByTable : ACTIVATION_DESCRIPTORS[name].code;
}

/** Scratch for one-value calls (the inspector shows one neuron at a time). */
const oneA = new Float64Array(1);
const oneZ = new Float64Array(1);
const oneE = new Float64Array(1);

/**
 * e·h′(a) for one value, by the engine's own backward step (`scaleByDerivative` on one-value
 * arrays): bit-identical to the engine's δ for the same a, z and e. NaN for softmax.
 */
export function scaleOneByDerivative(
  name: ActivationName,
  a: number,
  z: number,
  e: number,
  param: number,
): number {
  const d = ACTIVATION_DESCRIPTORS[name];
  if (!d.elementwise) return Number.NaN;
  oneA[0] = a;
  oneZ[0] = z;
  oneE[0] = e;
  d.scaleByDerivative(oneA, oneZ, oneE, 1, param);
  return oneE[0];
}

/** h(a) for one value, by the engine's own forward step. NaN for softmax. */
export function activateOne(code: ActCode, a: number, param: number): number {
  const d = ACTIVATIONS_BY_CODE[code];
  if (!d.elementwise) return Number.NaN;
  oneA[0] = a;
  d.activate(oneA, oneZ, 1, 1, param);
  return oneZ[0];
}

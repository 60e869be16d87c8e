/**
 * Losses: per-sample costs C and output deltas δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾, one descriptor each. The batch
 * loss is the mean of the per-sample costs, so the batch gradient is the mean of the
 * per-sample gradients.
 *
 * - mse:      C = (1/K) Σₖ (ŷₖ − yₖ)²           ∂C/∂ŷₖ = 2(ŷₖ − yₖ)/K
 * - half-sse: C = ½ Σₖ (ŷₖ − yₖ)²              ∂C/∂ŷₖ = ŷₖ − yₖ
 * - bce:      C = (1/K) Σₖ −[yₖ ln ŷₖ + (1−yₖ) ln(1−ŷₖ)], ŷ = σ(a)   δₖ = (ŷₖ − yₖ)/K
 * - cce:      C = −Σₖ yₖ ln softmax(a)ₖ                              δₖ = ŷₖ Σⱼyⱼ − yₖ
 *
 * The two cross-entropies are computed from the logits a in their fused form, so large logits
 * never produce log(0) or NaN; that is why each needs its own output activation.
 */
import { exp, log, log1p } from '../detmath';
import { ACTIVATIONS_BY_CODE, Act, type ActCode, type OutputActivation } from './activations';
import type { ChoiceWords } from './rules';

export const LOSSES = ['mse', 'half-sse', 'bce', 'cce'] as const;
export type LossName = (typeof LOSSES)[number];

/** Numeric codes, so the network holds one small integer. */
export const Loss = { mse: 0, halfSse: 1, bce: 2, cce: 3 } as const;
export type LossCode = (typeof Loss)[keyof typeof Loss];

/** The arrays a loss reads: output pre-activations a, activations z = h(a), targets y. */
export interface LossRows {
  readonly a: Float64Array;
  readonly z: Float64Array;
  readonly y: Float64Array;
}

export interface LossDescriptor<N extends LossName = LossName> extends ChoiceWords<N> {
  readonly code: LossCode;
  /** The loss inside a sentence ("… needs a sigmoid output"). */
  readonly inSentence: string;
  /** The output activation it is fused with; null where any output works. */
  readonly needsOutput: OutputActivation | null;
  /** C of the sample whose outputs start at `offset` in a and z, and at `targetOffset` in y. */
  readonly sampleCost: (
    rows: LossRows,
    offset: number,
    targetOffset: number,
    width: number,
  ) => number;
  /**
   * Writes δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾ for `count` samples (rows `width` wide from 0) into `delta` and
   * returns the sum of their costs, each computed exactly as `sampleCost` computes it. The
   * output activation `act` (with its parameter) is applied where the loss is not fused.
   */
  readonly outputDelta: (
    rows: LossRows,
    delta: Float64Array,
    count: number,
    width: number,
    act: ActCode,
    actParam: number,
  ) => number;
}

/** Σₖ (ŷₖ − yₖ)² of one sample. */
function squaredError(rows: LossRows, offset: number, targetOffset: number, width: number): number {
  let c = 0;
  for (let k = 0; k < width; k++) {
    const d = rows.z[offset + k] - rows.y[targetOffset + k];
    c += d * d;
  }
  return c;
}

/**
 * The squared errors: C = scale⁻¹-weighted Σ (ŷ − y)², δ = ∂C/∂ŷ = `gradScale`·(ŷ − y) taken
 * through the output activation's Jacobian. `costOf` turns Σ(ŷ − y)² into the sample's C.
 */
function squaredDelta(
  gradScale: (width: number) => number,
  costOf: (sum: number, width: number) => number,
) {
  return (
    { a, z, y }: LossRows,
    delta: Float64Array,
    count: number,
    width: number,
    act: ActCode,
    actParam: number,
  ): number => {
    const scale = gradScale(width);
    let total = 0;
    for (let r = 0; r < count; r++) {
      const o = r * width;
      let c = 0;
      for (let k = 0; k < width; k++) {
        const d = z[o + k] - y[o + k];
        c += d * d;
        delta[o + k] = scale * d;
      }
      total += costOf(c, width);
    }
    outputJacobian(act, a, z, delta, count, width, actParam);
    return total;
  };
}

/** −[y ln σ(a) + (1−y) ln(1−σ(a))] = max(a,0) − a·y + ln(1 + e^(−|a|)), never log(0). */
function binaryCrossEntropy(ak: number, yk: number): number {
  return Math.max(ak, 0) - ak * yk + log1p(exp(-Math.abs(ak)));
}

/** logsumexp of one row of logits, shifted by its largest value. */
function logSumExp(a: Float64Array, offset: number, width: number): number {
  let max = -Infinity;
  for (let k = 0; k < width; k++) if (a[offset + k] > max) max = a[offset + k];
  let sum = 0;
  for (let k = 0; k < width; k++) sum += exp(a[offset + k] - max);
  return max + log(sum);
}

const mseCost = (sum: number, width: number): number => sum / width;
const halfCost = (sum: number): number => 0.5 * sum;

export const LOSS_DESCRIPTORS: { readonly [N in LossName]: LossDescriptor<N> } = {
  mse: {
    name: 'mse',
    code: Loss.mse,
    label: 'Mean squared error (MSE)',
    formula: 'C = (1/n) Σ (ŷ − y)²',
    inSentence: 'mean squared error',
    needsOutput: null,
    sampleCost: (rows, offset, targetOffset, width) =>
      mseCost(squaredError(rows, offset, targetOffset, width), width),
    outputDelta: squaredDelta((width) => 2 / width, mseCost),
  },
  'half-sse': {
    name: 'half-sse',
    code: Loss.halfSse,
    label: 'Half sum of squares (½ SSE)',
    formula: 'C = ½ Σ (ŷ − y)², so δ = (ŷ − y) · h′(a)',
    inSentence: 'half the sum of squared errors',
    needsOutput: null,
    sampleCost: (rows, offset, targetOffset, width) =>
      halfCost(squaredError(rows, offset, targetOffset, width)),
    outputDelta: squaredDelta(() => 1, halfCost),
  },
  bce: {
    name: 'bce',
    code: Loss.bce,
    label: 'Binary cross-entropy',
    formula: 'C = −y ln ŷ − (1 − y) ln(1 − ŷ), with a sigmoid output',
    inSentence: 'binary cross-entropy',
    needsOutput: 'sigmoid',
    sampleCost: ({ a, y }, offset, targetOffset, width) => {
      let c = 0;
      for (let k = 0; k < width; k++) c += binaryCrossEntropy(a[offset + k], y[targetOffset + k]);
      return c / width;
    },
    // Fused sigmoid + cross-entropy: δ = (ŷ − y)/K.
    outputDelta: ({ a, z, y }, delta, count, width) => {
      let total = 0;
      for (let r = 0; r < count; r++) {
        const o = r * width;
        let c = 0;
        for (let k = 0; k < width; k++) {
          const yk = y[o + k];
          c += binaryCrossEntropy(a[o + k], yk);
          delta[o + k] = (z[o + k] - yk) / width;
        }
        total += c / width;
      }
      return total;
    },
  },
  cce: {
    name: 'cce',
    code: Loss.cce,
    label: 'Categorical cross-entropy',
    formula: 'C = −Σ y ln ŷ, with a softmax output',
    inSentence: 'categorical cross-entropy',
    needsOutput: 'softmax',
    // −Σ yₖ ln softmax(a)ₖ = Σ yₖ (logsumexp(a) − aₖ)
    sampleCost: ({ a, y }, offset, targetOffset, width) => {
      const lse = logSumExp(a, offset, width);
      let c = 0;
      for (let k = 0; k < width; k++) c += y[targetOffset + k] * (lse - a[offset + k]);
      return c;
    },
    // Fused softmax + cross-entropy: δ = ŷ Σy − y (= ŷ − y for a one-hot target).
    outputDelta: ({ a, z, y }, delta, count, width) => {
      let total = 0;
      for (let r = 0; r < count; r++) {
        const o = r * width;
        const lse = logSumExp(a, o, width);
        let c = 0;
        let ySum = 0;
        for (let k = 0; k < width; k++) {
          const yk = y[o + k];
          c += yk * (lse - a[o + k]);
          ySum += yk;
        }
        total += c;
        for (let k = 0; k < width; k++) delta[o + k] = z[o + k] * ySum - y[o + k];
      }
      return total;
    },
  },
};

/** The descriptor for each engine code (index = code). */
export const LOSSES_BY_CODE: readonly LossDescriptor[] = LOSSES.map(
  (name) => LOSS_DESCRIPTORS[name],
).sort((p, q) => p.code - q.code);

/**
 * δ ← Jᵀ δ for `rows` rows, where J = ∂z/∂a of the output activation: the element-wise ones
 * scale by h′ (their descriptor's backward step); softmax mixes a row.
 */
function outputJacobian(
  act: ActCode,
  a: Float64Array,
  z: Float64Array,
  g: Float64Array,
  rows: number,
  width: number,
  param: number,
): void {
  if (act !== Act.softmax) {
    ACTIVATIONS_BY_CODE[act].scaleByDerivative(a, z, g, rows * width, param);
    return;
  }
  // ∂zⱼ/∂aₖ = zⱼ(δⱼₖ − zₖ)  ⇒  δₖ = zₖ (gₖ − Σⱼ gⱼ zⱼ)
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let dot = 0;
    for (let k = 0; k < width; k++) dot += g[o + k] * z[o + k];
    for (let k = 0; k < width; k++) g[o + k] = z[o + k] * (g[o + k] - dot);
  }
}

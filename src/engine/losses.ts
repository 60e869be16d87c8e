import type { LossName } from '../config/types';
import { Act, type ActCode } from './activations';

/**
 * Per-sample costs C and output deltas δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾. The batch loss is the mean of the
 * per-sample costs, so the batch gradient is the mean of the per-sample gradients.
 *
 * - mse:      C = (1/K) Σₖ (ŷₖ − yₖ)²           ∂C/∂ŷₖ = 2(ŷₖ − yₖ)/K
 * - half-sse: C = ½ Σₖ (ŷₖ − yₖ)²              ∂C/∂ŷₖ = ŷₖ − yₖ
 * - bce:      C = (1/K) Σₖ −[yₖ ln ŷₖ + (1−yₖ) ln(1−ŷₖ)], ŷ = σ(a)   δₖ = (ŷₖ − yₖ)/K
 * - cce:      C = −Σₖ yₖ ln softmax(a)ₖ                              δₖ = ŷₖ Σⱼyⱼ − yₖ
 *
 * The two cross-entropies are computed from the logits a in their fused form, so large logits
 * never produce log(0) or NaN.
 */
export const Loss = { mse: 0, halfSse: 1, bce: 2, cce: 3 } as const;
export type LossCode = (typeof Loss)[keyof typeof Loss];

export function lossCode(name: LossName): LossCode {
  switch (name) {
    case 'mse':
      return Loss.mse;
    case 'half-sse':
      return Loss.halfSse;
    case 'bce':
      return Loss.bce;
    case 'cce':
      return Loss.cce;
  }
}

/**
 * Cost of one sample from its output-layer pre-activations `a`, activations `z` and targets
 * `y`, all read at `offset` over `width` outputs.
 */
export function sampleCost(
  loss: LossCode,
  a: Float64Array,
  z: Float64Array,
  y: Float64Array,
  offset: number,
  targetOffset: number,
  width: number,
): number {
  let c = 0;
  switch (loss) {
    case Loss.mse:
      for (let k = 0; k < width; k++) {
        const d = z[offset + k] - y[targetOffset + k];
        c += d * d;
      }
      return c / width;
    case Loss.halfSse:
      for (let k = 0; k < width; k++) {
        const d = z[offset + k] - y[targetOffset + k];
        c += d * d;
      }
      return 0.5 * c;
    case Loss.bce:
      // −[y ln σ(a) + (1−y) ln(1−σ(a))] = max(a,0) − a·y + ln(1 + e^(−|a|))
      for (let k = 0; k < width; k++) {
        const ak = a[offset + k];
        c += Math.max(ak, 0) - ak * y[targetOffset + k] + Math.log1p(Math.exp(-Math.abs(ak)));
      }
      return c / width;
    case Loss.cce: {
      // −Σ yₖ ln softmax(a)ₖ = Σ yₖ (logsumexp(a) − aₖ)
      let max = -Infinity;
      for (let k = 0; k < width; k++) if (a[offset + k] > max) max = a[offset + k];
      let sum = 0;
      for (let k = 0; k < width; k++) sum += Math.exp(a[offset + k] - max);
      const lse = max + Math.log(sum);
      for (let k = 0; k < width; k++) c += y[targetOffset + k] * (lse - a[offset + k]);
      return c;
    }
  }
}

/**
 * Writes δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾ for `rows` samples into `delta` and returns the sum of their costs.
 * `targets` rows are `width` wide and start at 0 (the batch's gathered targets).
 */
export function outputDelta(
  loss: LossCode,
  act: ActCode,
  a: Float64Array,
  z: Float64Array,
  targets: Float64Array,
  delta: Float64Array,
  rows: number,
  width: number,
  actParam: number,
): number {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    total += sampleCost(loss, a, z, targets, o, o, width);
    if (loss === Loss.bce) {
      // Fused sigmoid + cross-entropy: δ = (ŷ − y)/K.
      for (let k = 0; k < width; k++) delta[o + k] = (z[o + k] - targets[o + k]) / width;
      continue;
    }
    if (loss === Loss.cce) {
      // Fused softmax + cross-entropy: δ = ŷ Σy − y (= ŷ − y for a one-hot target).
      let ySum = 0;
      for (let k = 0; k < width; k++) ySum += targets[o + k];
      for (let k = 0; k < width; k++) delta[o + k] = z[o + k] * ySum - targets[o + k];
      continue;
    }
    // Squared errors: δ = ∂C/∂ŷ through the output activation's Jacobian.
    const scale = loss === Loss.mse ? 2 / width : 1;
    for (let k = 0; k < width; k++) delta[o + k] = scale * (z[o + k] - targets[o + k]);
    outputJacobian(act, a, z, delta, o, width, actParam);
  }
  return total;
}

/** δ ← Jᵀ δ for one row, where J = ∂z/∂a of the output activation. */
function outputJacobian(
  act: ActCode,
  a: Float64Array,
  z: Float64Array,
  g: Float64Array,
  o: number,
  width: number,
  param: number,
): void {
  switch (act) {
    case Act.linear:
      return;
    case Act.sigmoid:
      for (let k = 0; k < width; k++) g[o + k] *= z[o + k] * (1 - z[o + k]);
      return;
    case Act.tanh:
      for (let k = 0; k < width; k++) g[o + k] *= 1 - z[o + k] * z[o + k];
      return;
    case Act.softmax: {
      // ∂zⱼ/∂aₖ = zⱼ(δⱼₖ − zₖ)  ⇒  δₖ = zₖ (gₖ − Σⱼ gⱼ zⱼ)
      let dot = 0;
      for (let k = 0; k < width; k++) dot += g[o + k] * z[o + k];
      for (let k = 0; k < width; k++) g[o + k] = z[o + k] * (g[o + k] - dot);
      return;
    }
    case Act.relu:
      for (let k = 0; k < width; k++) if (!(a[o + k] > 0)) g[o + k] = 0;
      return;
    case Act.leakyRelu:
      for (let k = 0; k < width; k++) if (!(a[o + k] > 0)) g[o + k] *= param;
      return;
    case Act.elu:
      for (let k = 0; k < width; k++) if (!(a[o + k] > 0)) g[o + k] *= z[o + k] + param;
      return;
  }
}

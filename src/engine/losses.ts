import type { LossName } from '../config/types';
import { ACTIVATIONS_BY_CODE, Act, type ActCode } from '../core/choices/activations';
import { exp, log, log1p } from '../core/detmath';

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
        c += Math.max(ak, 0) - ak * y[targetOffset + k] + log1p(exp(-Math.abs(ak)));
      }
      return c / width;
    case Loss.cce: {
      // −Σ yₖ ln softmax(a)ₖ = Σ yₖ (logsumexp(a) − aₖ)
      let max = -Infinity;
      for (let k = 0; k < width; k++) if (a[offset + k] > max) max = a[offset + k];
      let sum = 0;
      for (let k = 0; k < width; k++) sum += exp(a[offset + k] - max);
      const lse = max + log(sum);
      for (let k = 0; k < width; k++) c += y[targetOffset + k] * (lse - a[offset + k]);
      return c;
    }
  }
}

/**
 * Writes δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾ for `rows` samples into `delta` and returns the sum of their costs.
 * `targets` rows are `width` wide and start at 0 (the batch's gathered targets). Each cost is
 * computed exactly as `sampleCost` computes it; the loss is chosen once per batch, not per row.
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
  switch (loss) {
    case Loss.mse:
    case Loss.halfSse: {
      // Squared errors: δ = ∂C/∂ŷ through the output activation's Jacobian.
      const half = loss === Loss.halfSse;
      const scale = half ? 1 : 2 / width;
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        let c = 0;
        for (let k = 0; k < width; k++) {
          const d = z[o + k] - targets[o + k];
          c += d * d;
          delta[o + k] = scale * d;
        }
        total += half ? 0.5 * c : c / width;
      }
      outputJacobian(act, a, z, delta, rows, width, actParam);
      return total;
    }
    case Loss.bce:
      // Fused sigmoid + cross-entropy: δ = (ŷ − y)/K.
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        let c = 0;
        for (let k = 0; k < width; k++) {
          const ak = a[o + k];
          const yk = targets[o + k];
          c += Math.max(ak, 0) - ak * yk + log1p(exp(-Math.abs(ak)));
          delta[o + k] = (z[o + k] - yk) / width;
        }
        total += c / width;
      }
      return total;
    case Loss.cce:
      // Fused softmax + cross-entropy: δ = ŷ Σy − y (= ŷ − y for a one-hot target).
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        let max = -Infinity;
        for (let k = 0; k < width; k++) if (a[o + k] > max) max = a[o + k];
        let sum = 0;
        for (let k = 0; k < width; k++) sum += exp(a[o + k] - max);
        const lse = max + log(sum);
        let c = 0;
        let ySum = 0;
        for (let k = 0; k < width; k++) {
          const yk = targets[o + k];
          c += yk * (lse - a[o + k]);
          ySum += yk;
        }
        total += c;
        for (let k = 0; k < width; k++) delta[o + k] = z[o + k] * ySum - targets[o + k];
      }
      return total;
  }
}

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

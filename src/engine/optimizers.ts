import { powInt } from '../core/detmath';
import type { OptimizerConfig, OptimizerName, RegularizationConfig } from '../config/types';

/**
 * Gradient-descent update rules. For each parameter w with gradient g (the batch-mean ∂C/∂w
 * plus the regularization term), with learning rate η:
 *
 * - SGD:      w ← w − η g
 * - Momentum: v ← μ v − η g;  w ← w + v                                  (Polyak; Sutskever et al. 2013)
 * - Nesterov: v ← μ v − η g;  w ← w − μ v_prev + (1 + μ) v              (Sutskever's look-ahead, rewritten
 *             so g is taken at the stored parameters; Bengio et al. 2013)
 * - Adagrad:  G ← G + g²;  w ← w − η g / (√G + ε)                        (Duchi et al. 2011)
 * - RMSprop:  E ← ρ E + (1 − ρ) g²;  w ← w − η g / (√E + ε)              (Tieleman & Hinton 2012)
 * - Adam:     m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;
 *             m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η m̂ / (√v̂ + ε)   (Kingma & Ba 2015)
 *
 * Hyper-parameters are read at every step, so they can change between two steps while the
 * state (v, G, E, m, v, t) carries on.
 */

/** One array of parameters with its gradient and per-parameter optimizer state. */
export interface ParamGroup {
  readonly param: Float64Array;
  readonly grad: Float64Array;
  /** Velocity v (Momentum, Nesterov), G (Adagrad), E (RMSprop) or m (Adam). */
  readonly first: Float64Array;
  /** Adam's v (second moment); empty for the others. */
  readonly second: Float64Array;
  /** Weights are regularized; biases are not. */
  readonly regularize: boolean;
  /** False for the biases of a layer without bias: they stay at zero. */
  readonly trainable: boolean;
}

/** What the update did to one group, for the update-to-weight ratio. */
export interface UpdateStats {
  /** Σ (Δw)² over the group. */
  updateSq: Float64Array;
  /** Σ w² over the group after the update. */
  paramSq: Float64Array;
}

export const OPTIMIZER_STATE_NAMES: Record<OptimizerName, [string, string] | [string] | []> = {
  sgd: [],
  momentum: ['velocity v'],
  nesterov: ['velocity v'],
  adagrad: ['sum of squared gradients G'],
  rmsprop: ['mean squared gradient E'],
  adam: ['first moment m', 'second moment v'],
};

export function usesSecondMoment(kind: OptimizerName): boolean {
  return kind === 'adam';
}

/** λ₁ and λ₂ of the penalty λ₁ Σ|w| + (λ₂/2) Σ w² for a regularization setting. */
export function penaltyCoefficients(reg: RegularizationConfig): { l1: number; l2: number } {
  return { l1: penaltyL1(reg), l2: penaltyL2(reg) };
}

/** λ₁ alone, for the training step (which must not allocate the pair). */
export function penaltyL1(reg: RegularizationConfig): number {
  switch (reg.kind) {
    case 'none':
    case 'l2':
      return 0;
    case 'l1':
      return reg.rate;
    case 'elastic':
      return reg.rate * reg.l1Ratio;
  }
}

/** λ₂ alone, for the training step. */
export function penaltyL2(reg: RegularizationConfig): number {
  switch (reg.kind) {
    case 'none':
    case 'l1':
      return 0;
    case 'l2':
      return reg.rate;
    case 'elastic':
      return reg.rate * (1 - reg.l1Ratio);
  }
}

/**
 * Applies one update to every group. `t` is the 1-based number of this update (Adam's bias
 * correction). Writes Σ(Δw)² and Σw² per group into `stats`.
 */
export function applyUpdate(
  groups: readonly ParamGroup[],
  opt: OptimizerConfig,
  learningRate: number,
  t: number,
  l1: number,
  l2: number,
  stats: UpdateStats,
): void {
  const lr = learningRate;
  const mu = opt.momentum;
  const rho = opt.rho;
  const b1 = opt.beta1;
  const b2 = opt.beta2;
  const eps = opt.epsilon;
  // Adam's bias corrections, once per step: m̂ = m·c1, v̂ = v·c2 (only Adam pays for the powers).
  const adam = opt.kind === 'adam';
  const c1 = adam ? 1 / (1 - powInt(b1, t)) : 1;
  const c2 = adam ? 1 / (1 - powInt(b2, t)) : 1;
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi];
    const w = group.param;
    const g = group.grad;
    const s1 = group.first;
    const s2 = group.second;
    const n = w.length;
    if (!group.trainable) {
      stats.updateSq[gi] = 0;
      stats.paramSq[gi] = 0;
      continue;
    }
    const gl1 = group.regularize ? l1 : 0;
    const gl2 = group.regularize ? l2 : 0;
    // Without L1 (λ₁ = 0), λ₁·sign(w) and λ₁·w are the same signed zero for every finite w:
    // the same bits without sign()'s branch, which weights of random sign mispredict often.
    const l1Sign = gl1 !== 0;
    let du2 = 0;
    let w2 = 0;
    switch (opt.kind) {
      case 'sgd':
        if (gl1 === 0 && gl2 === 0) {
          // No penalty: for finite w the zero terms below can only change the sign of a zero
          // step, which leaves w + step and step² as they are — the same bits, half the time.
          for (let k = 0; k < n; k++) {
            const wk = w[k];
            const step = -lr * g[k];
            const next = wk + step;
            w[k] = next;
            du2 += step * step;
            w2 += next * next;
          }
          break;
        }
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const step = -lr * gk;
          const next = wk + step;
          w[k] = next;
          du2 += step * step;
          w2 += next * next;
        }
        break;
      case 'momentum':
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const v = mu * s1[k] - lr * gk;
          s1[k] = v;
          const next = wk + v;
          w[k] = next;
          du2 += v * v;
          w2 += next * next;
        }
        break;
      case 'nesterov':
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const vPrev = s1[k];
          const v = mu * vPrev - lr * gk;
          s1[k] = v;
          const step = -mu * vPrev + (1 + mu) * v;
          const next = wk + step;
          w[k] = next;
          du2 += step * step;
          w2 += next * next;
        }
        break;
      case 'adagrad':
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const G = s1[k] + gk * gk;
          s1[k] = G;
          const step = (-lr * gk) / (Math.sqrt(G) + eps);
          const next = wk + step;
          w[k] = next;
          du2 += step * step;
          w2 += next * next;
        }
        break;
      case 'rmsprop':
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const E = rho * s1[k] + (1 - rho) * gk * gk;
          s1[k] = E;
          const step = (-lr * gk) / (Math.sqrt(E) + eps);
          const next = wk + step;
          w[k] = next;
          du2 += step * step;
          w2 += next * next;
        }
        break;
      case 'adam':
        for (let k = 0; k < n; k++) {
          const wk = w[k];
          const gk = g[k] + gl2 * wk + gl1 * (l1Sign ? Math.sign(wk) : wk);
          const m = b1 * s1[k] + (1 - b1) * gk;
          const v = b2 * s2[k] + (1 - b2) * gk * gk;
          s1[k] = m;
          s2[k] = v;
          const step = (-lr * (m * c1)) / (Math.sqrt(v * c2) + eps);
          const next = wk + step;
          w[k] = next;
          du2 += step * step;
          w2 += next * next;
        }
        break;
    }
    stats.updateSq[gi] = du2;
    stats.paramSq[gi] = w2;
  }
}

import {
  OPTIMIZER_DESCRIPTORS,
  fillCoefficients,
  newCoefficients,
  type ParamArrays,
} from '../core/choices/optimizers';
import type { OptimizerConfig, OptimizerName, RegularizationConfig } from '../config/types';
import { REGULARIZER_DESCRIPTORS } from '../core/choices/regularizers';

/**
 * The training step's side of the optimizers: each rule lives in its descriptor
 * (src/core/choices/optimizers/), where the step inspector calls it too. Here: the parameter
 * groups, the penalty coefficients and one call per group.
 *
 * Hyper-parameters are read at every step, so they can change between two steps while the
 * state (v, G, E, m, v, t) carries on.
 */

/** One array of parameters with its gradient and per-parameter optimizer state. */
export interface ParamGroup extends ParamArrays {
  /** Weights are regularized (and decayed by AdamW); biases are not. */
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

export const OPTIMIZER_STATE_NAMES = Object.fromEntries(
  Object.values(OPTIMIZER_DESCRIPTORS).map((d) => [d.name, d.state.map((slot) => slot.name)]),
) as unknown as Record<OptimizerName, readonly string[]>;

export function usesSecondMoment(kind: OptimizerName): boolean {
  return OPTIMIZER_DESCRIPTORS[kind].state.length === 2;
}

/** λ₁ and λ₂ of the penalty λ₁ Σ|w| + (λ₂/2) Σ w² for a regularization setting. */
export function penaltyCoefficients(reg: RegularizationConfig): { l1: number; l2: number } {
  return { l1: penaltyL1(reg), l2: penaltyL2(reg) };
}

/** λ₁ alone, for the training step (which must not allocate the pair). */
export function penaltyL1(reg: RegularizationConfig): number {
  return REGULARIZER_DESCRIPTORS[reg.kind].l1(reg);
}

/** λ₂ alone, for the training step. */
export function penaltyL2(reg: RegularizationConfig): number {
  return REGULARIZER_DESCRIPTORS[reg.kind].l2(reg);
}

/** Filled once per step and reused, so a step allocates nothing. */
const coefficients = newCoefficients();
const sums = { updateSq: 0, paramSq: 0 };

/**
 * Applies one update to every group. `t` is the 1-based number of this update (Adam's bias
 * correction). Writes Σ(Δw)² and Σw² per group into `stats`, or skips them when it is null.
 */
export function applyUpdate(
  groups: readonly ParamGroup[],
  opt: OptimizerConfig,
  learningRate: number,
  t: number,
  l1: number,
  l2: number,
  stats: UpdateStats | null,
): void {
  const optimizer = OPTIMIZER_DESCRIPTORS[opt.kind];
  fillCoefficients(coefficients, optimizer, opt, learningRate, t, l1, l2);
  const out = stats === null ? null : sums;
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi];
    if (!group.trainable) {
      if (stats !== null) {
        stats.updateSq[gi] = 0;
        stats.paramSq[gi] = 0;
      }
      continue;
    }
    optimizer.update(group, coefficients, group.regularize, out);
    if (stats !== null) {
      stats.updateSq[gi] = sums.updateSq;
      stats.paramSq[gi] = sums.paramSq;
    }
  }
}

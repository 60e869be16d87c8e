import type { OptimizerConfig } from '../../../config/types';
import { powInt } from '../../../core/detmath';

/**
 * One parameter's update recomputed from the trace's numbers with the engine's own arithmetic
 * (optimizers.ts applyUpdate), so `before + step` is bit-identical to the trace's value after.
 */
export interface ParamUpdate {
  before: number;
  /** The batch-mean ∂C/∂w. */
  grad: number;
  /** λ₂ w + λ₁ sign(w) (0 for biases). */
  penalty: number;
  /** g = ∂C/∂w + penalty, what the optimizer uses. */
  g: number;
  /** State before / after: v, G, E or m (first), Adam's v (second). */
  firstBefore: number;
  firstAfter: number;
  secondBefore: number;
  secondAfter: number;
  /** Adam's bias-corrected moments. */
  mHat: number;
  vHat: number;
  /** Δw, the effective step. */
  step: number;
  after: number;
}

export function updateOne(
  opt: OptimizerConfig,
  lr: number,
  t: number,
  w: number,
  grad: number,
  l1: number,
  l2: number,
  firstBefore: number,
  secondBefore: number,
): ParamUpdate {
  const penalty = l2 * w + l1 * Math.sign(w);
  const g = grad + l2 * w + l1 * Math.sign(w);
  const mu = opt.momentum;
  const eps = opt.epsilon;
  let first = firstBefore;
  let second = secondBefore;
  let step: number;
  let mHat = Number.NaN;
  let vHat = Number.NaN;
  switch (opt.kind) {
    case 'sgd':
      step = -lr * g;
      break;
    case 'momentum':
      first = mu * firstBefore - lr * g;
      step = first;
      break;
    case 'nesterov':
      first = mu * firstBefore - lr * g;
      step = -mu * firstBefore + (1 + mu) * first;
      break;
    case 'adagrad':
      first = firstBefore + g * g;
      step = (-lr * g) / (Math.sqrt(first) + eps);
      break;
    case 'rmsprop':
      first = opt.rho * firstBefore + (1 - opt.rho) * g * g;
      step = (-lr * g) / (Math.sqrt(first) + eps);
      break;
    case 'adam': {
      const c1 = 1 / (1 - powInt(opt.beta1, t));
      const c2 = 1 / (1 - powInt(opt.beta2, t));
      first = opt.beta1 * firstBefore + (1 - opt.beta1) * g;
      second = opt.beta2 * secondBefore + (1 - opt.beta2) * g * g;
      mHat = first * c1;
      vHat = second * c2;
      step = (-lr * mHat) / (Math.sqrt(vHat) + eps);
      break;
    }
  }
  return {
    before: w,
    grad,
    penalty,
    g,
    firstBefore,
    firstAfter: first,
    secondBefore,
    secondAfter: second,
    mHat,
    vHat,
    step,
    after: w + step,
  };
}

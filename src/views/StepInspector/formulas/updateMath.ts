import {
  OPTIMIZER_DESCRIPTORS,
  fillCoefficients,
  newCoefficients,
  penalizedGradient,
  type StepCoefficients,
} from '../../../core/choices/optimizers';
import type { OptimizerConfig } from '../../../config/types';

/**
 * One parameter's update recomputed from the trace's numbers by the engine's own update rule
 * (the optimizer's descriptor, run on a one-parameter array), so `after` is bit-identical to
 * the trace's value after the step.
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
  /** Adam's bias-corrected moments (NaN for optimizers without them). */
  mHat: number;
  vHat: number;
  /** AdamW: w·(1 − η·wd), the weight after the decay and before the step (NaN otherwise). */
  decayed: number;
  /** Δw = after − before, the effective step. */
  step: number;
  after: number;
}

/** Coefficients of the step being shown (the inspector shows one step at a time). */
const coefficients: StepCoefficients = newCoefficients();
const sums = { updateSq: 0, paramSq: 0 };

/**
 * The update of one parameter `w` with gradient `grad`. `penalized` is true for weights (the
 * L1/L2 terms and AdamW's decay apply), false for biases, as in the training step.
 */
export function updateOne(
  opt: OptimizerConfig,
  lr: number,
  t: number,
  w: number,
  grad: number,
  l1: number,
  l2: number,
  penalized: boolean,
  firstBefore: number,
  secondBefore: number,
): ParamUpdate {
  const optimizer = OPTIMIZER_DESCRIPTORS[opt.kind];
  const c = fillCoefficients(coefficients, optimizer, opt, lr, t, l1, l2);
  const p = {
    param: Float64Array.of(w),
    grad: Float64Array.of(grad),
    first: Float64Array.of(firstBefore),
    second: Float64Array.of(secondBefore),
  };
  optimizer.update(p, c, penalized, sums);
  const g = penalized ? penalizedGradient(grad, w, l1, l2) : grad;
  const after = p.param[0];
  return {
    before: w,
    grad,
    penalty: penalized ? l2 * w + l1 * Math.sign(w) : 0,
    g,
    firstBefore,
    firstAfter: optimizer.state.length > 0 ? p.first[0] : firstBefore,
    secondBefore,
    secondAfter: optimizer.state.length > 1 ? p.second[0] : secondBefore,
    mHat: optimizer.biasCorrection ? p.first[0] * c.c1 : Number.NaN,
    vHat: optimizer.biasCorrection ? p.second[0] * c.c2 : Number.NaN,
    decayed: optimizer.decoupledDecay && penalized ? w * c.decay : Number.NaN,
    step: after - w,
    after,
  };
}

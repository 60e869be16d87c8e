/**
 * What an optimizer is: its words, the hyper-parameters it reads, the state it keeps per
 * parameter and its update rule. The engine's training step and the step inspector both call
 * the same `update`, so the inspector's numbers are the engine's numbers, bit for bit.
 */
import { powInt } from '../../detmath';
import type { ChoiceWords } from '../rules';
import type { OptimizerHyperName } from './hyper';
import type { OptimizerName } from './index';

/** An optimizer's settings: which one, its learning rate η and every hyper-parameter. */
export type OptimizerSettings = { kind: OptimizerName; learningRate: number } & Record<
  OptimizerHyperName,
  number
>;

/** One array of parameters with its gradient and per-parameter optimizer state. */
export interface ParamArrays {
  readonly param: Float64Array;
  /** The batch-mean ∂C/∂w, without any penalty. */
  readonly grad: Float64Array;
  /** The first state slot (v, G, E or m); empty for SGD. */
  readonly first: Float64Array;
  /** The second state slot (Adam's v); empty when the optimizer keeps one slot or none. */
  readonly second: Float64Array;
}

/**
 * The numbers one update step reads, worked out once per step (not once per parameter):
 * the rates, the penalty coefficients and the bias corrections.
 */
export interface StepCoefficients {
  lr: number;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
  /** λ₁ and λ₂ of the run's penalty, applied to the weights only. */
  l1: number;
  l2: number;
  /** 1/(1 − β₁ᵗ) and 1/(1 − β₂ᵗ): m̂ = m·c1, v̂ = v·c2 (1 for optimizers without them). */
  c1: number;
  c2: number;
  /** 1 − η·wd, the decoupled decay factor (1 for optimizers without it). */
  decay: number;
}

/** What an update did to one array: Σ(Δw)² and Σw² after, for the update-to-weight ratio. */
export interface UpdateSums {
  updateSq: number;
  paramSq: number;
}

/** One slot of per-parameter state, e.g. the first moment m. */
export interface StateSlot {
  /** As the inspector's tables head it: 'm'. */
  readonly symbol: string;
  /** In a sentence: 'first moment m'. */
  readonly name: string;
}

/**
 * Updates every parameter of `p` in place. `penalized` is true for weights (the L1/L2 terms
 * and weight decay apply) and false for biases. Loops over the whole array inside, so the
 * training step makes one call per array, never one per parameter. Writes Σ(Δw)² and Σw² into
 * `out`; with null it skips them (the steps of a run that nobody looks at between two
 * snapshots), and the parameters and state come out the same.
 */
export type UpdateRule = (
  p: ParamArrays,
  c: StepCoefficients,
  penalized: boolean,
  out: UpdateSums | null,
) => void;

export interface OptimizerDescriptor<
  N extends OptimizerName = OptimizerName,
> extends ChoiceWords<N> {
  /** The name in a sentence or heading of the step inspector ('Nesterov momentum'). */
  readonly longName: string;
  /** The hyper-parameters it reads besides η (their controls show only for it). */
  readonly hypers: readonly OptimizerHyperName[];
  /** Per-parameter state: none, one slot or two. */
  readonly state: readonly [] | readonly [StateSlot] | readonly [StateSlot, StateSlot];
  /** Whether it divides its moments by (1 − βᵗ) (Adam's bias correction). */
  readonly biasCorrection: boolean;
  /** Whether it shrinks the weights by 1 − η·wd before the step (decoupled weight decay). */
  readonly decoupledDecay: boolean;
  readonly update: UpdateRule;
}

/** A fresh, zeroed set of coefficients, to be filled once per step. */
export function newCoefficients(): StepCoefficients {
  return {
    lr: 0,
    momentum: 0,
    rho: 0,
    beta1: 0,
    beta2: 0,
    epsilon: 0,
    weightDecay: 0,
    l1: 0,
    l2: 0,
    c1: 1,
    c2: 1,
    decay: 1,
  };
}

/**
 * Fills `into` for the step with learning rate `lr`, penalty λ₁, λ₂ and `t`, the 1-based
 * number of this update. Only optimizers that use the bias corrections pay for the powers.
 */
export function fillCoefficients(
  into: StepCoefficients,
  descriptor: OptimizerDescriptor,
  opt: OptimizerSettings,
  lr: number,
  t: number,
  l1: number,
  l2: number,
): StepCoefficients {
  into.lr = lr;
  into.momentum = opt.momentum;
  into.rho = opt.rho;
  into.beta1 = opt.beta1;
  into.beta2 = opt.beta2;
  into.epsilon = opt.epsilon;
  into.weightDecay = opt.weightDecay;
  into.l1 = l1;
  into.l2 = l2;
  into.c1 = descriptor.biasCorrection ? 1 / (1 - powInt(opt.beta1, t)) : 1;
  into.c2 = descriptor.biasCorrection ? 1 / (1 - powInt(opt.beta2, t)) : 1;
  into.decay = descriptor.decoupledDecay ? 1 - lr * opt.weightDecay : 1;
  return into;
}

/**
 * g = ∂C/∂w + λ₂w + λ₁·sign(w): the gradient an optimizer follows, for one value (the
 * inspector shows it). The update rules write the same sum inline in their loops.
 */
export function penalizedGradient(grad: number, w: number, l1: number, l2: number): number {
  return grad + l2 * w + l1 * Math.sign(w);
}

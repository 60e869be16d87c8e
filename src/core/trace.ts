/**
 * What one traced training step holds, for the step inspector, and how a step can fail. The
 * engine fills these (engine/trace.ts, engine/trainer.ts); the page only reads them.
 */

/** Where a step went non-finite. The parameters and optimizer state are those before the step. */
export interface Divergence {
  /** The 0-based index of the step that diverged (= steps completed before it). */
  step: number;
  /** The layer (1 … L) where the first non-finite or exploding value appeared. */
  layer: number;
  stage: 'forward' | 'loss' | 'gradient';
  /** In English; the page words it from `stage`, `layer` and `value` in its own language. */
  message: string;
  /** The non-finite value a forward-stage divergence produced (NaN, ±Infinity). */
  value?: number;
}

export type StepOutcome = { ok: true } | { ok: false; divergence: Divergence };

/** Everything one sample of the batch went through. Layer-indexed arrays as noted. */
export interface TracedSample {
  /** Index in the training set; −1 for a custom sample (values typed in, not from the set). */
  index: number;
  target: Float64Array;
  /** z⁽ˡ⁾ for l = 0 … L (z⁽⁰⁾ = x), before dropout. */
  z: Float64Array[];
  /** a⁽ˡ⁾ for l = 1 … L at index l−1. */
  a: Float64Array[];
  /** Dropout masks (0 or 1/(1−p)) for l = 0 … L, null where the layer has none. */
  mask: (Float64Array | null)[];
  /** δ⁽ˡ⁾ = ∂C/∂a⁽ˡ⁾ for l = 1 … L at index l−1. */
  delta: Float64Array[];
  /** This sample's cost C. */
  cost: number;
}

export type TraceOp =
  /** a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾ for one sample. */
  | { kind: 'forward-linear'; layer: number; sample: number }
  /** z⁽ˡ⁾ = h(a⁽ˡ⁾) (then ⊙ dropout mask). */
  | { kind: 'forward-activation'; layer: number; sample: number }
  /** The sample's cost. */
  | { kind: 'loss'; sample: number }
  /** δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾. */
  | { kind: 'output-delta'; sample: number }
  /** δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾). */
  | { kind: 'backward-delta'; layer: number; sample: number }
  /** ∂C/∂W⁽ˡ⁾ = mean over the batch of δ⁽ˡ⁾ z⁽ˡ⁻¹⁾ᵀ, ∂C/∂b⁽ˡ⁾ = mean of δ⁽ˡ⁾. */
  | { kind: 'gradients'; layer: number }
  /** The optimizer's update of W⁽ˡ⁾ and b⁽ˡ⁾. */
  | { kind: 'update'; layer: number };

/**
 * One traced step. `Optimizer` is the run's optimizer settings (config/types.ts: OptimizerConfig);
 * the ground floor does not know the config, so the engine and the page name it.
 */
export interface StepTrace<Optimizer = unknown> {
  /** 0-based index of this step (= steps completed before it). */
  step: number;
  epoch: number;
  sizes: number[];
  samples: TracedSample[];
  /** Mean cost over the batch. */
  batchLoss: number;
  /** Batch-mean ∂C/∂W⁽ˡ⁾ and ∂C/∂b⁽ˡ⁾ (without the regularization term), index l−1. */
  weightGrads: Float64Array[];
  biasGrads: Float64Array[];
  /** λ₁, λ₂ of the penalty λ₁Σ|w| + (λ₂/2)Σw² in force. */
  penalty: { l1: number; l2: number };
  learningRate: number;
  optimizer: Optimizer;
  /** Adam's t for this update (1-based). */
  optimizerStep: number;
  weightsBefore: Float64Array[];
  biasesBefore: Float64Array[];
  weightsAfter: Float64Array[];
  biasesAfter: Float64Array[];
  /** Optimizer state per parameter group [W⁽¹⁾, b⁽¹⁾, W⁽²⁾, …]: first (v, G, E or m) and second (Adam's v). */
  stateBefore: { first: Float64Array[]; second: Float64Array[] };
  stateAfter: { first: Float64Array[]; second: Float64Array[] };
  ops: TraceOp[];
  outcome: StepOutcome;
  /** True for a step on hand-picked samples (not the epoch's next mini-batch). */
  handPicked: boolean;
}

/** A sample given by its values: the network's inputs (after features) and encoded targets. */
export interface CustomSample {
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
}

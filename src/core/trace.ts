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
  /**
   * a⁽ˡ⁾ for l = 1 … L at index l−1: what the activation receives, so on a batch-normalized
   * layer y⁽ˡ⁾ = γ·â + β (its a = Wz is in `norm`).
   */
  a: Float64Array[];
  /** Dropout masks (0 or 1/(1−p)) for l = 0 … L, null where the layer has none. */
  mask: (Float64Array | null)[];
  /** δ⁽ˡ⁾ = ∂C/∂a⁽ˡ⁾ for l = 1 … L at index l−1 (on a batch-normalized layer, a = Wz). */
  delta: Float64Array[];
  /** Batch norm of layer l = 1 … L at index l−1, null where the layer has none. */
  norm: (TracedSampleNorm | null)[];
  /** This sample's cost C. */
  cost: number;
}

/** One sample's numbers through a batch-normalized layer (a training step: batch statistics). */
export interface TracedSampleNorm {
  /** a = Wz, before normalization. */
  a: Float64Array;
  /** â = (a − μ_B)/√(σ²_B + ε). */
  hat: Float64Array;
  /** ∂C/∂y = h′(y) ⊙ (Wᵀδ of the layer above) [⊙ dropout mask]: what reached the normalization. */
  dy: Float64Array;
  /**
   * The three terms of ∂C/∂a (the sample's δ): directly through â, γ/√(σ²_B + ε)·∂C/∂y;
   * through σ²_B, ∂C/∂σ²_B·2(a − μ_B)/m; through μ_B, ∂C/∂μ_B/m.
   */
  direct: Float64Array;
  viaVariance: Float64Array;
  viaMean: Float64Array;
}

/** A batch-normalized layer in one traced step. Per neuron. */
export interface TracedNorm {
  /** μ_B, σ²_B (biased) of the batch, and 1/√(σ²_B + ε). */
  mean: Float64Array;
  variance: Float64Array;
  invStd: Float64Array;
  /** ∂C/∂μ_B and ∂C/∂σ²_B, C the sum of the batch's costs (as in δ). */
  meanGrad: Float64Array;
  varianceGrad: Float64Array;
  gammaBefore: Float64Array;
  betaBefore: Float64Array;
  gammaAfter: Float64Array;
  betaAfter: Float64Array;
  /** Batch-mean ∂C/∂γ = (1/m)Σ ∂C/∂y·â and ∂C/∂β = (1/m)Σ ∂C/∂y, as the optimizer used them. */
  gammaGrad: Float64Array;
  betaGrad: Float64Array;
  /** μ_run and σ²_run after the step. */
  runningMean: Float64Array;
  runningVar: Float64Array;
  /** Index of γ's group in the optimizer state (β's is the next). */
  group: number;
}

/**
 * The operations in the order the inspector walks them. Without batch norm each sample goes
 * forward and backward in turn; with it the batch is coupled (μ_B, σ²_B mix the samples), so
 * the walk goes layer by layer, every sample at each layer.
 */
export type TraceOp =
  /** a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾ for one sample. */
  | { kind: 'forward-linear'; layer: number; sample: number }
  /** z⁽ˡ⁾ = h(a⁽ˡ⁾) (then ⊙ dropout mask). */
  | { kind: 'forward-activation'; layer: number; sample: number }
  /** The sample's cost. */
  | { kind: 'loss'; sample: number }
  /** Batch norm: μ_B and σ²_B of layer l over the batch. */
  | { kind: 'norm-statistics'; layer: number }
  /** Batch norm: â = (a − μ_B)/√(σ²_B + ε), y = γ·â + β for one sample. */
  | { kind: 'norm-forward'; layer: number; sample: number }
  /** Batch norm: ∂C/∂γ = Σ ∂C/∂y·â and ∂C/∂β = Σ ∂C/∂y over the batch. */
  | { kind: 'norm-gradients'; layer: number }
  /** Batch norm: ∂C/∂a of one sample from ∂C/∂y, through â, σ²_B and μ_B. */
  | { kind: 'norm-backward'; layer: number; sample: number }
  /** δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾. */
  | { kind: 'output-delta'; sample: number }
  /** δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾); with batch norm this is ∂C/∂y⁽ˡ⁾ (h′ of y). */
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
  /** Batch norm of layer l (index l−1), null where the layer has none. */
  norm: (TracedNorm | null)[];
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

/**
 * The one description of a run. Everything that decides the numbers a run produces lives
 * here: the data, the network, the training settings, the seed and (optionally) explicit
 * initial parameters. The engine, the worker, the UI, the link codec and the replay command
 * all read this type; none of them keeps a second copy of these settings.
 */
import type { OptimizerSettings } from '../core/choices/optimizers';
import type { RegularizationSettings } from '../core/choices/regularizers';

export const HIDDEN_ACTIVATIONS = [
  'linear',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'elu',
] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const OUTPUT_ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'softmax'] as const;
export type OutputActivation = (typeof OUTPUT_ACTIVATIONS)[number];

/** Every activation the engine knows (hidden and output). */
export type ActivationName = HiddenActivation | OutputActivation;

/**
 * Losses, each averaged over the batch.
 * - `mse`: mean over outputs of (ŷ−y)² (the common library convention)
 * - `half-sse`: ½ Σ (ŷ−y)² (the textbook convention; output delta (ŷ−y)·h′(a))
 * - `bce`: binary cross-entropy, only with a sigmoid output (fused, numerically stable)
 * - `cce`: categorical cross-entropy, only with a softmax output (fused, numerically stable)
 */
export const LOSSES = ['mse', 'half-sse', 'bce', 'cce'] as const;
export type LossName = (typeof LOSSES)[number];

export const INITIALIZERS = [
  'zeros',
  'constant',
  'uniform',
  'normal',
  'xavier-uniform',
  'xavier-normal',
  'he-uniform',
  'he-normal',
] as const;
export type InitializerName = (typeof INITIALIZERS)[number];

export { OPTIMIZERS, type OptimizerName } from '../core/choices/optimizers';

export const SCHEDULES = ['constant', 'inverse-time', 'step', 'exponential', 'cyclic'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export { REGULARIZERS, type RegularizerName } from '../core/choices/regularizers';

export const DATASETS = [
  // 2-D classification
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'moons',
  // 4-point logic gates
  'gate-and',
  'gate-or',
  'gate-xor',
  'gate-xnor',
  'gate-nand',
  // 1-D regression
  'sine',
  'abs',
  'step',
  'cubic',
  // 2-D regression
  'plane',
  'bump',
  // tabular / images / user data
  'iris',
  'digits',
  'csv',
] as const;
export type DatasetName = (typeof DATASETS)[number];

/** Input features that can be computed from a 2-D point (x₁, x₂). */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURES)[number];

export const VIEWS = ['network', 'inspector', 'loss', 'gradients', 'output'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface DataConfig {
  dataset: DatasetName;
  /** Points generated in all (train + test); ignored by gates and iris. */
  samples: number;
  /** Noise level, 0 (none) to 1 (heavy); each generator documents its scale. */
  noise: number;
  /** Fraction of the samples held out for testing, 0 to 0.9. */
  testFraction: number;
  /** Number of classes for the spiral (2 or more); other datasets ignore it. */
  classes: number;
  /** Features computed from 2-D inputs; ignored for other input shapes. Never empty. */
  features: FeatureName[];
  /** Standardize every input column to zero mean and unit variance (training statistics). */
  normalize: boolean;
  /** Digits: 28 for the original 28×28 images, 14 for a 2×2-averaged 14×14 variant. */
  digitSize: 14 | 28;
  /** User data for `csv`: numbers, one sample per line, the last `csvTargets` columns targets. */
  csv: string;
  /** How many trailing CSV columns are targets. */
  csvTargets: number;
  /** Whether a single CSV target column holds class labels (0..k-1) or real values. */
  csvTask: 'regression' | 'classification';
}

export interface LayerConfig {
  size: number;
  activation: HiddenActivation;
  bias: boolean;
  /** Dropout probability during training (inverted scaling; off at evaluation). 0 = none. */
  dropout: number;
}

export interface OutputLayerConfig {
  activation: OutputActivation;
  bias: boolean;
}

export interface InitConfig {
  kind: InitializerName;
  /** The constant c, the uniform half-width r, or the normal σ; unused by the others. */
  scale: number;
}

export interface NetworkConfig {
  /** Hidden layers from input to output (0 to 10). Input and output widths come from the data. */
  hidden: LayerConfig[];
  output: OutputLayerConfig;
  loss: LossName;
  init: InitConfig;
  /** Slope of Leaky ReLU for negative inputs. */
  leakySlope: number;
  /** α of ELU: h(a) = α(eᵃ − 1) for a < 0. */
  eluAlpha: number;
}

/**
 * The optimizer, its learning rate η and its hyper-parameters (momentum μ, RMSprop's ρ, Adam's
 * β₁ β₂, ε, AdamW's weight decay wd): one entry each in src/core/choices/optimizers/hyper.ts.
 */
export type OptimizerConfig = OptimizerSettings;

export interface ScheduleConfig {
  kind: ScheduleName;
  /** Inverse-time decay d: η = η₀ / (1 + d·epoch). */
  decay: number;
  /** Step decay and exponential decay factor γ: η = η₀ γ^⌊epoch/every⌋, η = η₀ γ^epoch. */
  gamma: number;
  /** Step decay: epochs between two drops. */
  every: number;
  /** Cyclic (triangular): the lowest learning rate; the highest is the learning rate itself. */
  cycleLow: number;
  /** Cyclic: training steps in one full cycle (low → high → low). */
  cycleSteps: number;
}

/** The penalty on the weights: see src/core/choices/regularizers.ts. */
export type RegularizationConfig = RegularizationSettings;

export interface TrainingConfig {
  optimizer: OptimizerConfig;
  schedule: ScheduleConfig;
  /** Samples per mini-batch; clamped to the training-set size at run time. */
  batchSize: number;
  regularization: RegularizationConfig;
}

/**
 * Explicit initial parameters, overriding the initializer. `weights[l]` holds layer l+1's
 * matrix W⁽ˡ⁺¹⁾ row-major: entry j·nIn + i is w⁽ˡ⁺¹⁾ⱼᵢ, from neuron i of the previous layer
 * to neuron j. `biases[l]` holds b⁽ˡ⁺¹⁾ (zeros where the layer has no bias).
 */
export interface InitialParams {
  weights: number[][];
  biases: number[][];
}

/** Where a shared link opens: trained to `step`, showing `view`, focused on a sample. */
export interface OpenAt {
  step: number;
  view: ViewName;
  /** Index of the focus sample in the training set. */
  focusSample: number;
}

/** Training settings that may change between two steps (everything else defines a new run). */
export const LIVE_SETTINGS = [
  'training.optimizer.kind',
  'training.optimizer.learningRate',
  'training.optimizer.momentum',
  'training.optimizer.rho',
  'training.optimizer.beta1',
  'training.optimizer.beta2',
  'training.optimizer.epsilon',
  'training.optimizer.weightDecay',
  'training.schedule.kind',
  'training.schedule.decay',
  'training.schedule.gamma',
  'training.schedule.every',
  'training.schedule.cycleLow',
  'training.schedule.cycleSteps',
  'training.regularization.kind',
  'training.regularization.rate',
  'training.regularization.l1Ratio',
] as const;
export type LiveSetting = (typeof LIVE_SETTINGS)[number];

/**
 * Something the user changed while training, with the number of steps done when it took
 * effect. A run replays its changes at the same steps, so a link shared after a live
 * learning-rate change or a weight edit still reproduces the run exactly.
 */
export type LiveChange =
  | { step: number; kind: 'setting'; path: LiveSetting; value: number | string }
  /** w⁽ˡᵃʸᵉʳ⁾ₜₒ,fᵣₒₘ ← value (layer 1-based). */
  | { step: number; kind: 'weight'; layer: number; to: number; from: number; value: number }
  | { step: number; kind: 'bias'; layer: number; to: number; value: number }
  /** The step after `step` steps trained on these training samples, not the next mini-batch. */
  | { step: number; kind: 'samples'; samples: number[] }
  /** … on one typed-in sample: its network inputs and targets, exactly as encoded. */
  | { step: number; kind: 'custom'; inputs: number[]; targets: number[] };

export interface RunConfig {
  /** Seeds every random choice: data, initialization, shuffling, dropout. 0 to 2³²−1. */
  seed: number;
  data: DataConfig;
  network: NetworkConfig;
  training: TrainingConfig;
  initialParams: InitialParams | null;
  /** Live changes in step order; `training` holds the settings at step 0. */
  changes: LiveChange[];
  open: OpenAt;
}

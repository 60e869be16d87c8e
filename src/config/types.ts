/**
 * The one description of a run. Everything that decides the numbers a run produces lives
 * here: the data, the network, the training settings, the seed and (optionally) explicit
 * initial parameters. The engine, the worker, the UI, the link codec and the replay command
 * all read this type; none of them keeps a second copy of these settings.
 */
import type { HiddenActivation, OutputActivation } from '../core/choices/activations';
import type { DatasetName } from '../core/choices/datasets';
import type { MathsVersion } from '../core/detmath';
import type { InitializerName } from '../core/choices/initializers';
import type { LossName } from '../core/choices/losses';
import type { OptimizerSettings } from '../core/choices/optimizers';
import type { RegularizationSettings } from '../core/choices/regularizers';
import type { ScheduleSettings } from '../core/choices/schedules';

export {
  HIDDEN_ACTIVATIONS,
  OUTPUT_ACTIVATIONS,
  type ActivationName,
  type HiddenActivation,
  type OutputActivation,
} from '../core/choices/activations';

export { LOSSES, type LossName } from '../core/choices/losses';

export { INITIALIZERS, type InitializerName } from '../core/choices/initializers';

export { OPTIMIZERS, type OptimizerName } from '../core/choices/optimizers';

export { SCHEDULES, type ScheduleName } from '../core/choices/schedules';

export { REGULARIZERS, type RegularizerName } from '../core/choices/regularizers';

export { DATASETS, type DatasetName } from '../core/choices/datasets';

/** Input features that can be computed from a 2-D point (x₁, x₂). */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURES)[number];

export const VIEWS = ['network', 'inspector', 'loss', 'gradients', 'output', 'graph'] as const;
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
  /**
   * Batch normalization of the pre-activation (`_n`); the bias is off while it is on. Absent
   * means off, so configs written before it existed keep their meaning.
   */
  batchNorm?: boolean;
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

/** The learning-rate schedule and its settings: see src/core/choices/schedules.ts. */
export type ScheduleConfig = ScheduleSettings;

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
  /**
   * The step inspector open on the step after `step` (the next mini-batch) at this operation,
   * counted from 1; 0: not inspecting. A shared link shows the same formula with its numbers.
   */
  inspectOp: number;
  /** The computational-graph view: its expression (see src/core/scalarGraph). */
  graphExpression: string;
  /** Its variables' values, in order of first appearance, separated by ','. */
  graphValues: string;
  /** How many backward steps its walk has taken. */
  graphStep: number;
}

/**
 * The settings that may change between two training steps: every field of the optimizer, the
 * schedule and the regularization (everything else defines a new run). The field table marks
 * exactly these rows `live`, and LIVE_SETTINGS (fields.ts) lists them at run time.
 */
export type LiveSetting =
  | `training.optimizer.${keyof OptimizerConfig & string}`
  | `training.schedule.${keyof ScheduleConfig & string}`
  | `training.regularization.${keyof RegularizationConfig & string}`;

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
  /**
   * Which version of the engine's elementary functions the run computes with (MathsVersion in
   * src/core/detmath.ts): 1 for every link written before `v=2`, so that those runs keep their
   * bits. A link carries it as its format version `v`; a config without it gets the current one.
   */
  mathsVersion: MathsVersion;
}

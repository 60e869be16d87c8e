/**
 * Every field of a RunConfig with its human label and its rules, in ONE table. The validator
 * enforces these rules, the link codec reads the kinds to parse text, and the controls use
 * the labels as accessible names and the ranges for their inputs — so a range changes in one
 * place. Defaults are not repeated here: they come from `defaultConfig()` at the same path.
 *
 * Order matters: a field whose range depends on another (samples on the dataset, the cyclic
 * low learning rate on the learning rate) comes after it, because the validator walks the
 * table in order and hands each dynamic range the config validated so far.
 */
import { defaultLayer } from './defaults';
import { LIMITS } from './limits';
import {
  DATASETS,
  FEATURES,
  HIDDEN_ACTIVATIONS,
  INITIALIZERS,
  LOSSES,
  OPTIMIZERS,
  OUTPUT_ACTIVATIONS,
  REGULARIZERS,
  SCHEDULES,
  VIEWS,
  type LayerConfig,
  type LossName,
  type OutputActivation,
  type RunConfig,
} from './types';

interface BaseSpec {
  /** Dotted path into RunConfig, e.g. 'training.optimizer.learningRate'. */
  path: string;
  /** Accessible name of the control, e.g. 'Learning rate'. Messages use it in a sentence. */
  label: string;
}

/** A bound computed from fields validated earlier; `name` replaces "the limit" in messages. */
export interface DynamicRange {
  min: number;
  max: number;
  maxName?: string;
}

export interface NumberSpec extends BaseSpec {
  kind: 'number';
  min: number;
  /** `Infinity` means no upper bound beyond being finite. */
  max: number;
  integer: boolean;
  /**
   * An exclusive bound cannot be clamped to (there is no "largest number below 1"), so a value
   * outside it falls back to the default instead.
   */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Narrows [min, max] using fields validated before this one. */
  range?: (config: RunConfig) => DynamicRange;
  /** The narrower range in words, for hints and documentation. */
  rangeNote?: string;
}

export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  choices: readonly (string | number)[];
}

export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
}

/** A non-empty list of distinct entries from `choices`, in the order given (order is meaningful). */
export interface SubsetSpec extends BaseSpec {
  kind: 'subset';
  choices: readonly string[];
}

export interface TextSpec extends BaseSpec {
  kind: 'text';
  maxLength: number;
}

/** The hidden layers; each layer's own fields are in LAYER_FIELD_SPECS. */
export interface LayersSpec extends BaseSpec {
  kind: 'layers';
  maxCount: number;
}

/** Explicit initial parameters; checked structurally (see initialParams.ts). */
export interface ParamsSpec extends BaseSpec {
  kind: 'params';
}

export type FieldSpec =
  NumberSpec | ChoiceSpec | BooleanSpec | SubsetSpec | TextSpec | LayersSpec | ParamsSpec;

/** The unit interval without 1, for decay coefficients that must stay below one. */
const BELOW_ONE = { min: 0, max: 1, maxExclusive: true } as const;

/** The largest training set any dataset can produce (digits), for the focus sample. */
const MOST_SAMPLES = Math.max(LIMITS.samples.max, LIMITS.digitSamples.max, LIMITS.csvRows);

/** Digits come from a bundled set with its own size range; everything else is generated. */
export function sampleRange(dataset: string): DynamicRange {
  return dataset === 'digits' ? { ...LIMITS.digitSamples } : { ...LIMITS.samples };
}

export const FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'seed', label: 'Seed', kind: 'number', integer: true, ...LIMITS.seed },

  { path: 'data.dataset', label: 'Dataset', kind: 'choice', choices: DATASETS },
  {
    path: 'data.samples',
    label: 'Samples',
    kind: 'number',
    integer: true,
    min: Math.min(LIMITS.samples.min, LIMITS.digitSamples.min),
    max: Math.max(LIMITS.samples.max, LIMITS.digitSamples.max),
    range: (config) => sampleRange(config.data.dataset),
    rangeNote: `digits ${LIMITS.digitSamples.min} to ${LIMITS.digitSamples.max}, other datasets ${LIMITS.samples.min} to ${LIMITS.samples.max}`,
  },
  { path: 'data.noise', label: 'Noise', kind: 'number', integer: false, ...LIMITS.noise },
  {
    path: 'data.testFraction',
    label: 'Test fraction',
    kind: 'number',
    integer: false,
    ...LIMITS.testFraction,
  },
  {
    path: 'data.classes',
    label: 'Classes',
    kind: 'number',
    integer: true,
    ...LIMITS.spiralClasses,
  },
  { path: 'data.features', label: 'Features', kind: 'subset', choices: FEATURES },
  { path: 'data.normalize', label: 'Normalize inputs', kind: 'boolean' },
  { path: 'data.digitSize', label: 'Digit size', kind: 'choice', choices: [14, 28] },
  { path: 'data.csv', label: 'CSV data', kind: 'text', maxLength: LIMITS.csvChars },
  {
    path: 'data.csvTargets',
    label: 'CSV target columns',
    kind: 'number',
    integer: true,
    min: 1,
    max: 10,
  },
  {
    path: 'data.csvTask',
    label: 'CSV task',
    kind: 'choice',
    choices: ['regression', 'classification'],
  },

  { path: 'network.hidden', label: 'Hidden layers', kind: 'layers', maxCount: LIMITS.hiddenLayers },
  {
    path: 'network.output.activation',
    label: 'Output activation',
    kind: 'choice',
    choices: OUTPUT_ACTIVATIONS,
  },
  { path: 'network.output.bias', label: 'Output bias', kind: 'boolean' },
  { path: 'network.loss', label: 'Loss', kind: 'choice', choices: LOSSES },
  { path: 'network.init.kind', label: 'Initialization', kind: 'choice', choices: INITIALIZERS },
  {
    path: 'network.init.scale',
    label: 'Initialization scale',
    kind: 'number',
    integer: false,
    min: 0,
    max: 10,
  },
  {
    path: 'network.leakySlope',
    label: 'Leaky ReLU slope',
    kind: 'number',
    integer: false,
    min: 0,
    max: 1,
  },
  { path: 'network.eluAlpha', label: 'ELU alpha', kind: 'number', integer: false, min: 0, max: 10 },

  { path: 'training.optimizer.kind', label: 'Optimizer', kind: 'choice', choices: OPTIMIZERS },
  {
    path: 'training.optimizer.learningRate',
    label: 'Learning rate',
    kind: 'number',
    integer: false,
    ...LIMITS.learningRate,
  },
  {
    path: 'training.optimizer.momentum',
    label: 'Momentum',
    kind: 'number',
    integer: false,
    ...BELOW_ONE,
  },
  {
    path: 'training.optimizer.rho',
    label: 'Rho (RMSprop)',
    kind: 'number',
    integer: false,
    ...BELOW_ONE,
  },
  {
    path: 'training.optimizer.beta1',
    label: 'Beta 1 (Adam)',
    kind: 'number',
    integer: false,
    ...BELOW_ONE,
  },
  {
    path: 'training.optimizer.beta2',
    label: 'Beta 2 (Adam)',
    kind: 'number',
    integer: false,
    ...BELOW_ONE,
  },
  {
    path: 'training.optimizer.epsilon',
    label: 'Epsilon',
    kind: 'number',
    integer: false,
    min: 0,
    minExclusive: true,
    max: 1,
  },
  {
    path: 'training.optimizer.weightDecay',
    label: 'Weight decay (AdamW)',
    kind: 'number',
    integer: false,
    min: 0,
    max: 1,
  },

  {
    path: 'training.schedule.kind',
    label: 'Learning-rate schedule',
    kind: 'choice',
    choices: SCHEDULES,
  },
  {
    path: 'training.schedule.decay',
    label: 'Decay',
    kind: 'number',
    integer: false,
    min: 0,
    max: Infinity,
  },
  {
    path: 'training.schedule.gamma',
    label: 'Decay factor gamma',
    kind: 'number',
    integer: false,
    min: 0,
    minExclusive: true,
    max: 1,
  },
  {
    path: 'training.schedule.every',
    label: 'Drop every (epochs)',
    kind: 'number',
    integer: true,
    min: 1,
    max: LIMITS.openStep,
  },
  {
    path: 'training.schedule.cycleLow',
    label: 'Lowest learning rate (cyclic)',
    kind: 'number',
    integer: false,
    ...LIMITS.learningRate,
    // The triangle runs from cycleLow up to the learning rate, so it cannot start above it.
    range: (config) => ({
      min: 0,
      max: config.training.optimizer.learningRate,
      maxName: 'the learning rate',
    }),
    rangeNote: 'at most the learning rate',
  },
  {
    path: 'training.schedule.cycleSteps',
    label: 'Cycle length (steps)',
    kind: 'number',
    integer: true,
    // Two steps is the shortest cycle that goes up and comes back down.
    min: 2,
    max: LIMITS.openStep,
  },

  {
    path: 'training.batchSize',
    label: 'Batch size',
    kind: 'number',
    integer: true,
    ...LIMITS.batchSize,
  },
  {
    path: 'training.regularization.kind',
    label: 'Regularization',
    kind: 'choice',
    choices: REGULARIZERS,
  },
  {
    path: 'training.regularization.rate',
    label: 'Regularization rate',
    kind: 'number',
    integer: false,
    min: 0,
    max: 10,
  },
  {
    path: 'training.regularization.l1Ratio',
    label: 'L1 ratio',
    kind: 'number',
    integer: false,
    min: 0,
    max: 1,
  },

  { path: 'initialParams', label: 'Initial parameters', kind: 'params' },

  {
    path: 'open.step',
    label: 'Open at step',
    kind: 'number',
    integer: true,
    min: 0,
    max: LIMITS.openStep,
  },
  { path: 'open.view', label: 'Open view', kind: 'choice', choices: VIEWS },
  {
    path: 'open.focusSample',
    label: 'Focus sample',
    kind: 'number',
    integer: true,
    min: 0,
    max: MOST_SAMPLES,
  },
];

/** The rules for one hidden layer's fields; paths are relative to the layer. */
export const LAYER_FIELD_SPECS: readonly (NumberSpec | ChoiceSpec | BooleanSpec)[] = [
  { path: 'size', label: 'Width', kind: 'number', integer: true, min: 1, max: LIMITS.hiddenWidth },
  { path: 'activation', label: 'Activation', kind: 'choice', choices: HIDDEN_ACTIVATIONS },
  { path: 'bias', label: 'Bias', kind: 'boolean' },
  { path: 'dropout', label: 'Dropout', kind: 'number', integer: false, min: 0, max: 0.95 },
];

/**
 * What a missing or unreadable layer field falls back to: the layer the controls add. It is
 * one fixed layer rather than "the default network's layer at the same index", so a message
 * can always say exactly what was used.
 */
export const NEW_LAYER: Readonly<LayerConfig> = defaultLayer(4);

/** Losses fused with one output activation; the others work with any output. */
export const LOSS_NEEDS_OUTPUT: Readonly<Partial<Record<LossName, OutputActivation>>> = {
  cce: 'softmax',
  bce: 'sigmoid',
};

/** Structural limits on explicit initial parameters (their exact shape needs the data). */
export const PARAMS_LIMITS = {
  /** Weight matrices: one per hidden layer plus the output layer. */
  layers: LIMITS.hiddenLayers + 1,
  /** The largest matrix: the widest input into the widest hidden layer. */
  perLayer: LIMITS.inputWidth * LIMITS.hiddenWidth,
  /** All weights and biases together. */
  total: 300_000,
} as const;

export function fieldSpec(path: string): FieldSpec | undefined {
  return FIELD_SPECS.find((spec) => spec.path === path);
}

/**
 * How each choice reads in the panel (the config keeps the short ids the links use): the
 * labels and formulas of the choice descriptors in src/core/choices, keyed by name.
 */
import { OPTIMIZER_DESCRIPTORS } from '../../core/choices/optimizers';
import { REGULARIZER_DESCRIPTORS } from '../../core/choices/regularizers';
import type { ChoiceWords } from '../../core/choices/rules';
import type {
  HiddenActivation,
  InitializerName,
  LossName,
  OutputActivation,
  ScheduleName,
} from '../../config/types';
import type { DatasetKind } from '../../data/types';

function labelsOf<N extends string>(descriptors: { readonly [K in N]: ChoiceWords<K> }): Record<
  N,
  string
> {
  const out = {} as Record<N, string>;
  for (const name of Object.keys(descriptors) as N[]) out[name] = descriptors[name].label;
  return out;
}

function formulasOf<N extends string>(descriptors: { readonly [K in N]: ChoiceWords<K> }): Record<
  N,
  string
> {
  const out = {} as Record<N, string>;
  for (const name of Object.keys(descriptors) as N[]) out[name] = descriptors[name].formula;
  return out;
}

export const ACTIVATION_LABELS: Record<HiddenActivation | OutputActivation, string> = {
  linear: 'Linear',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  'leaky-relu': 'Leaky ReLU',
  elu: 'ELU',
  softmax: 'Softmax',
};

export const LOSS_LABELS: Record<LossName, string> = {
  mse: 'Mean squared error (MSE)',
  'half-sse': 'Half sum of squares (½ SSE)',
  bce: 'Binary cross-entropy',
  cce: 'Categorical cross-entropy',
};

/** Each loss for one sample, averaged over the batch (ŷ the output, y the target, n outputs). */
export const LOSS_FORMULAS: Record<LossName, string> = {
  mse: 'C = (1/n) Σ (ŷ − y)²',
  'half-sse': 'C = ½ Σ (ŷ − y)², so δ = (ŷ − y) · h′(a)',
  bce: 'C = −y ln ŷ − (1 − y) ln(1 − ŷ), with a sigmoid output',
  cce: 'C = −Σ y ln ŷ, with a softmax output',
};

/** The loss inside a sentence. */
export const LOSS_NAMES: Record<LossName, string> = {
  mse: 'mean squared error',
  'half-sse': 'half the sum of squared errors',
  bce: 'binary cross-entropy',
  cce: 'categorical cross-entropy',
};

export const INITIALIZER_LABELS: Record<InitializerName, string> = {
  zeros: 'Zeros',
  constant: 'Constant c',
  uniform: 'Uniform ±r',
  normal: 'Normal σ',
  'xavier-uniform': 'Xavier uniform',
  'xavier-normal': 'Xavier normal',
  'he-uniform': 'He uniform',
  'he-normal': 'He normal',
};

export const OPTIMIZER_LABELS = labelsOf(OPTIMIZER_DESCRIPTORS);

export const SCHEDULE_LABELS: Record<ScheduleName, string> = {
  constant: 'Constant',
  'inverse-time': 'Inverse-time decay',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cyclic: 'Cyclic (triangular)',
};

/** The schedule's rule in the course's notation, η₀ being the learning rate. */
export const SCHEDULE_FORMULAS: Record<ScheduleName, string> = {
  constant: 'η stays η₀.',
  'inverse-time': 'η = η₀ / (1 + d · epoch)',
  step: 'η = η₀ · γ^⌊epoch / every⌋',
  exponential: 'η = η₀ · γ^epoch',
  cyclic: 'η goes from the lowest rate up to η₀ and back, once per cycle.',
};

export const REGULARIZER_LABELS = labelsOf(REGULARIZER_DESCRIPTORS);

export const REGULARIZER_FORMULAS = formulasOf(REGULARIZER_DESCRIPTORS);

/** The dataset menu's groups, in menu order. */
export const DATASET_GROUPS: readonly { label: string; kinds: readonly DatasetKind[] }[] = [
  { label: '2-D classification', kinds: ['classification-2d'] },
  { label: 'Logic gates', kinds: ['gate'] },
  { label: 'Regression 1-D', kinds: ['regression-1d'] },
  { label: 'Regression 2-D', kinds: ['regression-2d'] },
  { label: 'Tables and images', kinds: ['iris', 'digits'] },
  { label: 'Your own data', kinds: ['csv'] },
];

export const DIGIT_SIZE_LABELS: Record<14 | 28, string> = {
  14: '14 × 14',
  28: '28 × 28',
};

export const CSV_TASK_LABELS: Record<'regression' | 'classification', string> = {
  regression: 'Regression',
  classification: 'Classification',
};

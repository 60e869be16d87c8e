/**
 * How each choice reads in the panel (the config keeps the short ids the links use): a key of
 * the ui catalogue, or a proper name that reads the same in every language (ReLU, Adam). The
 * formulas of the choice descriptors in src/core/choices stay as they are, unless they carry
 * words.
 */
import { OPTIMIZER_DESCRIPTORS } from '../../core/choices/optimizers';
import { REGULARIZER_DESCRIPTORS } from '../../core/choices/regularizers';
import { SCHEDULE_DESCRIPTORS } from '../../core/choices/schedules';
import type { Translate } from '../../core/i18n';
import type {
  HiddenActivation,
  InitializerName,
  LossName,
  OptimizerName,
  OutputActivation,
  RegularizerName,
  ScheduleName,
} from '../../config/types';
import type { DatasetKind } from '../../data/types';
import type { PlainKey } from '../shared/useT';

/** A catalogue key, or a name kept as it is in every language. */
export type Label = PlainKey | { readonly verbatim: string };

export function labelText(label: Label, t: Translate): string {
  return typeof label === 'string' ? t(label) : label.verbatim;
}

const as = (verbatim: string): Label => ({ verbatim });

export const ACTIVATION_LABELS: Record<HiddenActivation | OutputActivation, Label> = {
  linear: 'choice.activation.linear',
  sigmoid: 'choice.activation.sigmoid',
  tanh: as('tanh'),
  relu: as('ReLU'),
  'leaky-relu': as('Leaky ReLU'),
  elu: as('ELU'),
  softmax: 'choice.activation.softmax',
};

/** An output activation inside a sentence ("a softmax output"). */
export const OUTPUT_NAMES: Record<OutputActivation, Label> = {
  linear: 'choice.outputName.linear',
  sigmoid: 'choice.outputName.sigmoid',
  tanh: as('tanh'),
  softmax: 'choice.outputName.softmax',
};

/** Any activation inside a sentence or a caption ("4 tanh", "1 sigmoid", "은닉층 4-2 선형"). */
export const ACTIVATION_NAMES: Record<HiddenActivation | OutputActivation, Label> = {
  ...OUTPUT_NAMES,
  relu: as('ReLU'),
  'leaky-relu': as('Leaky ReLU'),
  elu: as('ELU'),
};

const NAMES_BY_ID: Readonly<Record<string, Label | undefined>> = ACTIVATION_NAMES;

/** An activation's name from its id ('linear' → 'linear' or '선형'); an unknown id as it is. */
export function activationName(name: string, t: Translate): string {
  const label = NAMES_BY_ID[name];
  return label === undefined ? name : labelText(label, t);
}

export const LOSS_LABELS: Record<LossName, Label> = {
  mse: 'choice.loss.mse',
  'half-sse': 'choice.loss.half-sse',
  bce: 'choice.loss.bce',
  cce: 'choice.loss.cce',
};

/** Each loss for one sample, averaged over the batch (ŷ the output, y the target, n outputs). */
export const LOSS_FORMULAS: Record<LossName, Label> = {
  mse: as('C = (1/n) Σ (ŷ − y)²'),
  'half-sse': 'choice.lossFormula.half-sse',
  bce: 'choice.lossFormula.bce',
  cce: 'choice.lossFormula.cce',
};

/** The loss inside a sentence. */
export const LOSS_NAMES: Record<LossName, PlainKey> = {
  mse: 'choice.lossName.mse',
  'half-sse': 'choice.lossName.half-sse',
  bce: 'choice.lossName.bce',
  cce: 'choice.lossName.cce',
};

export const INITIALIZER_LABELS: Record<InitializerName, Label> = {
  zeros: 'choice.init.zeros',
  constant: 'choice.init.constant',
  uniform: 'choice.init.uniform',
  normal: 'choice.init.normal',
  'xavier-uniform': 'choice.init.xavier-uniform',
  'xavier-normal': 'choice.init.xavier-normal',
  'he-uniform': 'choice.init.he-uniform',
  'he-normal': 'choice.init.he-normal',
};

/** Each initializer's rule, and why one would pick it. */
export const INIT_RULES: Record<InitializerName, PlainKey> = {
  zeros: 'choice.initRule.zeros',
  constant: 'choice.initRule.constant',
  uniform: 'choice.initRule.uniform',
  normal: 'choice.initRule.normal',
  'xavier-uniform': 'choice.initRule.xavier',
  'xavier-normal': 'choice.initRule.xavier',
  'he-uniform': 'choice.initRule.he',
  'he-normal': 'choice.initRule.he',
};

/** Optimizers are named after their papers; only momentum is a word. */
export const OPTIMIZER_LABELS: Record<OptimizerName, Label> = {
  ...namesOf(OPTIMIZER_DESCRIPTORS),
  momentum: 'choice.optimizer.momentum',
};

export const SCHEDULE_LABELS: Record<ScheduleName, Label> = {
  constant: 'choice.schedule.constant',
  'inverse-time': 'choice.schedule.inverse-time',
  compound: 'choice.schedule.compound',
  step: 'choice.schedule.step',
  exponential: 'choice.schedule.exponential',
  cyclic: 'choice.schedule.cyclic',
};

/** The schedule's rule in the course's notation, η₀ being the learning rate. */
export const SCHEDULE_FORMULAS: Record<ScheduleName, Label> = {
  ...formulasOf(SCHEDULE_DESCRIPTORS),
  constant: 'choice.scheduleFormula.constant',
  cyclic: 'choice.scheduleFormula.cyclic',
};

export const REGULARIZER_LABELS: Record<RegularizerName, Label> = {
  ...namesOf(REGULARIZER_DESCRIPTORS),
  none: 'choice.regularizer.none',
  elastic: 'choice.regularizer.elastic',
};

export const REGULARIZER_FORMULAS: Record<RegularizerName, Label> = {
  none: 'choice.regularizerFormula.none',
  l1: 'choice.regularizerFormula.l1',
  l2: 'choice.regularizerFormula.l2',
  elastic: 'choice.regularizerFormula.elastic',
};

/** The dataset menu's groups, in menu order. */
export const DATASET_GROUPS: readonly { label: PlainKey; kinds: readonly DatasetKind[] }[] = [
  { label: 'dataset.group.classification', kinds: ['classification-2d'] },
  { label: 'dataset.group.gates', kinds: ['gate'] },
  { label: 'dataset.group.regression1d', kinds: ['regression-1d'] },
  { label: 'dataset.group.regression2d', kinds: ['regression-2d'] },
  { label: 'dataset.group.tables', kinds: ['iris', 'digits'] },
  { label: 'dataset.group.own', kinds: ['csv'] },
];

export const DIGIT_SIZE_LABELS: Record<14 | 28, Label> = {
  14: 'choice.digitSize.14',
  28: 'choice.digitSize.28',
};

export const CSV_TASK_LABELS: Record<'regression' | 'classification', Label> = {
  regression: 'choice.csvTask.regression',
  classification: 'choice.csvTask.classification',
};

/** The descriptors' labels, as proper names. */
function namesOf<N extends string>(descriptors: {
  readonly [K in N]: { readonly label: string };
}): Record<N, Label> {
  const out = {} as Record<N, Label>;
  for (const name of Object.keys(descriptors) as N[]) out[name] = as(descriptors[name].label);
  return out;
}

/** The descriptors' formulas, which are symbols only unless overridden above. */
function formulasOf<N extends string>(descriptors: {
  readonly [K in N]: { readonly formula: string };
}): Record<N, Label> {
  const out = {} as Record<N, Label>;
  for (const name of Object.keys(descriptors) as N[]) out[name] = as(descriptors[name].formula);
  return out;
}

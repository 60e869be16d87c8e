/**
 * Every setting of a RunConfig, ONE row each: its path, link key, label, rules, when a change
 * takes effect, symbol and control. The link keys, the live settings, their symbols, the
 * validator's rules and the controls' ranges are all read from here (see fields.ts).
 * Defaults are not repeated: they come from `defaultConfig()` at the same path.
 *
 * Order matters twice: a field whose range depends on another (samples on the dataset, the
 * cyclic low learning rate on the learning rate) comes after it, because the validator walks
 * the table in order; and links write their keys in this order.
 */
import { OPTIMIZER_HYPERS, OPTIMIZER_HYPER_NAMES } from '../core/choices/optimizers';
import { REGULARIZER_HYPERS, type RegularizerHyperName } from '../core/choices/regularizers';
import type { HyperParam } from '../core/choices/rules';
import type { ControlKind, DynamicRange, FieldSpec, NumberSpec, SettingRow } from './fieldTypes';
import { msg } from '../core/i18n/message';
import { GRAPH_LIMITS } from '../core/scalarGraph';
import { LIMITS } from './limits';
import { GRAPH_VALUES_CHARS } from './scalarGraph';
import type { ConfigPath } from './paths';
import {
  DATASETS,
  FEATURES,
  INITIALIZERS,
  LOSSES,
  OPTIMIZERS,
  OUTPUT_ACTIVATIONS,
  REGULARIZERS,
  SCHEDULES,
  VIEWS,
} from './types';

/** The largest training set any dataset can produce (digits), for the focus sample. */
const MOST_SAMPLES = Math.max(LIMITS.samples.max, LIMITS.digitSamples.max, LIMITS.csvRows);

/** Digits come from a bundled set with its own size range; everything else is generated. */
export function sampleRange(dataset: string): DynamicRange {
  return dataset === 'digits' ? { ...LIMITS.digitSamples } : { ...LIMITS.samples };
}

/** A field's rules without its path and label (which the row gives). */
type Rule = FieldSpec extends infer S
  ? S extends FieldSpec
    ? Omit<S, 'path' | 'label'>
    : never
  : never;
type Extra = Partial<Pick<SettingRow, 'shape' | 'control'>>;

const CONTROLS: Record<FieldSpec['kind'], ControlKind> = {
  number: 'number',
  choice: 'select',
  boolean: 'checkbox',
  subset: 'checklist',
  text: 'text',
  layers: 'layers',
  params: 'none',
};

type NumberRule = Omit<NumberSpec, 'path' | 'label'>;
const real = (range: { min: number; max: number }): NumberRule => ({
  kind: 'number',
  integer: false,
  ...range,
});
const whole = (range: { min: number; max: number }): NumberRule => ({
  kind: 'number',
  integer: true,
  ...range,
});
const oneOf = (choices: readonly (string | number)[]): Rule => ({ kind: 'choice', choices });
const onOff: Rule = { kind: 'boolean' };

/** A setting that starts a new run when it changes. */
function restart(
  path: ConfigPath,
  key: string,
  label: string,
  rule: Rule,
  extra: Extra = {},
): SettingRow {
  return {
    path,
    key,
    label,
    change: 'restart',
    control: CONTROLS[rule.kind],
    ...rule,
    ...extra,
  } as SettingRow;
}

/** A setting that applies between two training steps; `symbol` marks its changes on the curve. */
function live(
  path: ConfigPath,
  key: string,
  label: string,
  symbol: string,
  rule: Rule,
  extra: Extra = {},
): SettingRow {
  return {
    path,
    key,
    label,
    symbol,
    change: 'live',
    control: CONTROLS[rule.kind],
    ...rule,
    ...extra,
  } as SettingRow;
}

/** A live hyper-parameter from a choice descriptor's table. */
function hyper(path: ConfigPath, h: HyperParam): SettingRow {
  return live(path, h.linkKey, h.label, h.symbol, { kind: 'number', ...h.rule });
}

/** Where a link opens: never changes a run. */
function opens(path: ConfigPath, key: string, label: string, rule: Rule): SettingRow {
  return { path, key, label, change: 'opens', control: 'none', ...rule } as SettingRow;
}

const shape: Extra = { shape: true };

/**
 * A bound on a link's operation number (a step of the default network has 106 operations; one
 * of a 1 000-sample run's whole training set through 10 layers, 17 022). The page clamps it to
 * the traced step's last operation.
 */
const INSPECT_OPS = 100_000;

/** The computational-graph view's expression, values and backward position (scalarGraph.ts). */
const GRAPH_ROWS: readonly SettingRow[] = [
  opens('open.graphExpression', 'gx', 'Graph expression', {
    kind: 'text',
    maxLength: GRAPH_LIMITS.chars,
  }),
  opens('open.graphValues', 'gv', 'Graph values', { kind: 'text', maxLength: GRAPH_VALUES_CHARS }),
  opens('open.graphStep', 'gb', 'Graph backward step', whole({ min: 0, max: GRAPH_LIMITS.nodes })),
];

const DATA_ROWS: readonly SettingRow[] = [
  restart('data.dataset', 'ds', 'Dataset', oneOf(DATASETS), shape),
  restart('data.samples', 'n', 'Samples', {
    ...whole({
      min: Math.min(LIMITS.samples.min, LIMITS.digitSamples.min),
      max: Math.max(LIMITS.samples.max, LIMITS.digitSamples.max),
    }),
    range: (config) => sampleRange(config.data.dataset),
    rangeNote: `digits ${LIMITS.digitSamples.min} to ${LIMITS.digitSamples.max}, other datasets ${LIMITS.samples.min} to ${LIMITS.samples.max}`,
  }),
  restart('data.noise', 'noise', 'Noise', real(LIMITS.noise)),
  restart('data.testFraction', 'test', 'Test fraction', real(LIMITS.testFraction)),
  restart('data.classes', 'cls', 'Classes', whole(LIMITS.spiralClasses), shape),
  restart('data.features', 'f', 'Features', { kind: 'subset', choices: FEATURES }, shape),
  restart('data.normalize', 'norm', 'Normalize inputs', onOff),
  restart('data.digitSize', 'px', 'Digit size', oneOf([14, 28]), shape),
  restart('data.csv', 'csv', 'CSV data', { kind: 'text', maxLength: LIMITS.csvChars }, shape),
  restart('data.csvTargets', 'csvy', 'CSV target columns', whole({ min: 1, max: 10 }), shape),
  restart('data.csvTask', 'csvtask', 'CSV task', oneOf(['regression', 'classification']), shape),
];

const NETWORK_ROWS: readonly SettingRow[] = [
  restart('network.hidden', 'h', 'Hidden layers', {
    kind: 'layers',
    maxCount: LIMITS.hiddenLayers,
  }),
  restart('network.output.activation', 'out', 'Output activation', oneOf(OUTPUT_ACTIVATIONS)),
  restart('network.output.bias', 'ob', 'Output bias', onOff),
  restart('network.loss', 'loss', 'Loss', oneOf(LOSSES)),
  restart('network.init.kind', 'init', 'Initialization', oneOf(INITIALIZERS)),
  restart('network.init.scale', 'iscale', 'Initialization scale', real({ min: 0, max: 10 })),
  restart('network.leakySlope', 'leak', 'Leaky ReLU slope', real({ min: 0, max: 1 })),
  restart('network.eluAlpha', 'elu', 'ELU alpha', real({ min: 0, max: 10 })),
];

const TRAINING_ROWS: readonly SettingRow[] = [
  live('training.optimizer.kind', 'opt', 'Optimizer', 'optimizer', oneOf(OPTIMIZERS)),
  live('training.optimizer.learningRate', 'lr', 'Learning rate', 'η', real(LIMITS.learningRate), {
    control: 'number-slider',
  }),
  ...OPTIMIZER_HYPER_NAMES.map((name) =>
    hyper(`training.optimizer.${name}`, OPTIMIZER_HYPERS[name]),
  ),

  live('training.schedule.kind', 'sched', 'Learning-rate schedule', 'schedule', oneOf(SCHEDULES)),
  live('training.schedule.decay', 'decay', 'Decay', 'decay', real({ min: 0, max: Infinity })),
  live('training.schedule.gamma', 'gamma', 'Decay factor gamma', 'γ', {
    ...real({ min: 0, max: 1 }),
    minExclusive: true,
  }),
  live(
    'training.schedule.every',
    'every',
    'Drop every (epochs)',
    'every',
    whole({ min: 1, max: LIMITS.openStep }),
  ),
  live('training.schedule.cycleLow', 'lrlow', 'Lowest learning rate (cyclic)', 'η low', {
    ...real(LIMITS.learningRate),
    // The triangle runs from cycleLow up to the learning rate, so it cannot start above it.
    range: (config) => ({
      min: 0,
      max: config.training.optimizer.learningRate,
      maxName: 'the learning rate',
      maxNameText: msg('problem.bound.learningRate'),
    }),
    rangeNote: 'at most the learning rate',
  }),
  // Two steps is the shortest cycle that goes up and comes back down.
  live(
    'training.schedule.cycleSteps',
    'cycle',
    'Cycle length (steps)',
    'cycle',
    whole({ min: 2, max: LIMITS.openStep }),
  ),

  restart('training.batchSize', 'batch', 'Batch size', whole(LIMITS.batchSize)),
  live(
    'training.regularization.kind',
    'reg',
    'Regularization',
    'regularization',
    oneOf(REGULARIZERS),
  ),
  ...(Object.keys(REGULARIZER_HYPERS) as RegularizerHyperName[]).map((name) =>
    hyper(`training.regularization.${name}`, REGULARIZER_HYPERS[name]),
  ),
];

export const SETTING_ROWS: readonly SettingRow[] = [
  restart('seed', 'seed', 'Seed', whole(LIMITS.seed)),
  ...DATA_ROWS,
  ...NETWORK_ROWS,
  ...TRAINING_ROWS,
  restart('initialParams', 'w', 'Initial parameters', { kind: 'params', biasKey: 'b' }),
  opens('open.step', 'step', 'Open at step', whole({ min: 0, max: LIMITS.openStep })),
  opens('open.view', 'view', 'Open view', oneOf(VIEWS)),
  opens('open.focusSample', 'focus', 'Focus sample', whole({ min: 0, max: MOST_SAMPLES })),
  // Clamped to the traced step's last operation when the page opens it.
  opens('open.inspectOp', 'op', 'Inspected operation', whole({ min: 0, max: INSPECT_OPS })),
  ...GRAPH_ROWS,
];

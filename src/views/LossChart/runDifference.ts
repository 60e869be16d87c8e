/**
 * How a previous run's settings differ from the current run's, in the short notation of the
 * chart ("η=0.03", "batch 10", "layers 4-2 tanh"), to label its ghost curve.
 */
import { FIELD_SPECS } from '../../config/fields';
import { getPath } from '../../config/paths';
import { OPTIMIZER_DESCRIPTORS } from '../../core/choices/optimizers';
import { REGULARIZER_DESCRIPTORS } from '../../core/choices/regularizers';
import { SCHEDULE_DESCRIPTORS } from '../../core/choices/schedules';
import type { LayerConfig, RunConfig } from '../../config/types';
import type { Translate } from '../../core/i18n';
import type { PlainTextKey } from '../shared/richText';
import {
  ACTIVATION_NAMES,
  activationName,
  CSV_TASK_LABELS,
  INITIALIZER_LABELS,
  OPTIMIZER_LABELS,
  REGULARIZER_LABELS,
  SCHEDULE_LABELS,
  labelText,
  type Label,
} from '../Controls/choiceLabels';
import { datasetLabel } from '../Controls/datasetWords';

/** Symbols for the settings the course writes as symbols; they read the same in every language. */
const SYMBOLS: Readonly<Record<string, string>> = {
  'training.optimizer.learningRate': 'η',
  'training.optimizer.momentum': 'μ',
  'training.optimizer.rho': 'ρ',
  'training.optimizer.beta1': 'β₁',
  'training.optimizer.beta2': 'β₂',
  'training.optimizer.epsilon': 'ε',
  'training.schedule.gamma': 'γ',
  'training.regularization.rate': 'λ',
};

/** Short names for the other settings. */
const SHORT_NAMES: Readonly<Record<string, PlainTextKey>> = {
  seed: 'loss.setting.seed',
  'data.dataset': 'loss.setting.data',
  'data.samples': 'loss.setting.samples',
  'data.noise': 'loss.setting.noise',
  'data.testFraction': 'loss.setting.testFraction',
  'data.classes': 'loss.setting.classes',
  'data.features': 'loss.setting.features',
  'data.normalize': 'loss.setting.normalize',
  'data.digitSize': 'loss.setting.digitSize',
  'data.csvTargets': 'loss.setting.csvTargets',
  'data.csvTask': 'loss.setting.csvTask',
  'network.hidden': 'loss.setting.layers',
  'network.output.activation': 'loss.setting.output',
  'network.output.bias': 'loss.setting.outputBias',
  'network.loss': 'loss.setting.loss',
  'network.init.kind': 'loss.setting.init',
  'network.init.scale': 'loss.setting.initScale',
  'network.leakySlope': 'loss.setting.leakySlope',
  'network.eluAlpha': 'loss.setting.eluAlpha',
  'training.optimizer.kind': 'loss.setting.optimizer',
  'training.optimizer.weightDecay': 'loss.setting.weightDecay',
  'training.schedule.kind': 'loss.setting.schedule',
  'training.schedule.decay': 'loss.setting.decay',
  'training.schedule.every': 'loss.setting.every',
  'training.schedule.cycleLow': 'loss.setting.cycleLow',
  'training.schedule.cycleSteps': 'loss.setting.cycleSteps',
  'training.batchSize': 'loss.setting.batch',
  'training.regularization.kind': 'loss.setting.regularization',
  'training.regularization.l1Ratio': 'loss.setting.l1Ratio',
};

/**
 * A hyper-parameter the previous run's optimizer, schedule or regularizer did not use made no
 * difference to it (λ of a run without regularization, β₁ of plain SGD): not a difference.
 */
function unused(path: string, previous: RunConfig): boolean {
  const [group, part, name] = path.split('.');
  if (group !== 'training' || name === undefined || name === 'kind') return false;
  const { optimizer, schedule, regularization } = previous.training;
  const used: readonly string[] | null =
    part === 'optimizer'
      ? name === 'learningRate'
        ? null
        : OPTIMIZER_DESCRIPTORS[optimizer.kind].hypers
      : part === 'schedule'
        ? SCHEDULE_DESCRIPTORS[schedule.kind].hypers
        : part === 'regularization'
          ? REGULARIZER_DESCRIPTORS[regularization.kind].hypers
          : null;
  return used !== null && !used.includes(name);
}

/** Fields that say where a run (or a view of it) opens, not what it computes. */
const IGNORED = new Set([
  'open.step',
  'open.view',
  'open.focusSample',
  'open.graphExpression',
  'open.graphValues',
  'open.graphStep',
  'data.csv',
]);

/** The choices whose values are ids in a link ('xavier-uniform') and names on the page. */
const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  'network.output.activation': ACTIVATION_NAMES,
  'network.init.kind': INITIALIZER_LABELS,
  'training.optimizer.kind': OPTIMIZER_LABELS,
  'training.schedule.kind': SCHEDULE_LABELS,
  'training.regularization.kind': REGULARIZER_LABELS,
  // The losses by their short names, as the course abbreviates them in every language.
  'network.loss': {
    mse: { verbatim: 'MSE' },
    'half-sse': { verbatim: '½ SSE' },
    bce: { verbatim: 'BCE' },
    cce: { verbatim: 'CCE' },
  },
  'data.csvTask': CSV_TASK_LABELS,
};

/** A hidden layer's extras beyond size and activation: batch norm, dropout, no bias. */
function layerExtras(t: Translate, l: LayerConfig): string {
  const parts = [
    l.batchNorm ? ' + BN' : '',
    l.dropout > 0 ? ` ${t('loss.diff.dropout', { p: String(l.dropout) })}` : '',
    l.bias || l.batchNorm ? '' : ` ${t('loss.diff.noBias')}`,
  ];
  return parts.join('');
}

function formatLayers(t: Translate, layers: readonly LayerConfig[]): string {
  if (layers.length === 0) return t('loss.diff.none');
  const sizes = layers.map((l) => l.size).join('-');
  const activation = (l: LayerConfig) => activationName(l.activation, t);
  const alike = new Set(layers.map((l) => `${l.activation}${layerExtras(t, l)}`));
  if (alike.size === 1) return `${sizes} ${activation(layers[0])}${layerExtras(t, layers[0])}`;
  return layers.map((l) => `${l.size} ${activation(l)}${layerExtras(t, l)}`).join(', ');
}

function formatSetting(t: Translate, path: string, value: unknown): string {
  if (path === 'network.hidden') return formatLayers(t, value as LayerConfig[]);
  if (path === 'data.dataset') return datasetLabel(value as RunConfig['data']['dataset'], t);
  const label = typeof value === 'string' ? CHOICE_LABELS[path]?.[value] : undefined;
  if (label !== undefined) return labelText(label, t);
  if (path === 'initialParams')
    return value === null ? t('loss.diff.initializer') : t('loss.diff.explicitWeights');
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? t('loss.diff.on') : t('loss.diff.off');
  return String(value);
}

/** The previous run's values of every setting that differs from the current run. */
export function describeDifference(
  t: Translate,
  previous: RunConfig,
  current: RunConfig,
): string[] {
  const parts: string[] = [];
  for (const spec of FIELD_SPECS) {
    if (IGNORED.has(spec.path) || unused(spec.path, previous)) continue;
    const before = getPath(previous, spec.path);
    if (JSON.stringify(before) === JSON.stringify(getPath(current, spec.path))) continue;
    const value = formatSetting(t, spec.path, before);
    const symbol = SYMBOLS[spec.path];
    const key = SHORT_NAMES[spec.path];
    if (spec.path === 'initialParams') parts.push(value);
    else if (symbol) parts.push(`${symbol}=${value}`);
    // A setting added later without a short name yet still shows, under its (English) label.
    else
      parts.push(t('loss.diff.setting', { name: key ? t(key) : spec.label.toLowerCase(), value }));
  }
  if (previous.data.csv !== current.data.csv) parts.push(t('loss.diff.otherCsv'));
  // Not a setting but the link's version: the same run in other maths (a v=1 link's tanh).
  if (previous.mathsVersion !== current.mathsVersion)
    parts.push(t('loss.diff.maths', { version: previous.mathsVersion }));
  return parts;
}

/** A ghost's label: "η=0.03, batch 10" (at most `max` settings), or "same settings". */
export function differenceLabel(
  t: Translate,
  previous: RunConfig,
  current: RunConfig,
  max = 2,
): string {
  const parts = describeDifference(t, previous, current);
  if (parts.length === 0) return t('loss.diff.same');
  const shown = parts.slice(0, max).join(', ');
  return parts.length > max ? t('loss.diff.more', { shown, count: parts.length - max }) : shown;
}

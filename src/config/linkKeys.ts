/**
 * The keys of link format version 1 and how each value is written and read. A key is part of
 * the format: once links are shared it never changes meaning — a new meaning needs a new key
 * or a new version. Labels and ranges, which may change, stay in the field table.
 *
 * Reading is lenient in one direction only: a value that cannot be read is handed to the
 * validator as the original text, so the problem quotes exactly what the link said.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { fieldSpec, type FieldSpec } from './fields';
import { splitCapped } from './linkText';
import { formatNumber, parseIntegerText, parseNumberText } from './numbers';

export const LINK_VERSION = 1;

/** Records a problem about the link text itself (before validation). */
export type LinkReport = (field: string, message: string) => void;

/** Key → config path, in the order keys are written. 'w' and 'b' share initialParams. */
export const LINK_KEYS: readonly { key: string; path: string }[] = [
  { key: 'seed', path: 'seed' },
  { key: 'ds', path: 'data.dataset' },
  { key: 'n', path: 'data.samples' },
  { key: 'noise', path: 'data.noise' },
  { key: 'test', path: 'data.testFraction' },
  { key: 'cls', path: 'data.classes' },
  { key: 'f', path: 'data.features' },
  { key: 'norm', path: 'data.normalize' },
  { key: 'px', path: 'data.digitSize' },
  { key: 'csv', path: 'data.csv' },
  { key: 'csvy', path: 'data.csvTargets' },
  { key: 'csvtask', path: 'data.csvTask' },
  { key: 'h', path: 'network.hidden' },
  { key: 'out', path: 'network.output.activation' },
  { key: 'ob', path: 'network.output.bias' },
  { key: 'loss', path: 'network.loss' },
  { key: 'init', path: 'network.init.kind' },
  { key: 'iscale', path: 'network.init.scale' },
  { key: 'leak', path: 'network.leakySlope' },
  { key: 'elu', path: 'network.eluAlpha' },
  { key: 'opt', path: 'training.optimizer.kind' },
  { key: 'lr', path: 'training.optimizer.learningRate' },
  { key: 'mom', path: 'training.optimizer.momentum' },
  { key: 'rho', path: 'training.optimizer.rho' },
  { key: 'beta1', path: 'training.optimizer.beta1' },
  { key: 'beta2', path: 'training.optimizer.beta2' },
  { key: 'eps', path: 'training.optimizer.epsilon' },
  { key: 'wd', path: 'training.optimizer.weightDecay' },
  { key: 'sched', path: 'training.schedule.kind' },
  { key: 'decay', path: 'training.schedule.decay' },
  { key: 'gamma', path: 'training.schedule.gamma' },
  { key: 'every', path: 'training.schedule.every' },
  { key: 'lrlow', path: 'training.schedule.cycleLow' },
  { key: 'cycle', path: 'training.schedule.cycleSteps' },
  { key: 'batch', path: 'training.batchSize' },
  { key: 'reg', path: 'training.regularization.kind' },
  { key: 'lambda', path: 'training.regularization.rate' },
  { key: 'l1ratio', path: 'training.regularization.l1Ratio' },
  { key: 'w', path: 'initialParams' },
  { key: 'b', path: 'initialParams' },
  { key: 'step', path: 'open.step' },
  { key: 'view', path: 'open.view' },
  { key: 'focus', path: 'open.focusSample' },
];

// ---------------------------------------------------------------------------------------
// Scalars and lists of names

export function specOf(path: string): FieldSpec {
  const spec = fieldSpec(path);
  if (!spec) throw new Error(`link key for unknown field ${path}`);
  return spec;
}

/** Writes a field whose value is a number, a name, a boolean or a list of names. */
export function writeSimple(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Reads a field written by writeSimple, guided by the kind of field. */
export function readSimple(spec: FieldSpec, text: string): unknown {
  switch (spec.kind) {
    case 'number':
      return spec.integer ? parseIntegerText(text) : parseNumberText(text);
    case 'choice':
      return typeof spec.choices[0] === 'number' ? parseNumberText(text) : text;
    case 'boolean':
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      return text;
    case 'subset':
      // One more than there are choices is enough for the validator to refuse a long list.
      return splitCapped(text, ',', spec.choices.length * 2 + 1).pieces;
    default:
      return text;
  }
}

// ---------------------------------------------------------------------------------------
// CSV text

export function writeText(text: string): string {
  return encodeBase64Url(text);
}

export function readText(text: string, field: string, report: LinkReport): string | undefined {
  const decoded = decodeBase64Url(text);
  if (decoded === null)
    report(field, `CSV data in the link is not valid base64url text; using none`);
  return decoded ?? undefined;
}

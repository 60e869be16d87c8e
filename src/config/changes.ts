/**
 * The log of live changes a run carries (see LiveChange in types.ts): checking one that came
 * from a link, working out the settings in force at a step, turning a settings edit into log
 * entries, and the compact text the link holds.
 *
 * Link text: entries joined by ',', each `step_key_value`, where key is the link key of the
 * setting (lr, mom, reg, …), `wL.J.I` for the weight w⁽ᴸ⁾ⱼᵢ, `bL.J` for the bias b⁽ᴸ⁾ⱼ, `s` for
 * a step on hand-picked samples (`12_s_3.17`) or `x` for a step on a typed-in sample
 * (`12_x_0.5;0.3;;1`: inputs, then targets):
 * `ch=500_lr_0.1,800_reg_l2,800_lambda_0.01,900_w2.1.3_0.5` — only characters that need no
 * escaping in a URL, like the rest of the link.
 */
import { applyChangeRules, type NumberedChange } from './changeRules';
import { LIVE_SETTINGS, fieldSpec, settingRow, type SettingRow } from './fields';
import { LIMITS } from './limits';
import { splitCapped } from './linkText';
import { formatNumber, parseNumberText } from './numbers';
import { applySetting } from './applySetting';
import { getPath, isPlainObject, type PlainObject } from './paths';
import { msg, type Message } from '../core/i18n/message';
import { fieldLabel, problem, quote, type Problem } from './problems';
import type { LiveChange, LiveSetting, RunConfig, TrainingConfig } from './types';

export { applySetting };

/** The table's row of a live setting (every live setting has one). */
function liveRow(path: LiveSetting): SettingRow {
  const row = settingRow(path);
  if (!row) throw new Error(`the field table has no row ${path}`);
  return row;
}

/** Largest layer, neuron and input indices a change may name (the network limits). */
const MAX_LAYER = LIMITS.hiddenLayers + 1;
const MAX_NEURON = LIMITS.hiddenWidth;
const MAX_INPUT = LIMITS.inputWidth;
/** Most samples a hand-picked step may name. */
const MAX_SAMPLES = 1000;

/** The link key of each live setting (the same keys as the settings themselves use). */
export const SETTING_KEYS = Object.fromEntries(
  LIVE_SETTINGS.map((path) => [path, liveRow(path).key]),
) as Readonly<Record<LiveSetting, string>>;

const SETTING_BY_KEY = new Map(
  (Object.entries(SETTING_KEYS) as [LiveSetting, string][]).map(([path, key]) => [key, path]),
);

/** Why a setting's value is unusable, or null when it is fine (the field table's rules). */
function settingProblem(path: LiveSetting, value: unknown): Message | null {
  const spec = fieldSpec(path);
  if (!spec) return msg('problem.change.notSetting', { noun: path });
  const noun = fieldLabel(spec);
  if (spec.kind === 'choice') {
    return (spec.choices as readonly unknown[]).includes(value)
      ? null
      : msg('problem.change.notChoice', { noun, value: quote(value) });
  }
  if (spec.kind !== 'number') return msg('problem.change.cannotChange', { noun });
  if (typeof value !== 'number' || !Number.isFinite(value))
    return msg('problem.change.notNumber', { noun, value: quote(value) });
  if (spec.integer && !Number.isInteger(value))
    return msg('problem.change.notWhole', { noun, value: quote(value) });
  const belowMin = spec.minExclusive ? value <= spec.min : value < spec.min;
  const aboveMax = spec.maxExclusive ? value >= spec.max : value > spec.max;
  return belowMin || aboveMax
    ? msg('problem.change.outOfRange', { noun, value: quote(value) })
    : null;
}

/** Why a change was refused, and at which step when its step could be read. */
interface Refusal {
  why: Message;
  step?: number;
}

function isIndex(x: unknown, max: number): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < max;
}

/**
 * Checks a change log from an untrusted source. Bad entries are dropped, each with a problem;
 * the rest come back sorted by step (stable, so same-step changes keep their order).
 */
export function checkChanges(
  raw: unknown,
  problems: Problem[],
  start: RunConfig | null = null,
): LiveChange[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(problem('changes', msg('problem.changes.notList', { value: quote(raw) })));
    return [];
  }
  const kept: NumberedChange[] = [];
  const count = Math.min(raw.length, LIMITS.changes);
  if (raw.length > LIMITS.changes) {
    const counts = { count: raw.length, limit: LIMITS.changes };
    problems.push(problem('changes', msg('problem.changes.tooMany', counts)));
  }
  const refuse = (index: number, { why, step }: Refusal): void => {
    const text =
      step === undefined
        ? msg('problem.change.dropped', { number: index + 1, why })
        : msg('problem.change.droppedAt', { number: index + 1, step, why });
    problems.push(problem(`changes.${index}`, text));
  };
  for (let k = 0; k < count; k++) {
    const entry: unknown = raw[k];
    const change = checkChange(entry);
    if ('why' in change) refuse(k, change);
    else kept.push({ change, index: k });
  }
  // Stable: same-step changes keep their order.
  const sorted = kept.sort((x, y) => x.change.step - y.change.step || x.index - y.index);
  const ruled =
    start === null
      ? sorted
      : applyChangeRules(sorted, start, (entry, why) =>
          refuse(entry.index, { why, step: entry.change.step }),
        );
  return ruled.map((x) => x.change);
}

function checkChange(entry: unknown): LiveChange | Refusal {
  if (!isPlainObject(entry))
    return { why: msg('problem.change.notChange', { value: quote(entry) }) };
  if (typeof entry.unreadable === 'string' && entry.kind === undefined) {
    return { why: msg('problem.change.unreadable', { value: quote(entry.unreadable) }) };
  }
  // + 0 turns a −0 step into 0, so a checked log checks to itself again.
  const step = typeof entry.step === 'number' ? entry.step + 0 : entry.step;
  if (!(
    typeof step === 'number' &&
    Number.isInteger(step) &&
    step >= 0 &&
    step <= LIMITS.openStep
  )) {
    return { why: msg('problem.change.badStep', { value: quote(step), max: LIMITS.openStep }) };
  }
  const why = (text: Message): Refusal => ({ why: text, step });
  switch (entry.kind) {
    case 'setting':
      return checkSettingChange(entry, step, why);
    case 'weight':
    case 'bias':
      return checkParamChange(entry, step, why);
    case 'samples':
    case 'custom':
      return checkSampleChange(entry, step, why);
    default:
      return why(msg('problem.change.badKind', { value: quote(entry.kind) }));
  }
}

type Refuse = (text: Message) => Refusal;

function checkSettingChange(entry: PlainObject, step: number, why: Refuse): LiveChange | Refusal {
  const path = entry.path;
  if (typeof path !== 'string' || !(LIVE_SETTINGS as readonly string[]).includes(path)) {
    return why(msg('problem.change.notLive', { value: quote(path) }));
  }
  const problem = settingProblem(path as LiveSetting, entry.value);
  if (problem) return why(problem);
  return {
    step,
    kind: 'setting',
    path: path as LiveSetting,
    value: entry.value as number | string,
  };
}

/** A change of one weight w⁽ᴸ⁾ⱼᵢ or one bias b⁽ᴸ⁾ⱼ. */
function checkParamChange(entry: PlainObject, step: number, why: Refuse): LiveChange | Refusal {
  const { layer, to, from, value } = entry;
  const inNetwork = isIndex(layer, MAX_LAYER + 1) && layer !== 0 && isIndex(to, MAX_NEURON);
  if (entry.kind === 'weight') {
    if (!inNetwork || !isIndex(from, MAX_INPUT)) return why(msg('problem.change.weightOutside'));
    if (typeof value !== 'number' || !Number.isFinite(value))
      return why(msg('problem.change.weightNotNumber', { value: quote(value) }));
    return { step, kind: 'weight', layer, to, from, value };
  }
  if (!inNetwork) return why(msg('problem.change.biasOutside'));
  if (typeof value !== 'number' || !Number.isFinite(value))
    return why(msg('problem.change.biasNotNumber', { value: quote(value) }));
  return { step, kind: 'bias', layer, to, value };
}

/** A step on hand-picked samples or on a typed-in sample. */
function checkSampleChange(entry: PlainObject, step: number, why: Refuse): LiveChange | Refusal {
  if (entry.kind === 'samples') {
    const samples = entry.samples;
    if (
      !Array.isArray(samples) ||
      samples.length === 0 ||
      samples.length > MAX_SAMPLES ||
      !samples.every((s) => isIndex(s, LIMITS.digitSamples.max))
    ) {
      return why(msg('problem.change.badSamples', { max: MAX_SAMPLES }));
    }
    return { step, kind: 'samples', samples: [...(samples as number[])] };
  }
  const { inputs, targets } = entry;
  const finiteList = (x: unknown, max: number): x is number[] =>
    Array.isArray(x) &&
    x.length > 0 &&
    x.length <= max &&
    x.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!finiteList(inputs, MAX_INPUT) || !finiteList(targets, LIMITS.outputWidth)) {
    return why(msg('problem.change.badCustom'));
  }
  return { step, kind: 'custom', inputs: [...inputs], targets: [...targets] };
}

/** The training settings in force once `steps` steps are done: those at 0 plus due changes. */
export function settingsAt(
  start: TrainingConfig,
  changes: readonly LiveChange[],
  steps: number,
): TrainingConfig {
  const training = structuredClone(start);
  for (const change of changes) {
    if (change.step > steps) break;
    if (change.kind === 'setting') applySetting(training, change.path, change.value);
  }
  return training;
}

/** The setting changes that turn `before` into `after`, stamped with `step`. */
export function diffSettings(
  before: TrainingConfig,
  after: TrainingConfig,
  step: number,
): LiveChange[] {
  const changes: LiveChange[] = [];
  for (const path of LIVE_SETTINGS) {
    const a = getPath({ training: before }, path);
    const b = getPath({ training: after }, path);
    if (!Object.is(a, b))
      changes.push({ step, kind: 'setting', path, value: b as number | string });
  }
  return changes;
}

function writeValue(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** The `ch` value of a link. */
export function writeChanges(changes: readonly LiveChange[]): string {
  return changes
    .map((c) => {
      switch (c.kind) {
        case 'setting':
          return `${c.step}_${SETTING_KEYS[c.path]}_${writeValue(c.value)}`;
        case 'weight':
          return `${c.step}_w${c.layer}.${c.to}.${c.from}_${formatNumber(c.value)}`;
        case 'bias':
          return `${c.step}_b${c.layer}.${c.to}_${formatNumber(c.value)}`;
        case 'samples':
          return `${c.step}_s_${c.samples.join('.')}`;
        case 'custom':
          return `${c.step}_x_${c.inputs.map(formatNumber).join(';')};;${c.targets.map(formatNumber).join(';')}`;
      }
    })
    .join(',');
}

/**
 * Reads a `ch` value into raw entries for checkChanges (which reports the bad ones, by their
 * position). Reads at most LIMITS.changes entries, readable or not, whatever the length of
 * the text: the rest are only counted.
 */
export function readChanges(text: string, problems: Problem[]): unknown[] {
  const { pieces, count } = splitCapped(text, ',', LIMITS.changes);
  if (count > LIMITS.changes) {
    const counts = { count, limit: LIMITS.changes };
    problems.push(problem('changes', msg('problem.changes.linkTooMany', counts)));
  }
  return pieces.map((piece) => readChange(piece) ?? { unreadable: piece });
}

const INDEX = /^\d{1,4}$/;

function readChange(text: string): PlainObject | null {
  const parts = text.split('_', 4);
  if (parts.length !== 3) return null;
  const [stepText, key, valueText] = parts;
  const step = parseNumberText(stepText);
  if (key === 's') {
    const samples = valueText.split('.', MAX_SAMPLES + 1).map(parseNumberText);
    return { step, kind: 'samples', samples };
  }
  if (key === 'x') {
    const [inputs, targets] = valueText.split(';;', 3);
    const list = (text: string | undefined): unknown[] =>
      text === undefined ? [] : text.split(';', MAX_INPUT + 1).map(parseNumberText);
    return { step, kind: 'custom', inputs: list(inputs), targets: list(targets) };
  }
  if (key.startsWith('w') || key.startsWith('b')) {
    const indices = key.slice(1).split('.', 4);
    if (!indices.every((i) => INDEX.test(i))) {
      if (!SETTING_BY_KEY.has(key)) return null;
    } else {
      const [layer, to, from] = indices.map(Number);
      if (key[0] === 'w' && indices.length === 3) {
        return { step, kind: 'weight', layer, to, from, value: parseNumberText(valueText) };
      }
      if (key[0] === 'b' && indices.length === 2) {
        return { step, kind: 'bias', layer, to, value: parseNumberText(valueText) };
      }
      return null;
    }
  }
  const path = SETTING_BY_KEY.get(key);
  if (!path) return null;
  const spec = fieldSpec(path);
  const value = spec?.kind === 'number' ? parseNumberText(valueText) : valueText;
  return { step, kind: 'setting', path, value };
}

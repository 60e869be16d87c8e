/**
 * Reads and writes the race's link keys (see race.ts for the format). A link is untrusted:
 * every part is checked, a bad part is named in a message and replaced by its default, and
 * the work done is bounded by RACE_LIMITS however long the text is.
 */
import { msg, type Message } from '../core/i18n/message';
import { isSurfaceName, SURFACES } from '../core/surfaces';
import {
  RACE_LIMITS,
  defaultRace,
  defaultRun,
  isOptimizerName,
  isRaceSettingKey,
  ruleFor,
  ruleProblemText,
  runValue,
  setRunValue,
  type RaceChange,
  type RaceConfig,
} from './race';
import type { OptimizerSettings } from '../core/choices/optimizers';

export const RACE_LINK_KEYS = ['race', 'rfrom', 'rr', 'rstep', 'rch'] as const;

/** Shows untrusted text in a message: at most 40 characters, control characters escaped. */
function quote(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const escaped = cut.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** Splits without building more than `max` parts (the rest is reported as one count). */
function boundedSplit(text: string, sep: string, max: number): { parts: string[]; extra: number } {
  const parts: string[] = [];
  let start = 0;
  let extra = 0;
  while (start <= text.length) {
    const end = text.indexOf(sep, start);
    const stop = end === -1 ? text.length : end;
    if (parts.length < max) parts.push(text.slice(start, stop));
    else extra += 1;
    if (end === -1) break;
    start = end + 1;
  }
  return { parts, extra };
}

function parseRun(text: string, index: number, problems: Message[]): OptimizerSettings | null {
  const { parts } = boundedSplit(text, ',', 12);
  const kind = parts[0];
  if (!isOptimizerName(kind)) {
    problems.push(msg('problem.race.unknownOptimizer', { run: index + 1, value: quote(kind) }));
    return null;
  }
  const run = defaultRun(kind, 0.01);
  for (const field of parts.slice(1)) {
    const cut = field.indexOf('_');
    const key = cut === -1 ? field : field.slice(0, cut);
    const value = Number(field.slice(cut + 1));
    if (cut === -1 || !isRaceSettingKey(key)) {
      problems.push(msg('problem.race.unknownSetting', { run: index + 1, value: quote(field) }));
      continue;
    }
    const why = ruleProblemText(`${key} ${quote(field.slice(cut + 1))}`, value, ruleFor(key));
    if (why !== null) {
      const using = runValue(run, key);
      problems.push(msg('problem.race.badSetting', { run: index + 1, why, using }));
      continue;
    }
    setRunValue(run, key, value);
  }
  return run;
}

function parseChange(text: string, runs: number, problems: Message[]): RaceChange | null {
  const match = /^(\d{1,6})_(\d)_([a-z0-9]+)_(.+)$/.exec(text);
  if (match === null) {
    problems.push(msg('problem.race.unreadableChange', { value: quote(text) }));
    return null;
  }
  const [, stepText, runText, key, valueText] = match;
  const step = Number(stepText);
  const run = Number(runText);
  const value = Number(valueText);
  if (run >= runs || !isRaceSettingKey(key) || step > RACE_LIMITS.steps) {
    problems.push(msg('problem.race.changeAddressesNothing', { value: quote(text) }));
    return null;
  }
  const why = ruleProblemText(key, value, ruleFor(key));
  if (why !== null) {
    problems.push(msg('problem.race.badChange', { value: quote(text), why }));
    return null;
  }
  return { step, run, key, value };
}

function parseFrom(text: string, race: RaceConfig, problems: Message[]): void {
  const { parts } = boundedSplit(text, ',', 3);
  const xy = parts.map(Number);
  const ok =
    parts.length === 2 &&
    xy.every((v) => Number.isFinite(v) && Math.abs(v) <= RACE_LIMITS.coordinate);
  if (ok) race.from = [xy[0], xy[1]];
  else
    problems.push(
      msg('problem.race.badStart', {
        value: quote(text),
        limit: RACE_LIMITS.coordinate,
        using: race.from.join(', '),
      }),
    );
}

/** The race a link holds (null when it has no `race` key), with a message per bad part. */
export function readRaceParams(get: (key: string) => string | undefined): {
  race: RaceConfig | null;
  problems: Message[];
} {
  const problems: Message[] = [];
  const surface = get('race');
  if (surface === undefined) return { race: null, problems };
  const race = defaultRace();
  if (isSurfaceName(surface)) {
    race.surface = surface;
    race.from = [SURFACES[surface].start[0], SURFACES[surface].start[1]];
  } else {
    problems.push(
      msg('problem.race.unknownSurface', { value: quote(surface), using: race.surface }),
    );
  }
  const from = get('rfrom');
  if (from !== undefined) parseFrom(from, race, problems);
  const runsText = get('rr');
  if (runsText !== undefined) {
    const { parts, extra } = boundedSplit(runsText, ';', RACE_LIMITS.runs);
    if (extra > 0)
      problems.push(
        msg('problem.race.tooManyRuns', { count: parts.length + extra, limit: RACE_LIMITS.runs }),
      );
    const runs = parts.map((p, i) => parseRun(p, i, problems)).filter((r) => r !== null);
    if (runs.length > 0) race.runs = runs;
  }
  const stepText = get('rstep');
  if (stepText !== undefined) {
    const step = Number(stepText);
    if (/^\d+$/.test(stepText) && step <= RACE_LIMITS.steps) race.step = step;
    else
      problems.push(
        msg('problem.race.badStep', { value: quote(stepText), max: RACE_LIMITS.steps }),
      );
  }
  const changesText = get('rch');
  if (changesText !== undefined && changesText !== '') {
    const { parts, extra } = boundedSplit(changesText, ',', RACE_LIMITS.changes);
    if (extra > 0)
      problems.push(
        msg('problem.race.tooManyChanges', {
          count: parts.length + extra,
          limit: RACE_LIMITS.changes,
        }),
      );
    for (const part of parts) {
      const change = parseChange(part, race.runs.length, problems);
      if (change !== null) race.changes.push(change);
    }
    race.changes.sort((a, b) => a.step - b.step);
  }
  return { race, problems };
}

function formatRun(run: OptimizerSettings): string {
  const base = defaultRun(run.kind, NaN);
  const fields = [run.kind, `lr_${String(run.learningRate)}`];
  for (const key of ['mom', 'rho', 'beta1', 'beta2', 'eps', 'wd'] as const) {
    if (!Object.is(runValue(run, key), runValue(base, key)))
      fields.push(`${key}_${String(runValue(run, key))}`);
  }
  return fields.join(',');
}

/** The race's `key=value` pairs, in link order. */
export function writeRaceParams(race: RaceConfig): [string, string][] {
  const pairs: [string, string][] = [
    ['race', race.surface],
    ['rfrom', `${String(race.from[0])},${String(race.from[1])}`],
    ['rr', race.runs.map(formatRun).join(';')],
  ];
  if (race.step > 0) pairs.push(['rstep', String(race.step)]);
  if (race.changes.length > 0) {
    pairs.push([
      'rch',
      race.changes.map((c) => `${c.step}_${c.run}_${c.key}_${String(c.value)}`).join(','),
    ]);
  }
  return pairs;
}

/**
 * Reads and writes the race's link keys (see race.ts for the format). A link is untrusted:
 * every part is checked, a bad part is named in a message and replaced by its default, and
 * the work done is bounded by RACE_LIMITS however long the text is.
 */
import { isSurfaceName, SURFACES } from '../core/surfaces';
import {
  RACE_LIMITS,
  defaultRace,
  defaultRun,
  isOptimizerName,
  isRaceSettingKey,
  ruleFor,
  ruleProblem,
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

function parseRun(text: string, index: number, problems: string[]): OptimizerSettings | null {
  const { parts } = boundedSplit(text, ',', 12);
  const kind = parts[0];
  if (!isOptimizerName(kind)) {
    problems.push(`race run ${index + 1}: unknown optimizer ${quote(kind)}; the run is left out`);
    return null;
  }
  const run = defaultRun(kind, 0.01);
  for (const field of parts.slice(1)) {
    const cut = field.indexOf('_');
    const key = cut === -1 ? field : field.slice(0, cut);
    const value = Number(field.slice(cut + 1));
    if (cut === -1 || !isRaceSettingKey(key)) {
      problems.push(`race run ${index + 1}: unknown setting ${quote(field)}; ignored`);
      continue;
    }
    const problem = ruleProblem(value, ruleFor(key));
    if (problem !== null) {
      problems.push(
        `race run ${index + 1}: ${key} ${quote(field.slice(cut + 1))} ${problem}; using ${runValue(run, key)}`,
      );
      continue;
    }
    setRunValue(run, key, value);
  }
  return run;
}

function parseChange(text: string, runs: number, problems: string[]): RaceChange | null {
  const match = /^(\d{1,6})_(\d)_([a-z0-9]+)_(.+)$/.exec(text);
  if (match === null) {
    problems.push(`race change ${quote(text)} is unreadable; ignored`);
    return null;
  }
  const [, stepText, runText, key, valueText] = match;
  const step = Number(stepText);
  const run = Number(runText);
  const value = Number(valueText);
  if (run >= runs || !isRaceSettingKey(key) || step > RACE_LIMITS.steps) {
    problems.push(`race change ${quote(text)} addresses no run or setting of this race; ignored`);
    return null;
  }
  const problem = ruleProblem(value, ruleFor(key));
  if (problem !== null) {
    problems.push(`race change ${quote(text)}: ${key} ${problem}; ignored`);
    return null;
  }
  return { step, run, key, value };
}

function parseFrom(text: string, race: RaceConfig, problems: string[]): void {
  const { parts } = boundedSplit(text, ',', 3);
  const xy = parts.map(Number);
  const ok =
    parts.length === 2 &&
    xy.every((v) => Number.isFinite(v) && Math.abs(v) <= RACE_LIMITS.coordinate);
  if (ok) race.from = [xy[0], xy[1]];
  else
    problems.push(
      `race start ${quote(text)} is not two numbers in [−${RACE_LIMITS.coordinate}, ${RACE_LIMITS.coordinate}]; using ${race.from.join(', ')}`,
    );
}

/** The race a link holds (null when it has no `race` key), with a message per bad part. */
export function readRaceParams(get: (key: string) => string | undefined): {
  race: RaceConfig | null;
  problems: string[];
} {
  const problems: string[] = [];
  const surface = get('race');
  if (surface === undefined) return { race: null, problems };
  const race = defaultRace();
  if (isSurfaceName(surface)) {
    race.surface = surface;
    race.from = [SURFACES[surface].start[0], SURFACES[surface].start[1]];
  } else problems.push(`race surface ${quote(surface)} is unknown; using ${race.surface}`);
  const from = get('rfrom');
  if (from !== undefined) parseFrom(from, race, problems);
  const runsText = get('rr');
  if (runsText !== undefined) {
    const { parts, extra } = boundedSplit(runsText, ';', RACE_LIMITS.runs);
    if (extra > 0)
      problems.push(
        `the race has ${parts.length + extra} runs; the first ${RACE_LIMITS.runs} are kept`,
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
        `race step ${quote(stepText)} is not a whole number from 0 to ${RACE_LIMITS.steps}; using 0`,
      );
  }
  const changesText = get('rch');
  if (changesText !== undefined && changesText !== '') {
    const { parts, extra } = boundedSplit(changesText, ',', RACE_LIMITS.changes);
    if (extra > 0)
      problems.push(
        `the race logs ${parts.length + extra} changes; the first ${RACE_LIMITS.changes} are kept`,
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

/**
 * The shareable link: a run's config as a compact, readable, versioned key=value text for the
 * URL hash, e.g. `ds=xor&h=8r,4r&lr=0.1&v=2`. The key table and the reasons behind the format
 * are in docs/link-format.md (generated from linkFormat.ts).
 *
 * - Only fields that differ from the defaults are written; a missing key means the default.
 * - `v` is always written LAST. It says the run's maths version too (`v=1` links keep the maths
 *   they were shared with; see linkKeys.ts). It doubles as an end marker: a link cut short by a
 *   chat app or an e-mail client has lost it, and the decoder says so instead of silently
 *   opening a different run (a cut `lr=0.0125` still reads as a valid `lr=0.01`).
 * - Decoding never throws and never trusts the text: it is capped, split, parsed by field kind
 *   and then handed to validateConfig, so a link gets exactly the validation any config gets.
 */
import { CURRENT_MATHS, type MathsVersion } from '../core/detmath';
import { msg } from '../core/i18n/message';
import { defaultConfig } from './defaults';
import { LIMITS } from './limits';
import {
  LINK_KEYS,
  LINK_VERSION,
  readSimple,
  readText,
  specOf,
  writeSimple,
  writeText,
  type LinkReport,
} from './linkKeys';
import { readLayers, writeLayers } from './linkLayers';
import { newParamBudget, pairParams, readParamLists, writeParamLists } from './linkParams';
import { readChanges, writeChanges } from './changes';
import { readLinkPairs } from './linkText';
import { isDecimalLiteral } from './numbers';
import { getPath, setPath, type PlainObject } from './paths';
import { boundProblems, problem, quote, type Problem } from './problems';
import type { RaceConfig } from './race';
import { RACE_LINK_KEYS, readRaceParams } from './raceLink';
import type { LayerConfig, RunConfig } from './types';
import { validateConfig } from './validate';

export { LINK_VERSION } from './linkKeys';

export interface DecodedLink {
  config: RunConfig;
  problems: Problem[];
  /** The link's format version, or null if it had none (or an unreadable one). */
  version: number | null;
  /** The optimizer race the link holds (its own keys, see raceLink.ts), or null. */
  race: RaceConfig | null;
}

/**
 * The link text for the URL hash, without the leading '#'. Expects a valid config (as
 * validateConfig returns); decodeLink(encodeLink(c)) then gives back c exactly, -0 included.
 */
export function encodeLink(config: RunConfig, extra: readonly [string, string][] = []): string {
  const defaults = defaultConfig();
  const parts: string[] = [];
  for (const { key, path } of LINK_KEYS) {
    if (path === 'initialParams') {
      const params = config.initialParams;
      if (params === null) continue;
      parts.push(`${key}=${writeParamLists(key === 'w' ? params.weights : params.biases)}`);
      continue;
    }
    const value = getPath(config, path);
    if (!sameValue(value, getPath(defaults, path))) parts.push(`${key}=${writeValue(path, value)}`);
  }
  if (config.changes.length > 0) parts.push(`ch=${writeChanges(config.changes)}`);
  // Sections with keys of their own (the optimizer race) come after the run, before `v`.
  for (const [key, value] of extra) parts.push(`${key}=${value}`);
  parts.push(`v=${linkVersionOf(config.mathsVersion)}`);
  return parts.join('&');
}

/**
 * The link version a run is written in: its maths version, so that a run opened from a `v=1`
 * link is shared again as `v=1` and keeps computing with the maths it was made with.
 */
function linkVersionOf(maths: MathsVersion): number {
  return maths;
}

/** The maths a link's version asks for: 1 for `v=1`, else (2, newer or none) the current. */
function mathsOf(version: number | null): MathsVersion {
  return version === 1 ? 1 : CURRENT_MATHS;
}

/** Deep equality where numbers compare with Object.is, so -0 differs from 0 and gets written. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => sameValue((a as PlainObject)[key], (b as PlainObject)[key]));
}

/**
 * Reads a link: a full URL, a hash with or without '#', or a bare query string. Never throws.
 * A repeated key keeps its last value; unknown keys are listed in one problem and ignored.
 */
export function decodeLink(text: string): DecodedLink {
  try {
    return decode(text);
  } catch {
    // No input found by the property tests gets here; it is a guard so that a future bug
    // shows a message instead of a blank page.
    return {
      config: defaultConfig(),
      problems: [problem('link', msg('problem.link.unreadable'))],
      version: null,
      race: null,
    };
  }
}

function decode(text: string): DecodedLink {
  if (typeof text !== 'string') {
    return {
      config: defaultConfig(),
      problems: [problem('link', msg('problem.link.notText'))],
      version: null,
      race: null,
    };
  }
  const { pairs, problems } = readLinkPairs(text);
  const report: LinkReport = (field, text) => problems.push(problem(field, text));
  const version = readVersion(pairs, report);

  // Only paths from our key table are ever written into `raw`, so no key in the link can
  // reach an object's prototype.
  const raw: PlainObject = {};
  const budget = newParamBudget();
  let weights: (number | string)[][] | null | undefined;
  let biases: (number | string)[][] | null | undefined;
  const known = new Set(['v']);
  for (const { key, path } of LINK_KEYS) {
    known.add(key);
    const value = pairs.get(key);
    if (value === undefined) continue;
    if (key === 'w') weights = readParamLists(value, 'initialParams.weights', budget, report);
    else if (key === 'b') biases = readParamLists(value, 'initialParams.biases', budget, report);
    else setPath(raw, path, readValue(path, value, report));
  }
  const params = pairParams(weights, biases, report);
  if (params) raw.initialParams = params;
  known.add('ch');
  const changes = pairs.get('ch');
  if (changes !== undefined) raw.changes = readChanges(changes, problems);

  for (const key of RACE_LINK_KEYS) known.add(key);
  const raceRead = readRaceParams((key) => pairs.get(key));
  for (const text of raceRead.problems) problems.push(problem('race', text));

  const unknown = [...pairs.keys()].filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map(quote);
    const keys =
      unknown.length > 5
        ? msg('problem.list.andMore', { list: shown, count: unknown.length - 5 })
        : shown;
    problems.push(problem('link', msg('problem.link.unknownKeys', { keys })));
  }

  raw.mathsVersion = mathsOf(version);
  const validated = validateConfig(raw);
  const all = [...problems, ...validated.problems];
  return { config: validated.config, problems: boundProblems(all), version, race: raceRead.race };
}

function writeValue(path: string, value: unknown): string {
  const kind = specOf(path).kind;
  if (kind === 'layers') return writeLayers(value as LayerConfig[]);
  if (kind === 'text') return writeText(value as string);
  return writeSimple(value);
}

function readValue(path: string, text: string, report: LinkReport): unknown {
  const spec = specOf(path);
  if (spec.kind === 'layers') return readLayers(text, path, report);
  if (spec.kind === 'text') return readText(text, path, report);
  return readSimple(spec, text);
}

function readVersion(pairs: Map<string, string>, report: LinkReport): number | null {
  const text = pairs.get('v');
  if (text === undefined) {
    if (pairs.size > 0) report('link', msg('problem.link.noVersion', { current: LINK_VERSION }));
    return null;
  }
  const version = isDecimalLiteral(text) ? Number(text) : NaN;
  if (!Number.isInteger(version) || version < 1) {
    report(
      'link',
      msg('problem.link.unknownVersion', { value: quote(text), current: LINK_VERSION }),
    );
    return Number.isInteger(version) ? version : null;
  }
  if (version > LINK_VERSION) {
    report('link', msg('problem.link.newerVersion', { version, current: LINK_VERSION }));
  }
  return version;
}

/**
 * A problem if `link` is too long to be read back (long CSV data or many explicit weights);
 * the share button shows it instead of handing out a link that opens a different run.
 */
export function checkLinkLength(link: string): Problem | null {
  if (link.length <= LIMITS.linkChars) return null;
  return problem(
    'link',
    msg('problem.link.wouldBeTooLong', { count: link.length, limit: LIMITS.linkChars }),
  );
}

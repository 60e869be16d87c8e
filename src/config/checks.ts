/**
 * One check per kind of field in the table. Each takes the untrusted raw value and the
 * fallback, reports at most one problem for a bad value, and returns a valid value. A missing
 * value (undefined) is not a problem: it means "not given", and the fallback is used quietly.
 */
import type {
  BooleanSpec,
  ChoiceSpec,
  DynamicRange,
  NumberSpec,
  SubsetSpec,
  TextSpec,
} from './fields';
import { formatNumber, isDecimalLiteral } from './numbers';
import { msg, type Arg, type Message } from '../core/i18n/message';
import { listWords, quote } from './problems';

/** Records a problem for the field being checked. */
export type Report = (text: Message) => void;

export function checkNumber(
  spec: NumberSpec,
  range: DynamicRange,
  raw: unknown,
  fallback: number,
  noun: Message,
  report: Report,
): number {
  // A fallback can fall outside a dynamic range (the default lowest cyclic rate above a small
  // learning rate), so it is pulled inside too — quietly, since nobody asked for it.
  const safeFallback = Math.min(Math.max(fallback, range.min), range.max);
  if (raw === undefined) return safeFallback;
  const using = formatNumber(safeFallback);
  if (spec.integer && typeof raw === 'string' && isDecimalLiteral(raw)) {
    report(msg('problem.number.notInteger', { noun, value: quote(raw), using }));
    return safeFallback;
  }
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    report(msg('problem.number.notNumber', { noun, value: quote(raw), using }));
    return safeFallback;
  }
  if (!Number.isFinite(raw)) {
    report(msg('problem.number.notFinite', { noun, value: quote(raw), using }));
    return safeFallback;
  }
  // A valid value is never changed, -0 included (it is a valid zero, and links keep it).
  // `+ 0` turns the -0 that rounding -0.4 gives into 0: that zero was not written by anyone.
  const whole = spec.integer && !Number.isInteger(raw) ? Math.round(raw) + 0 : raw;
  const below = spec.minExclusive ? whole <= range.min : whole < range.min;
  const above = spec.maxExclusive ? whole >= range.max : whole > range.max;
  let value = whole;
  let why: OutOfRange | null = null;
  if (below && spec.minExclusive) {
    value = safeFallback;
    why = { key: 'problem.number.mustBeAbove', bound: range.min };
  } else if (below) {
    value = range.min;
    why = { key: 'problem.number.belowMinimum', bound: range.min };
  } else if (above && spec.maxExclusive) {
    value = safeFallback;
    why = { key: 'problem.number.mustBeBelow', bound: range.max };
  } else if (above) {
    value = range.max;
    why = { key: 'problem.number.aboveLimit', bound: range.max };
  }
  const shown = { noun, value: formatNumber(raw), using: formatNumber(value) };
  if (whole !== raw) report(msg('problem.number.notInteger', shown));
  else if (why?.key === 'problem.number.aboveLimit' && range.maxNameText) {
    const bound = formatNumber(why.bound);
    report(msg('problem.number.aboveNamed', { ...shown, name: range.maxNameText, bound }));
  } else if (why) report(msg(why.key, { ...shown, bound: formatNumber(why.bound) }));
  return value;
}

export function checkChoice<T extends string | number>(
  spec: ChoiceSpec,
  raw: unknown,
  fallback: T,
  noun: Message,
  report: Report,
): T {
  if (raw === undefined) return fallback;
  const found = spec.choices.find((choice) => choice === raw);
  if (found !== undefined) return found as T;
  report(msg('problem.choice.unknown', { noun, value: quote(raw), using: fallback }));
  return fallback;
}

export function checkBoolean(
  _spec: BooleanSpec,
  raw: unknown,
  fallback: boolean,
  noun: Message,
  report: Report,
): boolean {
  if (raw === undefined || typeof raw === 'boolean') return raw ?? fallback;
  report(msg('problem.boolean.notBoolean', { noun, value: quote(raw), using: String(fallback) }));
  return fallback;
}

/** How a number is out of its range (the bound it passed). */
interface OutOfRange {
  key:
    | 'problem.number.mustBeAbove'
    | 'problem.number.belowMinimum'
    | 'problem.number.mustBeBelow'
    | 'problem.number.aboveLimit';
  bound: number;
}

/** More entries than this is not a mistake worth reading item by item. */
const MAX_SUBSET_ENTRIES = 64;

export function checkSubset<T extends string>(
  spec: SubsetSpec,
  raw: unknown,
  fallback: readonly T[],
  noun: Message,
  report: Report,
): T[] {
  if (raw === undefined) return [...fallback];
  const using = listWords(fallback);
  if (!Array.isArray(raw) || raw.length > MAX_SUBSET_ENTRIES) {
    report(msg('problem.subset.notList', { noun, value: quote(raw), using }));
    return [...fallback];
  }
  const kept: T[] = [];
  const unknown: Message[] = [];
  const repeated: Message[] = [];
  raw.forEach((entry: unknown, index) => {
    const choice = spec.choices.find((c) => c === entry) as T | undefined;
    const named = msg('problem.subset.item', { value: quote(entry), item: index + 1 });
    if (choice === undefined) unknown.push(named);
    else if (kept.includes(choice)) repeated.push(named);
    else kept.push(choice);
  });
  if (unknown.length > 0) {
    const key = unknown.length > 1 ? 'problem.subset.unknownMany' : 'problem.subset.unknownOne';
    report(msg(key, { values: listQuoted(unknown), noun }));
  }
  if (repeated.length > 0) {
    report(msg('problem.subset.repeated', { values: listQuoted(repeated), noun }));
  }
  if (kept.length === 0) {
    report(msg('problem.subset.empty', { noun, using }));
    return [...fallback];
  }
  return kept;
}

function listQuoted(values: readonly Message[]): Arg {
  const shown = values.slice(0, 5);
  return values.length > 5
    ? msg('problem.list.andMore', { list: shown, count: values.length - 5 })
    : shown;
}

export function checkText(
  spec: TextSpec,
  raw: unknown,
  fallback: string,
  noun: Message,
  report: Report,
): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string') {
    const using = fallback === '' ? msg('problem.value.none') : quote(fallback);
    report(msg('problem.text.notText', { noun, value: quote(raw), using }));
    return fallback;
  }
  let text = raw;
  if (text.length > spec.maxLength) {
    // Cut at a line end, so no row is half kept; the text is line-based (CSV).
    const cut = Math.max(0, text.lastIndexOf('\n', spec.maxLength - 1) + 1);
    text = text.slice(0, cut);
    const counts = { noun, length: raw.length, limit: spec.maxLength };
    report(
      cut === 0
        ? msg('problem.text.tooLongNone', counts)
        : msg('problem.text.tooLongCut', { ...counts, cut }),
    );
  }
  const wellFormed = toWellFormed(text);
  if (wellFormed !== text) {
    report(msg('problem.text.brokenUnicode', { noun }));
  }
  return wellFormed;
}

/**
 * Replaces lone surrogates (half a UTF-16 pair) with U+FFFD. Such text cannot be UTF-8 encoded
 * faithfully, so it could not be put in a link and read back unchanged. (String.prototype.
 * toWellFormed does this, but is newer than the language level this project targets.)
 */
export function toWellFormed(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++; // a proper pair
      continue;
    }
    out += text.slice(copiedUpTo, i) + '\ufffd';
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

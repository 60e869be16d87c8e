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
import { listWords, quote } from './problems';

/** Records a problem for the field being checked. */
export type Report = (message: string) => void;

export function checkNumber(
  spec: NumberSpec,
  range: DynamicRange,
  raw: unknown,
  fallback: number,
  noun: string,
  report: Report,
): number {
  // A fallback can fall outside a dynamic range (the default lowest cyclic rate above a small
  // learning rate), so it is pulled inside too — quietly, since nobody asked for it.
  const safeFallback = Math.min(Math.max(fallback, range.min), range.max);
  if (raw === undefined) return safeFallback;
  const using = formatNumber(safeFallback);
  if (spec.integer && typeof raw === 'string' && isDecimalLiteral(raw)) {
    report(`${noun} ${quote(raw)} is not an integer; using ${using}`);
    return safeFallback;
  }
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    report(`${noun} ${quote(raw)} is not a number; using ${using}`);
    return safeFallback;
  }
  if (!Number.isFinite(raw)) {
    report(`${noun} ${quote(raw)} is not a finite number; using ${using}`);
    return safeFallback;
  }
  // A valid value is never changed, -0 included (it is a valid zero, and links keep it).
  // `+ 0` turns the -0 that rounding -0.4 gives into 0: that zero was not written by anyone.
  const whole = spec.integer && !Number.isInteger(raw) ? Math.round(raw) + 0 : raw;
  const below = spec.minExclusive ? whole <= range.min : whole < range.min;
  const above = spec.maxExclusive ? whole >= range.max : whole > range.max;
  let value = whole;
  let why = '';
  if (below && spec.minExclusive) {
    value = safeFallback;
    why = `must be above ${formatNumber(range.min)}`;
  } else if (below) {
    value = range.min;
    why = `is below the minimum ${formatNumber(range.min)}`;
  } else if (above && spec.maxExclusive) {
    value = safeFallback;
    why = `must be below ${formatNumber(range.max)}`;
  } else if (above) {
    value = range.max;
    why = `is above ${range.maxName ?? 'the limit'} ${formatNumber(range.max)}`;
  }
  if (whole !== raw) why = 'is not an integer';
  if (why !== '') report(`${noun} ${formatNumber(raw)} ${why}; using ${formatNumber(value)}`);
  return value;
}

export function checkChoice<T extends string | number>(
  spec: ChoiceSpec,
  raw: unknown,
  fallback: T,
  noun: string,
  report: Report,
): T {
  if (raw === undefined) return fallback;
  const found = spec.choices.find((choice) => choice === raw);
  if (found !== undefined) return found as T;
  report(`unknown ${noun} ${quote(raw)}; using ${fallback}`);
  return fallback;
}

export function checkBoolean(
  _spec: BooleanSpec,
  raw: unknown,
  fallback: boolean,
  noun: string,
  report: Report,
): boolean {
  if (raw === undefined || typeof raw === 'boolean') return raw ?? fallback;
  report(`${noun} ${quote(raw)} is not true or false; using ${fallback}`);
  return fallback;
}

/** More entries than this is not a mistake worth reading item by item. */
const MAX_SUBSET_ENTRIES = 64;

export function checkSubset<T extends string>(
  spec: SubsetSpec,
  raw: unknown,
  fallback: readonly T[],
  noun: string,
  report: Report,
): T[] {
  if (raw === undefined) return [...fallback];
  const using = `using ${listWords(fallback)}`;
  if (!Array.isArray(raw) || raw.length > MAX_SUBSET_ENTRIES) {
    report(`${noun} ${quote(raw)} is not a short list; ${using}`);
    return [...fallback];
  }
  const kept: T[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  raw.forEach((entry: unknown, index) => {
    const choice = spec.choices.find((c) => c === entry) as T | undefined;
    const named = `${quote(entry)} (item ${index + 1})`;
    if (choice === undefined) unknown.push(named);
    else if (kept.includes(choice)) repeated.push(named);
    else kept.push(choice);
  });
  if (unknown.length > 0) {
    report(
      `unknown ${listQuoted(unknown)} in ${noun}; leaving ${unknown.length > 1 ? 'them' : 'it'} out`,
    );
  }
  if (repeated.length > 0) {
    report(`${listQuoted(repeated)} listed more than once in ${noun}; keeping the first`);
  }
  if (kept.length === 0) {
    report(`${noun} list is empty; ${using}`);
    return [...fallback];
  }
  return kept;
}

function listQuoted(values: readonly string[]): string {
  const shown = values.slice(0, 5).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

export function checkText(
  spec: TextSpec,
  raw: unknown,
  fallback: string,
  noun: string,
  report: Report,
): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string') {
    report(
      `${noun} ${quote(raw)} is not text; using ${fallback === '' ? 'none' : quote(fallback)}`,
    );
    return fallback;
  }
  let text = raw;
  if (text.length > spec.maxLength) {
    // Cut at a line end, so no row is half kept; the text is line-based (CSV).
    const cut = Math.max(0, text.lastIndexOf('\n', spec.maxLength - 1) + 1);
    text = text.slice(0, cut);
    report(
      `${noun} has ${raw.length} characters, above the limit ${spec.maxLength}; ` +
        (cut === 0 ? 'using none' : `keeping the first ${cut} (whole lines)`),
    );
  }
  const wellFormed = toWellFormed(text);
  if (wellFormed !== text) {
    report(`${noun} contains broken unicode characters; replaced them with \ufffd`);
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

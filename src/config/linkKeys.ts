/**
 * The keys of the link format and how each value is written and read. A key is part of the
 * format: once links are shared it never changes meaning — a new meaning needs a new key or a
 * new version. Labels and ranges, which may change, stay in the field table.
 *
 * Versions 1 and 2 have the same keys; the version also says which maths the run computes
 * with (MathsVersion in src/core/detmath.ts): a `v=1` link trains with the tanh of version 1,
 * bit for bit as it did when it was shared.
 *
 * Reading is lenient in one direction only: a value that cannot be read is handed to the
 * validator as the original text, so the problem quotes exactly what the link said.
 */
import { msg, type Message } from '../core/i18n/message';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { SETTING_ROWS, fieldSpec, type FieldSpec } from './fields';
import { splitCapped } from './linkText';
import { formatNumber, parseIntegerText, parseNumberText } from './numbers';
import type { ConfigPath } from './paths';

/** The version new links are written in. */
export const LINK_VERSION = 2;

/** Records a problem about the link text itself (before validation). */
export type LinkReport = (field: string, text: Message) => void;

/** Key → config path, in the order keys are written (the table's order). 'w' and 'b' share initialParams. */
export const LINK_KEYS: readonly { key: string; path: ConfigPath }[] = SETTING_ROWS.flatMap(
  (row) =>
    row.kind === 'params'
      ? [
          { key: row.key, path: row.path },
          { key: row.biasKey, path: row.path },
        ]
      : [{ key: row.key, path: row.path }],
);

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
  if (decoded === null) report(field, msg('problem.link.badCsvText'));
  return decoded ?? undefined;
}

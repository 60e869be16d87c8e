/**
 * From whatever was pasted (a full URL, a hash with or without '#', a bare query string, or a
 * link mangled by a chat app) to a map of key → value text. Everything here is linear in the
 * input and the input is cut to LIMITS.linkChars before anything else looks at it, so no link
 * can make the page hang.
 */
import { msg } from '../core/i18n/message';
import { LIMITS } from './limits';
import { problem, type Problem } from './problems';

/** More key=value pairs than this is not a link we wrote (v1 has under 50 keys). */
export const MAX_LINK_PAIRS = 200;

/** Percent-decoding rounds; a link encoded more than three times over is left as it is. */
const MAX_DECODE_ROUNDS = 3;

const ENCODED_BYTE = /%[0-9A-Fa-f]{2}/;
/** A run of encoded bytes, decoded together so multi-byte UTF-8 characters come out whole. */
const ENCODED_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

export interface LinkPairs {
  /** Value text by key. A repeated key keeps its LAST value, so appending `&lr=0.1` to a link overrides it. */
  pairs: Map<string, string>;
  problems: Problem[];
}

export function readLinkPairs(input: string): LinkPairs {
  const problems: Problem[] = [];
  let text = input;
  if (text.length > LIMITS.linkChars) {
    const counts = { count: text.length, limit: LIMITS.linkChars };
    problems.push(problem('link', msg('problem.link.tooLong', counts)));
    text = text.slice(0, LIMITS.linkChars);
  }
  // Links we write never contain '%' (values are digits, names and base64url), so any %XX is
  // a chat app or a second encoder at work: undo it until none is left, e.g.
  // 'v%253D1' → 'v%3D1' → 'v=1'. Decoding the whole text before splitting also repairs a
  // link whose '&' and '=' were themselves encoded.
  for (let round = 0; round < MAX_DECODE_ROUNDS && ENCODED_BYTE.test(text); round++) {
    text = text.replace(ENCODED_RUN, decodeRun);
  }
  // No value of ours contains white space; pasted links often gain some (line wrapping).
  text = text.replace(/\s+/g, '');
  text = payloadOf(text);

  const pairs = new Map<string, string>();
  let start = 0;
  let count = 0;
  while (start <= text.length) {
    const end = nextIndex(text, '&', start);
    if (end > start) {
      if (count === MAX_LINK_PAIRS) {
        problems.push(problem('link', msg('problem.link.tooManyPairs', { limit: MAX_LINK_PAIRS })));
        break;
      }
      count++;
      const pair = text.slice(start, end);
      const equals = pair.indexOf('=');
      if (equals < 0) pairs.set(pair, '');
      else pairs.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    start = end + 1;
  }
  return { pairs, problems };
}

/** The part after the last '#', else after the first '?', else all of it. */
function payloadOf(text: string): string {
  // The last '#': our values never contain one, and a page URL before it might.
  const hash = text.lastIndexOf('#');
  if (hash >= 0) return text.slice(hash + 1);
  const query = text.indexOf('?');
  return query >= 0 ? text.slice(query + 1) : text;
}

function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run; // not UTF-8: leave it for the validator to quote
  }
}

/** indexOf that answers `text.length` instead of -1, so loops need no special case. */
export function nextIndex(text: string, separator: string, from: number): number {
  const index = text.indexOf(separator, from);
  return index < 0 ? text.length : index;
}

/**
 * Splits `text` at `separator` into at most `max` pieces, and counts all of them, so a value
 * with a million commas costs a scan but never a million-element array.
 */
export function splitCapped(
  text: string,
  separator: string,
  max: number,
): { pieces: string[]; count: number } {
  const pieces: string[] = [];
  let count = 0;
  let start = 0;
  for (;;) {
    const end = nextIndex(text, separator, start);
    if (count < max) pieces.push(text.slice(start, end));
    count++;
    if (end === text.length) return { pieces, count };
    start = end + 1;
  }
}

import {
  english,
  inSentenceMsg,
  mapText,
  msg,
  renderMessage,
  type Arg,
  type Message,
} from '../core/i18n/message';
import { CATALOGUES, type TextKey, type Translate } from '../core/i18n';

function hasText(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
}

export { inSentence } from '../core/i18n/message';

/**
 * A problem found in a config or a link: which field, and a sentence saying what was wrong and
 * what was used instead. Problems are shown to the user, so the words matter more than codes.
 * `text` is the sentence as a catalogue key with its parameters (the page shows it in its
 * language); `message` is its English rendering, for the command line and the logs.
 */
export interface Problem {
  /** Dotted path of the field, e.g. 'training.optimizer.learningRate' or 'network.hidden.2.size'. */
  field: string;
  message: string;
  text: Message;
}

/** A problem for `field` saying `text`. */
export function problem(field: string, text: Message): Problem {
  return { field, message: english(text), text };
}

/** The problem in the language of `t` (what the page's notices show). */
export function problemText(p: Problem, t: Translate): string {
  return renderMessage(p.text, t);
}

/** Most problems shown for one link or config; more is not a list anyone reads. */
export const MAX_PROBLEMS = 20;

/**
 * The first MAX_PROBLEMS problems, then one line '…and N more', so a hostile link with
 * thousands of bad entries costs a short list on the page and in the CLI.
 */
export function boundProblems(problems: readonly Problem[]): Problem[] {
  const clean = (p: Problem): Problem => ({
    field: p.field,
    message: escapeUnsafe(p.message),
    text: mapText(p.text, escapeUnsafe),
  });
  if (problems.length <= MAX_PROBLEMS) return problems.map(clean);
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS).map(clean),
    problem('', msg('problem.more', { count: more })),
  ];
}

/** Longest piece of untrusted text quoted in a message, so a hostile value cannot flood it. */
const QUOTE_CHARS = 40;

/** A value quoted for a message: short, on one line, whatever it is. */
export function quote(value: unknown): Arg {
  if (Array.isArray(value)) return msg('problem.value.list');
  if (typeof value === 'object' && value !== null) return msg('problem.value.object');
  return quoteText(value);
}

/** A value that is not a list or an object, quoted (see `quote`). */
export function quoteText(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > QUOTE_CHARS ? `${cutAt(text, QUOTE_CHARS)}…` : text;
  return `'${escapeUnsafe(short)}'`;
}

/** The first `length` UTF-16 units, one fewer if that would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  const lastCode = text.charCodeAt(length - 1);
  const splitsPair = lastCode >= 0xd800 && lastCode <= 0xdbff;
  return text.slice(0, splitsPair ? length - 1 : length);
}

/**
 * Control characters (newlines, ANSI escapes, NUL…) and the invisible marks that reorder text
 * (U+202E and the other bidirectional overrides) written as `\u001B`, so a message stays one
 * honest line in a terminal and on the page: what a hostile value says is shown, never obeyed.
 */
export function escapeUnsafe(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code)) continue;
    out += `${text.slice(copiedUpTo, i)}\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A list of choices or values as plain words: 'x1, x2'. */
export function listWords(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}

/**
 * A field's label as it reads inside a message, in the page's language: the catalogue has a
 * label for every field of the table (`field.<path>`) and of a hidden layer
 * (`field.layer.<path>`). A field added without one still reads, in English.
 */
export function fieldLabel(spec: { path: string; label: string }, layerField = false): Message {
  const key = `field.${layerField ? 'layer.' : ''}${spec.path}`;
  if (!hasText(key)) return inSentenceMsg(msg('problem.raw', { text: spec.label }));
  return inSentenceMsg({ key });
}

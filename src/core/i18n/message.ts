/**
 * A message made below the views (a link problem, a worker notice, a doctor's diagnosis) kept
 * as a catalogue key with its parameters, not as finished words: the page renders it in the
 * language it shows, at the moment it shows it, and a language switch re-renders it. A
 * parameter may itself be a message (a field's label, "a list"), so one sentence is always one
 * template whose word order each language chooses; nothing is glued from translated pieces.
 */
import { translator, type Lang, type TextKey, type TextParams, type Translate } from './index';

/** A parameter's value: a number, text shown as it is (a quoted value), a message, or a list. */
export type Arg = string | number | Message | readonly Arg[];

export interface Message {
  readonly key: TextKey;
  readonly params?: Readonly<Record<string, Arg>>;
  /**
   * Shown inside a sentence rather than as a label: English lowers the first letter of a label
   * ('Learning rate' → 'learning rate') unless it starts with an acronym ('CSV data').
   */
  readonly inSentence?: boolean;
}

/** The parameters a key needs, each of which may be a message itself. */
export type ArgsFor<Key extends TextKey> =
  TextParams<Key> extends [infer Params] ? [params: { readonly [Name in keyof Params]: Arg }] : [];

/** A message for `key`; its parameters are checked against the English template's names. */
export function msg<Key extends TextKey>(key: Key, ...params: ArgsFor<Key>): Message {
  return params.length === 0 ? { key } : { key, params: params[0] };
}

/** The same message read inside a sentence (see Message.inSentence). */
export function inSentenceMsg(message: Message): Message {
  return { ...message, inSentence: true };
}

/** The message in the language of `t`, its parameters rendered first. */
export function renderMessage(message: Message, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = renderArg(value, t);
  // The key and its parameters were checked against each other when the message was made.
  const text = (t as (key: TextKey, params?: Record<string, string | number>) => string)(
    message.key,
    params,
  );
  return message.inSentence ? inSentence(text) : text;
}

function renderArg(value: Arg, t: Translate): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessage(value)) return renderMessage(value, t);
  return value.map((item) => renderArg(item, t)).join(', ');
}

function isMessage(value: Message | readonly Arg[]): value is Message {
  return !Array.isArray(value);
}

/** The message in one language. */
export function messageIn(lang: Lang, message: Message): string {
  return renderMessage(message, translator(lang));
}

/** The English words of a message: what the command line prints and what tests compare. */
export function english(message: Message): string {
  return messageIn('en', message);
}

/** The message with `change` applied to every piece of text shown as it is (not the templates). */
export function mapText(message: Message, change: (text: string) => string): Message {
  if (!message.params) return message;
  const params: Record<string, Arg> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = mapArg(value, change);
  return { ...message, params };
}

function mapArg(value: Arg, change: (text: string) => string): Arg {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return change(value);
  if (isMessage(value)) return mapText(value, change);
  return value.map((item) => mapArg(item, change));
}

/**
 * A label as it reads inside a sentence: 'Learning rate' → 'learning rate', but labels that
 * start with an acronym or a name ('CSV data', 'L1 ratio', 'ELU alpha') keep their capitals.
 * Korean has no capitals, so a Korean label comes out as it is.
 */
export function inSentence(label: string): string {
  const firstWord = label.split(' ')[0];
  const restOfWord = firstWord.slice(1);
  return restOfWord === restOfWord.toLowerCase() && !/\d/.test(restOfWord)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

import { CATALOGUES, type Lang, type TextKey, type TextParams } from '../core/i18n';
import { fill } from '../core/i18n/texts';
import type { Problem } from '../config/problems';

/**
 * A sentence kept as what it says rather than as words of one language, so a notice already
 * on the page changes language with the switch: a catalogue text and its parameters, a problem
 * found in a link (worded by the views' problemText), or text as the worker wrote it.
 */
export type Message =
  | { kind: 'text'; key: TextKey; params?: Readonly<Record<string, string | number>> }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'raw'; text: string };

/** A catalogue text as a message, its parameters checked against the template. */
export function message<Key extends TextKey>(key: Key, ...params: TextParams<Key>): Message {
  return { kind: 'text', key, params: params[0] };
}

export function rawMessage(text: string): Message {
  return { kind: 'raw', text };
}

/** The message in `lang`; problems are worded by `problemText` (their plain message by default). */
export function messageText(
  m: Message,
  lang: Lang,
  problemText: (problem: Problem) => string = (problem) => problem.message,
): string {
  switch (m.kind) {
    case 'text':
      return fill(CATALOGUES[lang][m.key], m.params);
    case 'problem':
      return problemText(m.problem);
    case 'raw':
      return m.text;
  }
}

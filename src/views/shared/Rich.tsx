import { Fragment, type ReactNode } from 'react';

/** The markup a catalogue text may carry: bold and italic runs, nothing else. */
const TAGS = { b: 'b', i: 'i' } as const;
type Tag = keyof typeof TAGS;

/**
 * A translated text with its <b>bold</b> and <i>italic</i> runs as elements. The markup lives in
 * the catalogue, so each language places its emphasis where its own word order puts the words;
 * anything else in the text stays plain text (never HTML).
 */
export function Rich({ text }: { text: string }) {
  return <>{richParts(text)}</>;
}

export function richParts(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /<(b|i)>(.*?)<\/\1>/g;
  let at = 0;
  let key = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > at)
      parts.push(<Fragment key={key++}>{text.slice(at, match.index)}</Fragment>);
    const Element = TAGS[match[1] as Tag];
    parts.push(<Element key={key++}>{match[2]}</Element>);
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(<Fragment key={key}>{text.slice(at)}</Fragment>);
  return parts;
}

import { Fragment, type ReactNode } from 'react';
import { CATALOGUES, type TextKey, type TextParams } from '../../core/i18n';
import { useLanguageStore } from '../../state/language';

/** A key whose text takes no parameters, for tables of labels looked up by key. */
export type PlainTextKey = {
  [Key in TextKey]: TextParams<Key> extends [] ? Key : never;
}[TextKey];

/** The elements that fill a template's `{parameters}` (a bold figure, a live output…). */
export type PartsFor<Key extends TextKey> = {
  readonly [Name in keyof NonNullable<TextParams<Key>[0]>]: ReactNode;
};

/** Like `t`, for a sentence whose parameters are elements: one template, never fragments. */
export type RichTranslate = <Key extends TextKey>(key: Key, parts: PartsFor<Key>) => ReactNode;

/** The template's text with each `{name}` replaced by its element (an unknown name stays). */
export function fillParts(template: string, parts: Readonly<Record<string, ReactNode>>): ReactNode {
  // split with a capturing group: even pieces are text, odd pieces are parameter names.
  const pieces = template.split(/\{(\w+)\}/g);
  return (
    <>
      {pieces.map((piece, k) =>
        k % 2 === 0 ? (
          piece
        ) : (
          <Fragment key={k}>
            {Object.prototype.hasOwnProperty.call(parts, piece) ? parts[piece] : `{${piece}}`}
          </Fragment>
        ),
      )}
    </>
  );
}

/** The rich translate for the page's current language; the view re-renders on a switch. */
export function useRichT(): RichTranslate {
  const lang = useLanguageStore((s) => s.lang);
  return (key, parts) => fillParts(CATALOGUES[lang][key], parts);
}

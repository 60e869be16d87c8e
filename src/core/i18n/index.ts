/**
 * The lab's words in every language it speaks. Each area has one English catalogue (the
 * source of the keys and of the parameters' names) and one Korean catalogue with the same
 * keys; `translate` looks a key up and fills its parameters. Texts never concatenate
 * fragments: a sentence is one template, so a translator can order its words freely.
 */
import { enUi } from './en/ui';
import { enGraphs } from './en/graphs';
import { enInspector } from './en/inspector';
import { enInspectorFormulas } from './en/inspectorFormulas';
import { enProblems } from './en/problems';
import { enLessons } from './en/lessons';
import { enDigits } from './en/digits';
import { enLandscape } from './en/landscape';
import { koUi } from './ko/ui';
import { koGraphs } from './ko/graphs';
import { koInspector } from './ko/inspector';
import { koInspectorFormulas } from './ko/inspectorFormulas';
import { koProblems } from './ko/problems';
import { koLessons } from './ko/lessons';
import { koDigits } from './ko/digits';
import { koLandscape } from './ko/landscape';
import type { Lang } from './lang';
import { fill, type ParamsFor, type Texts } from './texts';

export { LANGS, isLang, pickLang, type Lang } from './lang';

/** The English areas, listed for the test that no key is defined in two of them. */
export const ENGLISH_AREAS: readonly Readonly<Record<string, string>>[] = [
  enUi,
  enGraphs,
  enInspector,
  enInspectorFormulas,
  enProblems,
  enLessons,
  enDigits,
  enLandscape,
];

// One area per part of the lab, so each catalogue file stays a size one can read.
const english = {
  ...enUi,
  ...enGraphs,
  ...enInspector,
  ...enInspectorFormulas,
  ...enProblems,
  ...enLessons,
  ...enDigits,
  ...enLandscape,
} as const;
type English = typeof english;

/** Every key the catalogues have. */
export type TextKey = keyof English;
/** The parameters a key's text needs (an empty tuple when it needs none). */
export type TextParams<Key extends TextKey> = ParamsFor<English[Key]>;

const korean: Texts<English> = {
  ...koUi,
  ...koGraphs,
  ...koInspector,
  ...koInspectorFormulas,
  ...koProblems,
  ...koLessons,
  ...koDigits,
  ...koLandscape,
};

export const CATALOGUES: Readonly<Record<Lang, Texts<English>>> = { en: english, ko: korean };

/** The text for `key` in `lang`, its `{parameters}` filled. */
export function translate<Key extends TextKey>(
  lang: Lang,
  key: Key,
  ...params: TextParams<Key>
): string {
  return fill(CATALOGUES[lang][key], params[0]);
}

/** A translate bound to one language, the shape views and messages receive. */
export type Translate = <Key extends TextKey>(key: Key, ...params: TextParams<Key>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...params) => translate(lang, key, ...params);
}

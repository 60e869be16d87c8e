/**
 * The lab's words in every language it speaks. Each area has one English catalogue (the
 * source of the keys and of the parameters' names) and one Korean catalogue with the same
 * keys; `translate` looks a key up and fills its parameters. Texts never concatenate
 * fragments: a sentence is one template, so a translator can order its words freely.
 *
 * English is part of the page's first JavaScript; every other language is a chunk of its own,
 * fetched by `loadLanguage` when the page opens in it or switches to it. `translate` stays
 * synchronous: a language not loaded yet reads as English.
 */
import { english, type English } from './english';
import { LANGS, type Lang } from './lang';
import { fill, type ParamsFor, type Texts } from './texts';

export { LANGS, isLang, pickLang, type Lang } from './lang';
export { ENGLISH_AREAS } from './english';

/** Every key the catalogues have. */
export type TextKey = keyof English;
/** The parameters a key's text needs (an empty tuple when it needs none). */
export type TextParams<Key extends TextKey> = ParamsFor<English[Key]>;

type OtherLang = Exclude<Lang, 'en'>;

/** Where each other language's catalogue comes from: a dynamic import, its own chunk. */
const LOADERS: Readonly<Record<OtherLang, () => Promise<Texts<English>>>> = {
  ko: () => import('./ko/index').then((m) => m.korean),
};

const loaded: { [L in Lang]?: Texts<English> } = { en: english };
const loading = new Map<Lang, Promise<void>>();

/** The catalogue of `lang`, or English while that language is not loaded. */
function catalogue(lang: Lang): Texts<English> {
  return loaded[lang] ?? english;
}

/** Each language's catalogue as it stands now (English for one not loaded yet). */
export const CATALOGUES: Readonly<Record<Lang, Texts<English>>> = Object.defineProperties(
  {} as Record<Lang, Texts<English>>,
  Object.fromEntries(
    LANGS.map((lang) => [lang, { get: () => catalogue(lang), enumerable: true }]),
  ) as PropertyDescriptorMap,
);

/** Whether `lang`'s own words are here (English always is). */
export function isLanguageLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * Fetches `lang`'s catalogue once; resolves when `translate(lang, …)` gives its words. A failed
 * fetch rejects and may be tried again later.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return Promise.resolve();
  const pending = loading.get(lang);
  if (pending) return pending;
  const fetching = LOADERS[lang]().then(
    (texts) => {
      loaded[lang] = texts;
    },
    (error: unknown) => {
      loading.delete(lang);
      throw error;
    },
  );
  loading.set(lang, fetching);
  return fetching;
}

/** The text for `key` in `lang`, its `{parameters}` filled. */
export function translate<Key extends TextKey>(
  lang: Lang,
  key: Key,
  ...params: TextParams<Key>
): string {
  return fill(catalogue(lang)[key], params[0]);
}

/** A translate bound to one language, the shape views and messages receive. */
export type Translate = <Key extends TextKey>(key: Key, ...params: TextParams<Key>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...params) => translate(lang, key, ...params);
}

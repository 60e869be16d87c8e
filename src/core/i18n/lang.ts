/** The interface languages. Formulas and numbers are the same in every one. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language a page opens in: the link's `lang=` when it names one, else the first of the
 * browser's preferred languages that the lab speaks ('ko-KR' counts as 'ko'), else English.
 */
export function pickLang(fromLink: string | undefined, preferred: readonly string[]): Lang {
  if (isLang(fromLink)) return fromLink;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

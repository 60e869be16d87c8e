import type { TextKey, TextParams, Translate } from '../../core/i18n';
import { useLanguageStore } from '../../state/language';

/** The translate function for the page's current language; the view re-renders on a switch. */
export function useT(): Translate {
  return useLanguageStore((s) => s.t);
}

/** The keys whose text takes no parameters: what a table of labels (one per choice) holds. */
export type PlainKey = {
  [Key in TextKey]: TextParams<Key> extends [] ? Key : never;
}[TextKey];

import type { Translate } from '../../core/i18n';
import { useLanguageStore } from '../../state/language';

/** The translate function for the page's current language; the view re-renders on a switch. */
export function useT(): Translate {
  return useLanguageStore((s) => s.t);
}

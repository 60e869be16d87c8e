import { create } from 'zustand';
import { translator, type Lang, type Translate } from '../core/i18n';

/**
 * The interface language. It is chosen once when the page opens (the link's `lang=`, else the
 * browser's languages) and changed by the language switch; views read it through `useT`.
 */
interface LanguageState {
  lang: Lang;
  t: Translate;
}

export const useLanguageStore = create<LanguageState>(() => ({ lang: 'en', t: translator('en') }));

export const languageActions = {
  setLang(lang: Lang): void {
    if (useLanguageStore.getState().lang === lang) return;
    useLanguageStore.setState({ lang, t: translator(lang) });
  },
};

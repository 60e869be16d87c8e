import { create } from 'zustand';
import { translator, type Lang, type Translate } from '../core/i18n';

/**
 * The interface language. It is chosen once when the page opens (the link's `lang=`, else the
 * browser's languages) and changed by the language switch; views read it through `useT`.
 */
interface LanguageState {
  lang: Lang;
  t: Translate;
  /**
   * Whether the link names the language (`lang=`): a link that does not lets each reader's
   * browser choose, and a switch by hand writes the choice into the link.
   */
  inLink: boolean;
}

export const useLanguageStore = create<LanguageState>(() => ({
  lang: 'en',
  t: translator('en'),
  inLink: false,
}));

export const languageActions = {
  /** The language the page opens in, and whether its link asked for it. */
  start(lang: Lang, inLink: boolean): void {
    useLanguageStore.setState({ lang, t: translator(lang), inLink });
  },
  /** A switch by hand (or a pasted link's `lang=`): the link keeps the choice from now on. */
  setLang(lang: Lang): void {
    const now = useLanguageStore.getState();
    if (now.lang === lang && now.inLink) return;
    useLanguageStore.setState({ lang, t: translator(lang), inLink: true });
  },
};

/** The `lang=` a link written now carries: the language when the link holds one, else none. */
export function linkLang(): Lang | null {
  const { lang, inLink } = useLanguageStore.getState();
  return inLink ? lang : null;
}

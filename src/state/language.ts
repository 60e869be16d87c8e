import { create } from 'zustand';
import {
  isLanguageLoaded,
  loadLanguage,
  translator,
  type Lang,
  type Translate,
} from '../core/i18n';

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

/** Counts switches, so a slow catalogue never overrides a later choice. */
let switches = 0;

export const languageActions = {
  /**
   * The language the page opens in, and whether its link asked for it. Its catalogue may still
   * be loading (texts read as English until then): the page awaits `loadLanguage` before it
   * first renders.
   */
  start(lang: Lang, inLink: boolean): void {
    switches += 1;
    useLanguageStore.setState({ lang, t: translator(lang), inLink });
  },
  /**
   * A switch by hand (or a pasted link's `lang=`): the link keeps the choice from now on. The
   * page changes language once the catalogue is here (at once when it already is; `loadLanguage`
   * resolves just after), so it never shows a mix; if it cannot be fetched the page stays as it
   * was.
   */
  setLang(lang: Lang): void {
    const mine = ++switches; // a switch still loading is overtaken, even by a no-op
    const now = useLanguageStore.getState();
    if (now.lang === lang && now.inLink) return;
    const apply = (): void => {
      if (mine === switches) useLanguageStore.setState({ lang, t: translator(lang), inLink: true });
    };
    if (isLanguageLoaded(lang)) return apply();
    loadLanguage(lang).then(apply, (error: unknown) => {
      console.error(`The ${lang} texts could not be loaded; the page stays as it was.`, error);
    });
  },
};

/** The `lang=` a link written now carries: the language when the link holds one, else none. */
export function linkLang(): Lang | null {
  const { lang, inLink } = useLanguageStore.getState();
  return inLink ? lang : null;
}

import { LANGS, type Lang } from '../../core/i18n';
import { languageActions, useLanguageStore } from '../../state/language';
import { useT } from '../shared/useT';

/**
 * Each language named in itself, the same in every interface language: a reader who cannot
 * read the page's current language still finds their own.
 */
const NAMES: Readonly<Record<Lang, string>> = { en: 'English', ko: '한국어' };

/**
 * English / 한국어 in the header: two toggle buttons, the current one pressed. A switch changes
 * every text at once and writes `lang=` into the address; the run goes on untouched.
 */
export function LanguageSwitch() {
  const t = useT();
  const current = useLanguageStore((s) => s.lang);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => languageActions.setLang(lang)}
        >
          {NAMES[lang]}
        </button>
      ))}
    </div>
  );
}

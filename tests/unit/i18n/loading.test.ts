import { beforeEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../../src/core/i18n');
type Language = typeof import('../../../src/state/language');

/**
 * The Korean catalogue is its own chunk, fetched on demand. tests/setup.ts loads it for every
 * other test; here each case starts from a fresh copy of the modules, Korean not loaded yet.
 */
async function fresh(): Promise<{ i18n: I18n; language: Language }> {
  vi.resetModules();
  const i18n = await import('../../../src/core/i18n');
  const language = await import('../../../src/state/language');
  return { i18n, language };
}

describe('loading a language on demand', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('reads Korean as English until its catalogue is loaded, then as Korean', async () => {
    const { i18n } = await fresh();
    expect(i18n.isLanguageLoaded('en')).toBe(true);
    expect(i18n.isLanguageLoaded('ko')).toBe(false);
    expect(i18n.translate('ko', 'transport.play')).toBe('Play');
    expect(i18n.CATALOGUES.ko['transport.play']).toBe('Play');
    await i18n.loadLanguage('ko');
    expect(i18n.isLanguageLoaded('ko')).toBe(true);
    expect(i18n.translate('ko', 'transport.play')).toBe('재생');
    expect(i18n.CATALOGUES.ko['transport.play']).toBe('재생');
    expect(i18n.translate('en', 'transport.play')).toBe('Play');
  });

  it('fetches a catalogue once however many ask for it', async () => {
    const { i18n } = await fresh();
    const first = i18n.loadLanguage('ko');
    expect(i18n.loadLanguage('ko')).toBe(first);
    await first;
    await expect(i18n.loadLanguage('en')).resolves.toBeUndefined();
  });

  it('switches the page only once the Korean words are here', async () => {
    const { i18n, language } = await fresh();
    const { languageActions, useLanguageStore } = language;
    languageActions.start('en', false);
    languageActions.setLang('ko');
    // Still English everywhere: no mix of a Korean label and English text.
    expect(useLanguageStore.getState().lang).toBe('en');
    await i18n.loadLanguage('ko'); // the switch applies first: it asked first
    const now = useLanguageStore.getState();
    expect(now.lang).toBe('ko');
    expect(now.inLink).toBe(true);
    expect(now.t('transport.play')).toBe('재생');
    expect(i18n.isLanguageLoaded('ko')).toBe(true);
  });

  it('a later choice wins over a switch still loading', async () => {
    const { i18n, language } = await fresh();
    const { languageActions, useLanguageStore } = language;
    languageActions.start('en', true);
    languageActions.setLang('ko');
    languageActions.setLang('en');
    await i18n.loadLanguage('ko');
    expect(useLanguageStore.getState().lang).toBe('en');
    expect(useLanguageStore.getState().t('transport.play')).toBe('Play');
  });

  it('switches at once when the catalogue is already here', async () => {
    const { i18n, language } = await fresh();
    await i18n.loadLanguage('ko');
    const { languageActions, useLanguageStore } = language;
    languageActions.start('en', false);
    languageActions.setLang('ko');
    expect(useLanguageStore.getState().lang).toBe('ko');
  });
});

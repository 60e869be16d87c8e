import { describe, expect, it } from 'vitest';
import { CATALOGUES, ENGLISH_AREAS, pickLang, translate } from '../../src/core/i18n';
import { fill } from '../../src/core/i18n/texts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('every Korean text takes the same parameters as its English one', () => {
    for (const key of Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]) {
      expect(placeholders(CATALOGUES.ko[key]), key).toEqual(placeholders(CATALOGUES.en[key]));
    }
  });

  it('no Korean text is left in English', () => {
    const untranslated = (Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]).filter(
      (key) =>
        /[A-Za-z]{4,}/.test(CATALOGUES.ko[key].replace(/\{\w+\}/g, '')) &&
        !/[가-힣]/.test(CATALOGUES.ko[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('no key is defined in two areas (a spread would hide one)', () => {
    const total = ENGLISH_AREAS.reduce((n, area) => n + Object.keys(area).length, 0);
    expect(Object.keys(CATALOGUES.en).length).toBe(total);
  });

  it('looks keys up per language', () => {
    expect(translate('en', 'transport.play')).toBe('Play');
    expect(translate('ko', 'transport.play')).toBe('재생');
  });
});

describe('fill', () => {
  it('puts each value in place and leaves unknown names as written', () => {
    expect(fill('step {step} of {total}', { step: 3, total: 10 })).toBe('step 3 of 10');
    expect(fill('{a}{b}{a}', { a: 'x', b: 1 })).toBe('x1x');
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
    expect(fill('{__proto__}', {})).toBe('{__proto__}');
  });
});

describe('pickLang', () => {
  it("takes the link's language, then the browser's, then English", () => {
    expect(pickLang('ko', ['en-US'])).toBe('ko');
    expect(pickLang(undefined, ['ko-KR', 'en'])).toBe('ko');
    expect(pickLang('fr', ['fr-FR', 'ko'])).toBe('ko');
    expect(pickLang(undefined, ['de'])).toBe('en');
    expect(pickLang('EN', [])).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import {
  presentationText,
  splitPresentation,
  withPresentation,
} from '../../../src/config/presentation';
import { translator } from '../../../src/core/i18n';
import { languageActions, linkLang, useLanguageStore } from '../../../src/state/language';
import { problemText } from '../../../src/config/problems';

describe('the lang= link key', () => {
  it('is split off the run link like embed= and hide=, in either case', () => {
    const ko = splitPresentation('#ds=xor&lang=ko&lr=0.1&v=1');
    expect(ko.presentation.lang).toBe('ko');
    expect(ko.runLink).toBe('ds=xor&lr=0.1&v=1');
    expect(ko.problems).toEqual([]);
    expect(splitPresentation('lang=KO&v=1').presentation.lang).toBe('ko');
    expect(splitPresentation('#v=1').presentation.lang).toBeNull();
  });

  it('refuses a language the lab does not speak, with a message, and the browser decides', () => {
    const { presentation, problems } = splitPresentation('#lang=fr&v=1');
    expect(presentation.lang).toBeNull();
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['lang', "lang: 'fr' is not one of en, ko; ignored"],
    ]);
    const hostile = splitPresentation(`#lang=${'x'.repeat(5000)}&v=1`).problems[0].message;
    expect(hostile.length).toBeLessThan(120);
  });

  it('is written back before the closing v=, after embed= and hide=', () => {
    const p = { embed: null, hide: ['data' as const], lang: 'ko' as const };
    expect(presentationText(p)).toBe('hide=data&lang=ko');
    expect(withPresentation('#ds=xor&v=1', p)).toBe('#ds=xor&hide=data&lang=ko&v=1');
    expect(withPresentation('#v=1', { embed: null, hide: [], lang: null })).toBe('#v=1');
  });
});

describe('the language store', () => {
  it('writes lang= into links only once the link holds the language or it was switched', () => {
    languageActions.start('ko', false);
    expect(useLanguageStore.getState().lang).toBe('ko');
    expect(linkLang()).toBeNull();
    languageActions.setLang('en');
    expect(useLanguageStore.getState().t('transport.play')).toBe('Play');
    expect(linkLang()).toBe('en');
    languageActions.start('en', false);
  });
});

describe('problemText', () => {
  it('says a presentation key’s bad value in the page’s language', () => {
    const [problem] = splitPresentation('#hide=nonsense&v=1').problems;
    expect(problemText(problem, translator('en'))).toBe(
      "hide: 'nonsense' is not one of data, network, training, inspector, lessons; ignored",
    );
    expect(problemText(problem, translator('ko'))).toBe(
      "hide: 'nonsense'은(는) data, network, training, inspector, lessons 중 하나가 아니어서 무시합니다.",
    );
  });
});

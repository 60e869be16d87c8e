import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import { LAYER_FIELD_SPECS, SETTING_ROWS } from '../../../src/config/fields';
import { fieldLabel, MAX_PROBLEMS, problemText } from '../../../src/config/problems';
import { validateConfig } from '../../../src/config/validate';
import { CATALOGUES, translator, type TextKey } from '../../../src/core/i18n';
import { enProblems } from '../../../src/core/i18n/en/problems';
import { english, messageIn, msg, renderMessage } from '../../../src/core/i18n/message';

const HANGUL = /[가-힣]/;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('the problems catalogue', () => {
  it('renders every key in both languages with its parameters filled', () => {
    for (const key of Object.keys(enProblems) as TextKey[]) {
      const params = Object.fromEntries(
        placeholders(CATALOGUES.en[key]).map((name, k) => [name, `⟨${name}${k}⟩`]),
      );
      for (const lang of ['en', 'ko'] as const) {
        const text = messageIn(lang, { key, params });
        expect(text, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
        for (const [name, value] of Object.entries(params))
          expect(text, `${lang} ${key} {${name}}`).toContain(value);
      }
      // Only a bare parameter may read the same in Korean as in English.
      if (key !== 'problem.raw') expect(messageIn('ko', { key, params }), key).toMatch(HANGUL);
    }
  });

  it('has a label for every field of the table and of a hidden layer, equal to its English label', () => {
    const t = translator('en');
    for (const row of SETTING_ROWS) {
      const label = fieldLabel(row);
      expect(label.key, row.path).toBe(`field.${row.path}`);
      expect(renderMessage({ ...label, inSentence: false }, t)).toBe(row.label);
    }
    for (const spec of LAYER_FIELD_SPECS) {
      expect(renderMessage({ ...fieldLabel(spec, true), inSentence: false }, t)).toBe(spec.label);
    }
  });

  it('nests messages: a label inside a sentence, lowered in English only where it should be', () => {
    const lr = fieldLabel({ path: 'training.optimizer.learningRate', label: 'Learning rate' });
    const csv = fieldLabel({ path: 'data.csv', label: 'CSV data' });
    const text = msg('problem.number.notNumber', { noun: lr, value: "'x'", using: '0.03' });
    expect(english(text)).toBe("learning rate 'x' is not a number; using 0.03");
    expect(messageIn('ko', text)).toBe(
      "학습률 값 'x'은(는) 숫자가 아닙니다. 0.03을(를) 사용합니다.",
    );
    expect(english(msg('problem.text.brokenUnicode', { noun: csv }))).toMatch(/^CSV data/);
  });
});

describe('problems in the page language', () => {
  it('says a validation problem in Korean with the same numbers as in English', () => {
    const { problems } = validateConfig({ training: { batchSize: 1e6 } });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('batch size 1000000 is above the limit 10000; using 10000');
    expect(problemText(problems[0], translator('ko'))).toBe(
      '배치 크기 값 1000000은(는) 한도 10000을(를) 넘습니다. 10000을(를) 사용합니다.',
    );
  });

  it('keeps a hostile value escaped in Korean as in English', () => {
    const hostile = 'v=1&lr=%E2%80%AE1%1B[31m&act=%E2%80%AEevil&zz=1';
    const { problems } = decodeLink(hostile);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const ko = problemText(p, translator('ko'));
      expect(ko, p.message).toMatch(HANGUL);
      expect(english(p.text)).toBe(p.message);
      for (const text of [ko, p.message]) {
        // eslint-disable-next-line no-control-regex -- the test is that none is left
        expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
      }
    }
    const lr = problems.find((p) => p.field === 'training.optimizer.learningRate');
    expect(lr?.message).toContain('\\u202E1\\u001B[31m');
    expect(problemText(lr!, translator('ko'))).toContain('\\u202E1\\u001B[31m');
  });

  it('bounds a flood of problems with a last line in the page language', () => {
    const keys = Array.from({ length: MAX_PROBLEMS + 7 }, (_, k) => `junk${k}=1`).join('&');
    const { problems } = decodeLink(`${keys}&ch=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v&v=1`);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    const last = problems[MAX_PROBLEMS];
    expect(last.message).toMatch(/^…and \d+ more$/);
    expect(problemText(last, translator('ko'))).toMatch(/^…외 \d+개 더$/);
  });
});

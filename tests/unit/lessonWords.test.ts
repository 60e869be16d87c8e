import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator } from '../../src/core/i18n';
import { enLessons } from '../../src/core/i18n/en/lessons';
import { LESSONS, lessonWords, variantLabel } from '../../src/lessons';
import { lessonKey, variantKey } from '../../src/lessons/words';

const HANGUL = /[가-힣]/;
const PARTS = ['title', 'summary', 'text', 'lookAt'] as const;

describe('lessons in both languages', () => {
  it('has every part of every lesson and every variant label in the catalogue', () => {
    const missing: string[] = [];
    for (const lesson of LESSONS) {
      for (const part of PARTS)
        if (!lessonKey(lesson, part)) missing.push(`lesson.${lesson.id}.${part}`);
      for (const variant of lesson.variants)
        if (!variantKey(lesson, variant)) missing.push(`lesson.${lesson.id}.variant.${variant.id}`);
    }
    expect(missing).toEqual([]);
    // Nothing else: a key for a lesson or a variant that no longer exists is dead text.
    const used = LESSONS.flatMap((l) => [
      ...PARTS.map((part) => `lesson.${l.id}.${part}`),
      ...l.variants.map((v) => `lesson.${l.id}.variant.${v.id}`),
    ]);
    expect(Object.keys(enLessons).sort()).toEqual(used.sort());
  });

  it('says in English exactly what the lesson objects say', () => {
    const en = translator('en');
    for (const lesson of LESSONS) {
      const { title, summary, text, lookAt } = lesson;
      expect(lessonWords(lesson, en)).toEqual({ title, summary, text, lookAt });
      for (const variant of lesson.variants)
        expect(variantLabel(lesson, variant, en)).toBe(variant.label);
    }
  });

  it('says every lesson in Korean, keeping its numbers', () => {
    const ko = translator('ko');
    for (const lesson of LESSONS) {
      const words = lessonWords(lesson, ko);
      for (const part of PARTS) {
        expect(words[part], `${lesson.id} ${part}`).toMatch(HANGUL);
        expect(words[part]).not.toBe(lesson[part]);
      }
      // The numbers a lesson quotes are what its runs produce; the Korean quotes the same.
      const numbers = (s: string) => new Set(s.match(/\d+(?:[.,]\d+)?/g) ?? []);
      for (const n of numbers(lesson.text)) expect(words.text, `${lesson.id}: ${n}`).toContain(n);
      for (const variant of lesson.variants) {
        const label = variantLabel(lesson, variant, ko);
        expect(label.length).toBeGreaterThan(0);
        expect(CATALOGUES.ko[variantKey(lesson, variant)!]).toBe(label);
      }
    }
  });

  it('falls back to the English of a lesson the catalogue does not know', () => {
    const stray = { ...LESSONS[0], id: 'not-in-the-catalogue' };
    expect(lessonWords(stray, translator('ko')).title).toBe(LESSONS[0].title);
  });
});

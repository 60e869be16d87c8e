/**
 * A lesson's words in the page's language. The texts live in the lessons catalogue under
 * `lesson.<id>.<part>` and `lesson.<id>.variant.<variantId>`; a lesson or a variant added
 * without catalogue entries still reads, in the English its object carries (and the lessons
 * test names what is missing).
 */
import { CATALOGUES, type TextKey, type Translate } from '../core/i18n';
import type { Lesson, LessonVariant } from './types';

export interface LessonWords {
  title: string;
  summary: string;
  text: string;
  lookAt: string;
}

/** The parts of a lesson that are words. */
type Part = keyof LessonWords;

/** The catalogue key of one part of a lesson, or null when the catalogue has none. */
export function lessonKey(lesson: Lesson, part: Part): TextKey | null {
  return known(`lesson.${lesson.id}.${part}`);
}

export function variantKey(lesson: Lesson, variant: LessonVariant): TextKey | null {
  return known(`lesson.${lesson.id}.variant.${variant.id}`);
}

function known(key: string): TextKey | null {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key) ? (key as TextKey) : null;
}

// Lesson texts take no parameters: each is read whole.
type Plain = (key: TextKey) => string;

/** Title, menu line, idea and where to look, in the language of `t`. */
export function lessonWords(lesson: Lesson, t: Translate): LessonWords {
  const word = (part: Part): string => {
    const key = lessonKey(lesson, part);
    return key ? (t as Plain)(key) : lesson[part];
  };
  return {
    title: word('title'),
    summary: word('summary'),
    text: word('text'),
    lookAt: word('lookAt'),
  };
}

/** A variant's button label in the language of `t`. */
export function variantLabel(lesson: Lesson, variant: LessonVariant, t: Translate): string {
  const key = variantKey(lesson, variant);
  return key ? (t as Plain)(key) : variant.label;
}

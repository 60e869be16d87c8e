/**
 * Lessons as runs: each variant's RunConfig and its shareable link, and the way back from a
 * link to the lesson it opens (so a shared lesson link shows its explanation too).
 */
import { encodeLink } from '../config/link';
import { CURRENT_MATHS, type MathsVersion } from '../core/detmath';
import { writeRaceParams } from '../config/raceLink';
import type { RunConfig } from '../config/types';
import { validateConfig } from '../config/validate';
import { LESSONS } from './lessons';
import { patchedConfig } from './patch';
import type { Lesson, LessonVariant } from './types';

export { LESSONS } from './lessons';
export type { ConfigPatch, Lesson, LessonVariant } from './types';
export { lessonWords, variantLabel, type LessonWords } from './words';

/**
 * The run of one lesson variant, opening on the lesson's view. Validated like any config, so
 * dependent settings are consistent (e.g. the cyclic schedule's lowest rate is at most η).
 */
export function lessonConfig(lesson: Lesson, variant: LessonVariant): RunConfig {
  const { patch } = variant;
  return validateConfig(patchedConfig({ ...patch, open: { view: lesson.view, ...patch.open } }))
    .config;
}

/** The variant's link text for the URL hash (without '#'), in the current maths by default. */
export function lessonLink(
  lesson: Lesson,
  variant: LessonVariant,
  mathsVersion: MathsVersion = CURRENT_MATHS,
): string {
  const race = variant.race ? writeRaceParams(variant.race.config) : [];
  return encodeLink({ ...lessonConfig(lesson, variant), mathsVersion }, race);
}

export interface LessonChoice {
  lesson: Lesson;
  variant: LessonVariant;
}

let linkIndex: Map<string, LessonChoice> | null = null;
let lastLessonStep: number | null = null;

/** The latest step any lesson variant opens at (read from the patches: nothing is validated). */
export function latestLessonStep(): number {
  lastLessonStep ??= Math.max(
    ...LESSONS.flatMap((lesson) =>
      lesson.variants.map((variant) => patchedConfig(variant.patch).open.step),
    ),
  );
  return lastLessonStep;
}

/** The lesson variant whose link is exactly `hash` (with or without '#'), if any. */
export function lessonForLink(hash: string): LessonChoice | null {
  // A link that opens later than every lesson is none of them, and needs no index: building it
  // validates and writes every variant's link, about 30 ms that a long opening's first render
  // would spend while the worker trains.
  const step = /(?:^#?|&)step=(\d+)(?:&|$)/.exec(hash);
  if (step !== null && Number(step[1]) > latestLessonStep()) return null;
  if (linkIndex === null) {
    linkIndex = new Map();
    for (const lesson of LESSONS) {
      for (const variant of lesson.variants) {
        // A lesson link shared before `v=2` still opens its lesson (and computes as it did):
        // the same link with `v=1` (a test checks that encodeLink writes it so).
        const link = lessonLink(lesson, variant);
        linkIndex.set(link, { lesson, variant });
        linkIndex.set(link.replace(/v=2$/, 'v=1'), { lesson, variant });
      }
    }
  }
  return linkIndex.get(hash.replace(/^#/, '')) ?? null;
}

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

import { lessonConfig, lessonLink, type LessonChoice } from '../../lessons';
import type { RunController } from '../../state/controller';
import { freshComparisonOnNextRun } from './freshComparison';
import { showLesson, useLessonState } from '../../state/lessonState';
import { raceActions, useRaceStore } from '../../state/race';

/**
 * Opens a lesson variant: its link goes into the address bar (a history entry, so Back returns
 * to the previous run and the address is the lesson's shareable link), and the page's
 * `hashchange` listener starts the run. When the address already holds that link no event
 * fires, so the run is restarted here. `toTop` (from the menu) brings the page back to the top
 * for lessons about the views there. A new lesson starts the loss chart's comparison afresh;
 * its variants then compare with each other as faint previous-run curves.
 */
export function openLesson(
  choice: LessonChoice,
  controller: RunController,
  { toTop = false }: { toTop?: boolean } = {},
): void {
  // A playing race rewrites the address every frame, which would undo the new hash before the
  // page reads it: pause the race and open the lesson once its last rewrite has gone out.
  if (useRaceStore.getState().playing) {
    raceActions.pause();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => openLesson(choice, controller, { toTop })),
    );
    return;
  }
  if (useLessonState.getState().active?.lesson !== choice.lesson) freshComparisonOnNextRun();
  showLesson(choice);
  // A lesson about the graph starts at the top (the gradient-flow and loss views scroll themselves).
  if (toTop && choice.lesson.view === 'network') window.scrollTo({ top: 0 });
  const hash = `#${lessonLink(choice.lesson, choice.variant)}`;
  if (window.location.hash === hash) {
    // No hashchange: open the race (if the variant has one) and the run here.
    if (choice.variant.race) raceActions.open(choice.variant.race.config);
    controller.start(lessonConfig(choice.lesson, choice.variant));
  } else window.location.hash = hash;
}

import { useEffect, useRef, type RefObject } from 'react';
import type { LessonChoice } from '../../lessons';
import { useLessonState } from '../../state/lessonState';
import { selectReady } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { scrollIntoSight } from '../shared/scrollIntoSight';

/**
 * Brings the race panel into sight when a lesson variant with a race opens, once its run is
 * ready: after the lesson's own view has scrolled (this hook's component comes later in the
 * page, so its effect runs last). Once per opening: the run must have been starting since the
 * variant was chosen, so choosing it while the old run is still on show waits for the new one;
 * a page opened on the lesson's link shows its own run, ready or not.
 */
export function useLessonRaceScroll(box: RefObject<HTMLElement | null>): void {
  const ready = useAppStore(selectReady);
  const active = useLessonState((s) => s.active);
  const armed = useRef<{ choice: LessonChoice; sawStart: boolean } | null>(null);
  useEffect(() => {
    if (!active?.variant.race) {
      armed.current = null;
      return;
    }
    // The page opened on the lesson's link: its run may be ready before this panel mounts.
    if (armed.current?.choice !== active) {
      const ownRun = useLessonState.getState().ownRun;
      armed.current = { choice: active, sawStart: !ready || ownRun };
    }
    if (!ready) armed.current.sawStart = true;
    else if (armed.current.sawStart) {
      armed.current.sawStart = false;
      if (box.current) scrollIntoSight(box.current);
    }
  }, [active, ready, box]);
}

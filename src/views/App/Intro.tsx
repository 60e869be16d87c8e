import { useState } from 'react';
import { startInspection } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { setLessonMenu, useLessonState } from '../../state/lessonState';
import { useController } from '../shared/controllerContext';
import { useShows } from '../shared/presentation';
import { Rich } from '../shared/Rich';
import { useT } from '../shared/useT';
import { Notation } from './Notation';

/** Where the page remembers that the intro was dismissed. */
export const INTRO_KEY = 'backprop-lab:intro-dismissed';

function wasDismissed(): boolean {
  try {
    return window.localStorage.getItem(INTRO_KEY) === '1';
  } catch {
    return false; // storage refused (private mode, sandboxed frame): show the intro
  }
}

function remember(): void {
  try {
    window.localStorage.setItem(INTRO_KEY, '1');
  } catch {
    // Not remembered: the intro comes back next visit, which is harmless.
  }
}

/**
 * A first visit's short welcome: what is on the page, three things to try (with "Inspect one
 * sample" as the walk-through to start with), and the notation. Dismissed once, remembered.
 * While a lesson is open its note guides instead (two banners would push the network below the
 * fold); the welcome comes back when the lesson is closed, until it is dismissed.
 */
export function Intro() {
  const controller = useController();
  const [open, setOpen] = useState(() => !wasDismissed());
  const canTrain = useAppStore((s) => s.status === 'ready' || s.status === 'diverged');
  const focusSample = useAppStore((s) => s.focusSample);
  const showsLessons = useShows('lessons');
  const inLesson = useLessonState((s) => s.active !== null);
  const t = useT();
  if (!open || inLesson) return null;
  const close = (): void => {
    remember();
    // The welcome leaves with its button: the focus goes on to the page's content below it.
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    setOpen(false);
  };
  return (
    <section className="intro" aria-labelledby="intro-title">
      <div className="intro-text">
        <p>
          <b id="intro-title">{t('intro.title')}</b> <Rich text={t('intro.body')} />
        </p>
        <ul className="intro-tries">
          <li>
            <button
              type="button"
              className="primary"
              disabled={!canTrain}
              onClick={() => startInspection(controller, [focusSample])}
            >
              {t('intro.inspect')}
            </button>{' '}
            {t('intro.inspectWhat')}
          </li>
          <li>
            <button type="button" disabled={!canTrain} onClick={() => controller.step(1)}>
              {t('intro.step')}
            </button>{' '}
            {t('intro.stepWhat')}
          </li>
          {showsLessons && (
            <li>
              <button type="button" onClick={() => setLessonMenu(true)}>
                {t('intro.lessons')}
              </button>{' '}
              {t('intro.lessonsWhat')}
            </li>
          )}
        </ul>
        <Notation />
      </div>
      <button type="button" className="intro-close" onClick={close}>
        {t('intro.close')}
      </button>
    </section>
  );
}

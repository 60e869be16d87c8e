import { useState } from 'react';
import { startInspection } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { setLessonMenu } from '../../state/lessonState';
import { useController } from '../shared/controllerContext';
import { useShows } from '../shared/presentation';
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
 */
export function Intro() {
  const controller = useController();
  const [open, setOpen] = useState(() => !wasDismissed());
  const canTrain = useAppStore((s) => s.status === 'ready' || s.status === 'diverged');
  const focusSample = useAppStore((s) => s.focusSample);
  const showsLessons = useShows('lessons');
  if (!open) return null;
  const close = (): void => {
    remember();
    setOpen(false);
  };
  return (
    <section className="intro" aria-labelledby="intro-title">
      <div className="intro-text">
        <p>
          <b id="intro-title">New here?</b> A small neural network learns in your browser: the{' '}
          <b>network</b> shows each neuron’s value, the <b>output</b> what it predicts, the{' '}
          <b>loss</b> how wrong it is. Try:
        </p>
        <ul className="intro-tries">
          <li>
            <button
              type="button"
              className="primary"
              disabled={!canTrain}
              onClick={() => startInspection(controller, [focusSample])}
            >
              Inspect one sample
            </button>{' '}
            one training step, formula by formula
          </li>
          <li>
            <button type="button" disabled={!canTrain} onClick={() => controller.step(1)}>
              Step once
            </button>{' '}
            train one step (▶ plays on)
          </li>
          {showsLessons && (
            <li>
              <button type="button" onClick={() => setLessonMenu(true)}>
                Open the lessons
              </button>{' '}
              eleven guided experiments
            </li>
          )}
        </ul>
        <Notation />
      </div>
      <button type="button" className="intro-close" onClick={close}>
        Got it
      </button>
    </section>
  );
}

import { useEffect, type RefObject } from 'react';
import { live, onFrame, type LiveRun } from '../../state/live';
import { watchOnScreen } from './onScreen';
import { useLatest } from './useLatest';

/**
 * Calls `draw` once per animation frame after the live run changed, without re-rendering.
 * The newest `draw` is always used, so it may close over props and state.
 *
 * With a `target`, nothing is drawn while that element is scrolled out of sight; the view
 * catches up with the newest numbers when it comes back into view (or on drawOutOfSight).
 */
export function useLiveFrame(
  draw: (run: LiveRun) => void,
  target?: RefObject<Element | null>,
): void {
  const latest = useLatest(draw);
  useEffect(() => {
    let missed = false;
    const screen = watchOnScreen(target?.current ?? null, () => {
      if (!missed) return;
      missed = false;
      latest.current(live);
    });
    const off = onFrame((run) => {
      if (!screen.visible()) {
        missed = true;
        return;
      }
      latest.current(run);
    });
    return () => {
      off();
      screen.stop();
    };
  }, [target, latest]);
}

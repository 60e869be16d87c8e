import { useEffect, type RefObject } from 'react';
import { live, onFrame, type LiveRun } from '../../state/live';
import { watchOnScreen } from './onScreen';
import { useLatest } from './useLatest';

/**
 * How often such a view redraws while training. Every part draws in the first frame of each
 * interval, so the frames between carry none of its work.
 */
export const REDRAW_INTERVAL_MS = 100;

/**
 * Like useLiveFrame with a target, for a view that draws many elements: `draw` runs
 * on live-run changes at most once every REDRAW_INTERVAL_MS (the newest state always gets
 * drawn, a little later if need be), and not at all while `target` is scrolled out of sight —
 * it catches up at once when it comes into view (or on drawOutOfSight). Nothing re-renders
 * React.
 */
export function useViewFrame(
  target: RefObject<Element | null>,
  draw: (run: LiveRun) => void,
): void {
  const latest = useLatest(draw);
  useEffect(() => {
    let missed = false;
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      missed = false;
      last = performance.now();
      latest.current(live);
    };
    const screen = watchOnScreen(target.current, () => {
      if (missed) run();
    });
    const request = (): void => {
      if (!screen.visible()) {
        missed = true;
        return;
      }
      const now = performance.now();
      const slot = Math.floor(now / REDRAW_INTERVAL_MS);
      if (slot !== Math.floor(last / REDRAW_INTERVAL_MS)) run();
      // At the next interval, in an animation frame, together with the view's other parts.
      else
        timer ??= setTimeout(
          () => requestAnimationFrame(run),
          (slot + 1) * REDRAW_INTERVAL_MS - now,
        );
    };
    const off = onFrame(request);
    return () => {
      off();
      screen.stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [target, latest]);
}

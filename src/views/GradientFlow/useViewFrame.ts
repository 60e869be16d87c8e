import { useEffect, useRef, type RefObject } from 'react';
import { live, onFrame, type LiveRun } from '../../state/live';

/**
 * How often the view redraws while training. Every part draws in the first frame of each
 * interval, so the frames between carry no gradient-flow work at all.
 */
export const REDRAW_INTERVAL_MS = 100;

/**
 * Like useLiveFrame, for a view that sits below the fold and draws many elements: `draw` runs
 * on live-run changes at most once every REDRAW_INTERVAL_MS (the newest state always gets
 * drawn, a little later if need be), and not at all while `target` is scrolled out of sight —
 * it catches up when it comes into view. Nothing re-renders React.
 */
export function useViewFrame(
  target: RefObject<Element | null>,
  draw: (run: LiveRun) => void,
): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => {
    // Visible until an observer says otherwise (there is none without layout, e.g. in tests).
    let visible = true;
    let missed = false;
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = (): void => {
      timer = null;
      missed = false;
      last = performance.now();
      latest.current(live);
    };
    const request = (): void => {
      if (!visible) {
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
    const element = target.current;
    let observer: IntersectionObserver | null = null;
    if (element && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver(
        (entries) => {
          visible = entries[entries.length - 1].isIntersecting;
          if (visible && missed) request();
        },
        { rootMargin: '100px' },
      );
      observer.observe(element);
    }
    return () => {
      off();
      observer?.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [target]);
}

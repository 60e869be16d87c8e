/**
 * Opening a link at a late step: the worker first trains the run up to that step (the
 * warm-up), and the page arranges its own work around that training.
 */
import { create } from 'zustand';
import { useAppStore, type AppState } from './store';

/** From this opening step on, an opening counts as long (a lesson's few hundred steps do not). */
export const LONG_OPENING = 100_000;

/** Whether a long opening is under way: the run is starting or training to its step. */
export const selectLongOpening = (s: AppState): boolean =>
  (s.status === 'warming-up' || s.status === 'starting') && s.config.open.step >= LONG_OPENING;

/**
 * Resolves when the page may draw itself for the first time: at once, except during a long
 * opening, which waits (at most `maxWaitMs`) for the warm-up's first progress report, sent after
 * its first slice of training. By then the worker's training loop runs compiled at full speed.
 * On a machine with two cores the page's first render (its code compiled and run for the first
 * time, its layout) otherwise competes with the worker while it gets there: the worker then
 * trained a third slower in its first half second, and the opening as a whole took about 0.1 s
 * longer (npm run bench:ui -- --only=opening, and an interleaved comparison of both builds).
 */
export function whenFirstRenderMayStart(maxWaitMs: number): Promise<void> {
  const underWay = (s: AppState): boolean =>
    selectLongOpening(s) && !(s.warmup !== null && s.warmup.done > 0);
  if (!underWay(useAppStore.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, maxWaitMs);
    const unsubscribe = useAppStore.subscribe((s) => {
      if (!underWay(s)) done();
    });
  });
}

/** Whether the panels a long opening holds back (the race, the landscape) still wait. */
const useHoldStore = create<{ held: boolean }>(() => ({
  // The page's own run may have started before this module ran (boot.ts).
  held: selectLongOpening(useAppStore.getState()),
}));
let release: (() => void) | null = null;

/**
 * Runs `task` once the browser has drawn a frame and is idle after it (or after 100 ms where
 * it cannot say when it is idle). Returns a function that cancels it.
 */
function afterFrameWhenIdle(task: () => void): () => void {
  let cancelled = false;
  const run = (): void => {
    if (!cancelled) task();
  };
  const whenIdle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1_000 });
    else setTimeout(run, 100);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(whenIdle);
  else whenIdle();
  return () => (cancelled = true);
}

// Held from the start of a long opening until the page has drawn the opened run and is idle:
// mounting them (contours, d3) as the opening ends would hold back its first usable frame.
useAppStore.subscribe((now, before) => {
  const opening = selectLongOpening(now);
  if (opening === selectLongOpening(before)) return;
  release?.();
  release = null;
  if (opening) useHoldStore.setState({ held: true });
  else if (useHoldStore.getState().held)
    release = afterFrameWhenIdle(() => useHoldStore.setState({ held: false }));
});

/** Whether the race and the landscape still wait for a long opening to end and be drawn. */
export function useHeldByOpening(): boolean {
  return useHoldStore((s) => s.held);
}

export const heldByOpening = (): boolean => useHoldStore.getState().held;

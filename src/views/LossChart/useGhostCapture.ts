import { useEffect } from 'react';
import { live } from '../../state/live';
import { useAppStore } from '../../state/store';
import type { HistoryPoint } from '../../core/runInfo';
import type { RunConfig } from '../../config/types';
import { keepGhost } from './ghostRuns';

/**
 * The new run is the old one again, opening at or after the old curve's end (a lesson's two
 * race variants share one network run): its own curve will cover the old one, which would only
 * push a telling comparison out of the two kept.
 */
function retraces(old: RunConfig, next: RunConfig, history: readonly HistoryPoint[]): boolean {
  const same = JSON.stringify({ ...old, open: null }) === JSON.stringify({ ...next, open: null });
  return same && (history.at(-1)?.step ?? 0) <= next.open.step;
}

/**
 * Keeps the curve of a run that is being replaced. The store's runId changes synchronously
 * inside `controller.start`, before the live history is cleared for the new run, so the
 * history read here is still the finished run's.
 */
export function useGhostCapture(): void {
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.runId === previous.runId) return;
        const history = live.history.all();
        if (retraces(previous.config, state.config, history)) return;
        keepGhost(previous.config, history);
      }),
    [],
  );
}

import { useEffect } from 'react';
import { live } from '../../state/live';
import { useAppStore } from '../../state/store';
import { keepGhost } from './ghostRuns';

/**
 * Keeps the curve of a run that is being replaced. The store's runId changes synchronously
 * inside `controller.start`, before the live history is cleared for the new run, so the
 * history read here is still the finished run's.
 */
export function useGhostCapture(): void {
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.runId !== previous.runId) keepGhost(previous.config, live.history.all());
      }),
    [],
  );
}

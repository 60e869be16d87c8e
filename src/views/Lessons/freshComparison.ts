import { useAppStore } from '../../state/store';
import { clearGhosts } from '../LossChart/ghostRuns';

/**
 * Clears the loss chart's previous-run curves once the next run has started, so a new lesson
 * compares only its own variants. The loss chart keeps the replaced run as a ghost when the
 * run id changes; this listener is added later, so it runs after that and removes it too.
 */
export function freshComparisonOnNextRun(): void {
  const stop = useAppStore.subscribe((state, previous) => {
    if (state.runId === previous.runId) return;
    stop();
    clearGhosts();
  });
}

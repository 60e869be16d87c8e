import type { CustomSampleRequest } from '../worker/customSample';
import type { RunController } from './controller';
import { live, showInspection } from './live';
import { useAppStore } from './store';

/**
 * The step inspector's actions, shared by its panel, the transport bar and the keyboard.
 * A trace is one training step the worker has ALREADY applied; walking its operations only
 * changes what the page shows, and finishing hands the graph back to the live snapshot (which
 * holds the state after the step).
 */

function canTrain(): boolean {
  const { status } = useAppStore.getState();
  return status === 'ready' || status === 'diverged';
}

/**
 * Asks the worker for a traced step: on the next mini-batch (null), on the given training
 * samples, or on one typed-in sample.
 */
export function startInspection(
  controller: RunController,
  samples: number[] | null,
  custom?: CustomSampleRequest,
): void {
  const { tracePending } = useAppStore.getState();
  if (tracePending || !canTrain()) return;
  if (useAppStore.getState().trace) finishInspection();
  controller.trace(samples, custom);
}

export function goToOp(index: number): void {
  const { trace, inspectOp } = useAppStore.getState();
  if (!trace) return;
  const next = Math.max(0, Math.min(trace.ops.length - 1, Math.trunc(index)));
  if (next !== inspectOp) useAppStore.setState({ inspectOp: next });
}

export function nextOp(): void {
  goToOp(useAppStore.getState().inspectOp + 1);
}

export function previousOp(): void {
  goToOp(useAppStore.getState().inspectOp - 1);
}

/** Closes the inspector: the graph shows the live snapshot (the state after the step) again. */
export function finishInspection(): void {
  const { trace } = useAppStore.getState();
  if (!trace && live.inspect === null && live.inspectDelta === null) return;
  useAppStore.setState({ trace: null, inspectOp: 0, highlight: null, graphMode: 'forward' });
  showInspection(null, null);
}

/**
 * "Step one operation": starts a traced step when none is open, else moves to the next
 * operation; after the last one it finishes the step, so pressing it again starts the next.
 */
export function stepOneOperation(controller: RunController): void {
  const { trace, inspectOp } = useAppStore.getState();
  if (!trace) {
    startInspection(controller, null);
    return;
  }
  if (inspectOp < trace.ops.length - 1) nextOp();
  else finishInspection();
}

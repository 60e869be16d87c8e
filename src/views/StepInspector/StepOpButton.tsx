import { stepOneOperation } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { selectInspecting, selectStatus, selectTracePending } from '../../state/selectors';

/** The transport bar's "Step one operation": starts an inspected step, then walks it. */
export function StepOpButton() {
  const controller = useController();
  const status = useAppStore(selectStatus);
  const inspecting = useAppStore(selectInspecting);
  const pending = useAppStore(selectTracePending);
  const canTrain = status === 'ready' || status === 'diverged';
  return (
    <button
      type="button"
      aria-label="Step one operation"
      title={
        inspecting
          ? 'Next operation of the step being inspected (. or Shift+→)'
          : 'Start a training step and walk through it one operation at a time (. or Shift+→)'
      }
      disabled={pending || (!inspecting && !canTrain)}
      onClick={() => stepOneOperation(controller)}
    >
      ▶ op
    </button>
  );
}

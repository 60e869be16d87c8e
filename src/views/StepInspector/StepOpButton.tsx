import { stepOneOperation } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { selectInspecting, selectStatus, selectTracePending } from '../../state/selectors';
import { useT } from '../shared/useT';

/** The transport bar's "Step one operation": starts an inspected step, then walks it. */
export function StepOpButton() {
  const controller = useController();
  const status = useAppStore(selectStatus);
  const inspecting = useAppStore(selectInspecting);
  const pending = useAppStore(selectTracePending);
  const canTrain = status === 'ready' || status === 'diverged';
  const t = useT();
  return (
    <button
      type="button"
      aria-label={t('inspector.stepOp.label')}
      title={inspecting ? t('inspector.stepOp.nextTitle') : t('inspector.stepOp.startTitle')}
      disabled={pending || (!inspecting && !canTrain)}
      onClick={() => stepOneOperation(controller)}
    >
      {t('inspector.stepOp.text')}
    </button>
  );
}

import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';

/** Shown while a link's run trains up to the step it opens at. */
export function WarmupBanner() {
  const controller = useController();
  const warmup = useAppStore((s) => s.warmup);
  const status = useAppStore((s) => s.status);
  if (status !== 'warming-up' || !warmup) return null;
  const share = warmup.total > 0 ? warmup.done / warmup.total : 0;
  return (
    <div className="notice info" role="status">
      <div className="notice-body">
        <strong>
          Training to step {formatCount(warmup.total)} … {Math.floor(share * 100)}%
        </strong>
        <progress max={warmup.total} value={warmup.done} aria-label="Training to the link's step" />
      </div>
      <button type="button" onClick={() => controller.cancelWarmup()}>
        Stop here
      </button>
    </div>
  );
}

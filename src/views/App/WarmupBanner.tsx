import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';
import { useT } from '../shared/useT';

/** Shown while a link's run trains up to the step it opens at. */
export function WarmupBanner() {
  const controller = useController();
  const warmup = useAppStore((s) => s.warmup);
  const status = useAppStore((s) => s.status);
  const t = useT();
  if (status !== 'warming-up' || !warmup) return null;
  const share = warmup.total > 0 ? warmup.done / warmup.total : 0;
  return (
    <div className="notice info" role="status">
      <div className="notice-body">
        <strong>
          {t('warmup.title', {
            step: formatCount(warmup.total),
            percent: Math.floor(share * 100),
          })}
        </strong>
        <progress max={warmup.total} value={warmup.done} aria-label={t('warmup.progress')} />
      </div>
      <button type="button" onClick={() => controller.cancelWarmup()}>
        {t('warmup.stop')}
      </button>
    </div>
  );
}

import { headerValue, layerStats } from '../../core/snapshotReader';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { live } from '../../state/live';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { GradientCheckTable, type CheckedNetwork } from './GradientCheckTable';
import { metricValue } from './layerMetrics';
import { clearGradientCheck } from '../../state/actions';
import { useT } from '../shared/useT';

/** The network's step, cost and mean |∂C/∂W| per layer as the newest snapshot shows them. */
function checkedNetwork(runId: number): CheckedNetwork {
  const { snapshot, layout } = live;
  const step = snapshot ? headerValue(snapshot, 'step') : 0;
  if (!snapshot || !layout || !(step > 0)) return { runId, step };
  const stats = layerStats(layout, snapshot);
  return {
    runId,
    step,
    cost: headerValue(snapshot, 'batchLoss'),
    meanAbsGrads: layout.sizes.slice(1).map((_, k) => metricValue('grad', stats, k + 1)),
  };
}

/**
 * "Check gradients": the engine compares back-propagated gradients with central finite
 * differences on the network as it is now, and each layer's largest relative error is listed.
 */
export function GradientCheck() {
  const controller = useController();
  const t = useT();
  const { result, runId, status, activations } = useAppStore(
    useShallow((s) => ({
      result: s.gradientCheck,
      runId: s.runId,
      status: s.status,
      activations: s.info?.activations ?? null,
    })),
  );
  // What was checked, captured at the click (a new run forgets it: its runId differs).
  const [asked, setAsked] = useState<CheckedNetwork | null>(null);
  const checked = asked !== null && asked.runId === runId ? asked : null;
  const pending = checked !== null && result === null;
  const canCheck = activations !== null && (status === 'ready' || status === 'diverged');

  const check = (): void => {
    setAsked(checkedNetwork(runId));
    clearGradientCheck();
    controller.gradientCheck();
  };

  return (
    <section className="flow-gradcheck" aria-label={t('flow.check')}>
      <div className="flow-gradcheck-head">
        <button type="button" onClick={check} disabled={!canCheck || pending}>
          {t('flow.check.button')}
        </button>
        <span className="flow-note" role="status">
          {pending ? t('flow.check.pending') : t('flow.check.what')}
        </span>
      </div>
      {result && activations && (
        <GradientCheckTable result={result} activations={activations} checked={checked} />
      )}
    </section>
  );
}

/**
 * An inspected step, operation by operation: its summary line and the walk through its
 * operations. Loaded when a step is first inspected (StepInspector.tsx), not with the page.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { goToOp, nextOp, previousOp } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { inspectContext } from './context';
import { resolveFocus } from './focus';
import { lossName } from './formulas/loss';
import { optimizerName } from './formulas/update';
import { OpDetail } from './OpDetail';
import { OpNav } from './OpNav';
import { OpTimeline } from './OpTimeline';
import { PlayStepControls } from './PlayStepControls';
import { sampleIndexText } from './plain';
import { plainNum } from './tex';
import { useInspectionSync } from './useInspectionSync';
import { selectLoss, selectTrace } from '../../state/selectors';
import { useT } from '../shared/useT';

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

/** Which step, its batch, loss and optimizer. */
export function StepSummary() {
  const trace = useAppStore(selectTrace);
  const loss = useAppStore(selectLoss);
  const t = useT();
  if (!trace) return null;
  const B = trace.samples.length;
  const params = {
    step: trace.step + 1,
    epoch: trace.epoch,
    batch:
      B === 1
        ? t('inspector.summary.one', { index: sampleIndexText(trace.samples[0].index, t) })
        : t('inspector.summary.batch', { count: B }),
    loss: lossName(loss, t),
    optimizer: optimizerName(trace.optimizer.kind, t),
    eta: plainNum(trace.learningRate),
    batchLoss: plainNum(trace.batchLoss),
  };
  return <p className="si-summary">{t('inspector.summary', params)}</p>;
}

export function Inspection() {
  useInspectionSync();
  const { trace, index, info, config, selectedNode, selectedEdge } = useAppStore(
    useShallow((s) => ({
      trace: s.trace,
      index: s.inspectOp,
      info: s.info,
      config: s.config,
      selectedNode: s.selectedNode,
      selectedEdge: s.selectedEdge,
    })),
  );
  const t = useT();
  const ctx = useMemo(
    () => (trace && info ? inspectContext(trace, info, config, t) : null),
    [trace, info, config, t],
  );
  const op = trace ? trace.ops[Math.min(index, trace.ops.length - 1)] : null;
  const focus = useMemo(
    () => (trace && op ? resolveFocus(op, trace.sizes, selectedNode, selectedEdge) : null),
    [trace, op, selectedNode, selectedEdge],
  );
  if (!trace || !ctx || !op || !focus) return null;

  // ← / → walk the operations while focus is inside the inspector (a plain → elsewhere is Step).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || isTyping(e.target)) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: previousOp,
      ArrowRight: nextOp,
      Home: () => goToOp(0),
      End: () => goToOp(trace.ops.length - 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    move();
  };

  return (
    <div className="si-inspection" onKeyDown={onKeyDown}>
      {!trace.outcome.ok && (
        <p className="si-warning" role="alert">
          {t('inspector.diverged', { message: trace.outcome.divergence.message })}
        </p>
      )}
      {trace.handPicked && <p className="si-hint">{t('inspector.handPicked')}</p>}
      <OpNav index={index} count={trace.ops.length}>
        <PlayStepControls atEnd={index >= trace.ops.length - 1} />
      </OpNav>
      <div className="si-body">
        <OpTimeline trace={trace} index={index} />
        <OpDetail ctx={ctx} op={op} focus={focus} />
      </div>
    </div>
  );
}

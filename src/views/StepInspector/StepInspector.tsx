import { useMemo, useRef, type KeyboardEvent } from 'react';
import './StepInspector.css';
import { useShallow } from 'zustand/react/shallow';
import { goToOp, nextOp, previousOp } from '../../state/inspector';
import { useAppStore } from '../../state/store';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { inspectContext } from './context';
import { resolveFocus } from './focus';
import { lossName } from './formulas/loss';
import { optimizerName } from './formulas/update';
import { OpDetail } from './OpDetail';
import { OpNav } from './OpNav';
import { OpTimeline } from './OpTimeline';
import { PlayStepControls } from './PlayStepControls';
import { useStepPlayback } from './playStep';
import { sampleIndexText } from './plain';
import { plainNum } from './tex';
import { StartControls } from './StartControls';
import { useInspectionSync } from './useInspectionSync';
import { selectLoss, selectTrace } from '../../state/selectors';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';

/**
 * The step inspector: one training step, operation by operation — each layer forward, the loss,
 * the output delta, each layer backward, the gradients, the update — with the formula of the
 * current operation typeset and its numbers substituted. The worker has already applied the
 * step; walking it only changes what the page shows (see useInspectionSync).
 */
export function StepInspector() {
  useInspectionSync();
  useStepPlayback();
  const trace = useAppStore(selectTrace);
  const box = useRef<HTMLDivElement>(null);
  const t = useT();
  const rich = useRichT();
  useOpenViewScroll(box, 'inspector'); // a link with view=inspector opens here
  return (
    <div ref={box} className="step-inspector">
      <div className="si-head">
        <h2>{t('inspector.heading')}</h2>
        {trace ? <StepSummary /> : <StartControls />}
      </div>
      {trace ? (
        <Inspection />
      ) : (
        <p className="si-intro">
          {t('inspector.intro')}{' '}
          {rich('inspector.introKeys', {
            dot: <kbd>.</kbd>,
            shift: <kbd>Shift</kbd>,
            right: <kbd>→</kbd>,
          })}
        </p>
      )}
    </div>
  );
}

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

/** Which step, its batch, loss and optimizer. */
function StepSummary() {
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

function Inspection() {
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

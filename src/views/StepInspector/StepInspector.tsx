import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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
import { sampleIndexText } from './plain';
import { plainNum } from './tex';
import { StartControls } from './StartControls';
import { useInspectionSync } from './useInspectionSync';
import { selectLoss, selectTrace } from '../../state/selectors';

/**
 * The step inspector: one training step, operation by operation — each layer forward, the loss,
 * the output delta, each layer backward, the gradients, the update — with the formula of the
 * current operation typeset and its numbers substituted. The worker has already applied the
 * step; walking it only changes what the page shows (see useInspectionSync).
 */
export function StepInspector() {
  useInspectionSync();
  const trace = useAppStore(selectTrace);
  const box = useRef<HTMLDivElement>(null);
  useOpenViewScroll(box, 'inspector'); // a link with view=inspector opens here
  // Docked at the bottom of the window while a step is open, so the highlighted graph at the
  // top of the page stays in view beside the formula.
  const [dock, setDock] = useState(true);
  const docked = dock && trace !== null;
  useEffect(() => {
    if (docked && typeof window !== 'undefined') window.scrollTo?.({ top: 0, behavior: 'smooth' });
  }, [docked]);
  const toggle = (
    <button
      type="button"
      className="si-dock"
      aria-pressed={docked}
      title="Dock the inspector at the bottom of the window, below the graph"
      onClick={() => setDock(!dock)}
      disabled={trace === null}
    >
      {docked ? 'Undock' : 'Dock below the graph'}
    </button>
  );
  return (
    <>
      {docked && (
        <p className="si-docked-note">
          The step inspector is docked at the bottom of the window. {toggle}
        </p>
      )}
      <div ref={box} className={docked ? 'step-inspector docked' : 'step-inspector'}>
        <div className="si-head">
          <h2>Step inspector</h2>
          {docked ? <StepSummary /> : <StartControls />}
        </div>
        {trace ? (
          <Inspection showSummary={!docked} dockToggle={toggle} />
        ) : (
          <p className="si-intro">
            Walk through one training step operation by operation: each layer forward (a = Wz + b,
            then z = h(a)), the loss, the output delta, each layer backward (δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙
            W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾), the gradients and the optimizer’s update — with the actual numbers. The
            graph highlights what each operation reads and writes. <kbd>.</kbd> or <kbd>Shift</kbd>+
            <kbd>→</kbd> steps one operation from anywhere.
          </p>
        )}
      </div>
      {/* Room to scroll the page clear of the dock. */}
      {docked && <div className="si-dock-spacer" aria-hidden="true" />}
    </>
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
  if (!trace) return null;
  const B = trace.samples.length;
  return (
    <p className="si-summary">
      Step <b>{trace.step + 1}</b> (epoch {trace.epoch}) ·{' '}
      {B === 1
        ? `one sample (${sampleIndexText(trace.samples[0].index)})`
        : `mini-batch of ${B} samples`}{' '}
      · {lossName(loss)} · {optimizerName(trace.optimizer.kind)}, η = {plainNum(trace.learningRate)}{' '}
      · batch loss {plainNum(trace.batchLoss)}
    </p>
  );
}

function Inspection({ showSummary, dockToggle }: { showSummary: boolean; dockToggle: ReactNode }) {
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
  const ctx = useMemo(
    () => (trace && info ? inspectContext(trace, info, config) : null),
    [trace, info, config],
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
      {showSummary && <StepSummary />}
      {!trace.outcome.ok && (
        <p className="si-warning" role="alert">
          This step diverged ({trace.outcome.divergence.message}): no update was applied, the
          network kept its weights.
        </p>
      )}
      {trace.handPicked && (
        <p className="si-hint">
          This step trained on a hand-picked or typed-in sample instead of the next mini-batch; the
          link records it, so a shared link replays it exactly.
        </p>
      )}
      <OpNav index={index} count={trace.ops.length}>
        {dockToggle}
      </OpNav>
      <div className="si-body">
        <OpTimeline trace={trace} index={index} />
        <OpDetail ctx={ctx} op={op} focus={focus} />
      </div>
    </div>
  );
}

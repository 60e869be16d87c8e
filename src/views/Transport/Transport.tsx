import { useEffect, useRef } from 'react';
import { headerValue } from '../../core/snapshotReader';
import { touchLive, type LiveRun } from '../../state/live';
import { useAppStore, type AppState } from '../../state/store';
import type { Speed } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount, formatValue } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import { StepOpButton } from '../StepInspector/StepOpButton';
import { CopyLink, ExportButton } from './LinkButtons';
import { SPEEDS, StepRate } from './speeds';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useT } from '../shared/useT';
import { selectPlaying, selectSpeed, selectStatus } from '../../state/selectors';
import { setText } from '../shared/setText';

/** Play / Pause / Step / Reset, the speed, the step counter and the link. */
export function Transport() {
  const controller = useController();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const status = useAppStore(selectStatus);
  const canTrain = status === 'ready' || status === 'diverged';
  const t = useT();
  useKeyboardShortcuts(controller);

  return (
    <div className="transport" role="toolbar" aria-label={t('transport.toolbar')}>
      <button
        type="button"
        className="primary"
        aria-label={playing ? t('transport.pause') : t('transport.play')}
        title={playing ? t('transport.pauseTitle') : t('transport.playTitle')}
        disabled={!canTrain}
        onClick={() => controller.togglePlay()}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        aria-label={t('transport.step')}
        title={t('transport.stepTitle')}
        disabled={!canTrain}
        onClick={() => controller.step(1)}
      >
        ▶❚
      </button>
      <StepOpButton />
      <button
        type="button"
        aria-label={t('transport.reset')}
        title={t('transport.resetTitle')}
        onClick={() => controller.reset()}
      >
        ↺
      </button>
      <label className="speed" title={t('transport.speedTitle')}>
        <span>{t('transport.speed')}</span>
        <select value={speed} onChange={(e) => controller.setSpeed(e.target.value as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value} title={t(s.title)}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </label>
      <MeasuredRate playing={playing} />
      <StepCounter />
      <CopyLink />
      <ExportButton />
    </div>
  );
}

/** Step, epoch and losses, written straight into the DOM once a frame. */
function StepCounter() {
  const stepRef = useRef<HTMLOutputElement>(null);
  const epochRef = useRef<HTMLOutputElement>(null);
  const lossRef = useRef<HTMLOutputElement>(null);
  const before = useAppStore(selectBeforeUpdate);
  const t = useT();
  useEffect(() => touchLive(), [before]);
  useLiveFrame((run) => {
    const snap = run.snapshot;
    if (!stepRef.current || !epochRef.current || !lossRef.current) return;
    if (!snap) {
      // A new run before its first snapshot (a pasted link warming up): what a page just
      // opened shows, not the numbers of the run before.
      setText(stepRef.current, '0');
      setText(epochRef.current, '0');
      setText(lossRef.current, '—');
      return;
    }
    // The worker has already applied an inspected step; until its update operation is on
    // show, the counters tell the time the inspector is at: before the step.
    const shown = before ? beforeStep(run, before) : null;
    setText(stepRef.current, formatCount(shown ? shown.step : headerValue(snap, 'step')));
    setText(epochRef.current, formatCount(shown ? shown.epoch : headerValue(snap, 'epoch')));
    setText(lossRef.current, formatValue(shown ? shown.loss : headerValue(snap, 'trainLoss')));
  });
  return (
    <div className="counters" aria-live="off">
      <span title={t('transport.stepCountTitle')}>
        {t('transport.stepCount')}{' '}
        <output ref={stepRef} data-testid="step-count" aria-live="off">
          0
        </output>
        {before && (
          <span
            className="inspecting-note"
            data-testid="inspecting-note"
            title={t('transport.inspectingTitle')}
          >
            {' '}
            {t('transport.inspecting', { step: formatCount(before.step + 1) })}
          </span>
        )}
      </span>
      <span className="epoch">
        {t('transport.epoch')}{' '}
        <output ref={epochRef} aria-live="off">
          0
        </output>
      </span>
      <span>
        <span className="wide-only">{t('transport.trainLoss')}</span>
        <span className="narrow-only">{t('transport.loss')}</span>{' '}
        <output ref={lossRef} data-testid="train-loss" aria-live="off">
          —
        </output>
      </span>
    </div>
  );
}

/** The inspected step while its update has not been shown yet (null otherwise). */
function selectBeforeUpdate(s: AppState): { step: number; epoch: number } | null {
  const trace = s.trace;
  if (!trace) return null;
  const firstUpdate = trace.ops.findIndex((op) => op.kind === 'update');
  if (firstUpdate >= 0 && s.inspectOp >= firstUpdate) return null;
  return beforeOf(trace.step, trace.epoch);
}

// One object per step, so the selector returns the same value while nothing changed.
let lastBefore: { step: number; epoch: number } | null = null;
function beforeOf(step: number, epoch: number): { step: number; epoch: number } {
  if (lastBefore?.step !== step || lastBefore.epoch !== epoch) lastBefore = { step, epoch };
  return lastBefore;
}

/** The step count, epoch and train loss as they were before the inspected step. */
function beforeStep(run: LiveRun, at: { step: number; epoch: number }) {
  const points = run.history.all();
  let loss = Number.NaN;
  for (let k = points.length - 1; k >= 0; k--) {
    if (points[k].step <= at.step) {
      loss = points[k].step === at.step ? points[k].trainLoss : Number.NaN;
      break;
    }
  }
  return { step: at.step, epoch: at.epoch, loss };
}

/** The measured steps per second while playing ("—" when paused). */
function MeasuredRate({ playing }: { playing: boolean }) {
  const out = useRef<HTMLOutputElement>(null);
  const rate = useRef(new StepRate());
  const t = useT();
  useLiveFrame((run) => {
    const snap = run.snapshot;
    if (!out.current) return;
    if (!snap) {
      rate.current.clear();
      setText(out.current, '');
      return;
    }
    const perSecond = rate.current.add(headerValue(snap, 'step'), performance.now());
    if (!playing) {
      rate.current.clear();
      setText(out.current, '');
      return;
    }
    if (perSecond !== null)
      setText(out.current, t('transport.rate', { rate: formatCount(Math.round(perSecond)) }));
  });
  return (
    <output
      ref={out}
      className="rate"
      aria-live="off"
      data-testid="steps-per-second"
      title={t('transport.rateTitle')}
    />
  );
}

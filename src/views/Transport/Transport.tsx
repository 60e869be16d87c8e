import { useRef } from 'react';
import { Header } from '../../engine';
import { useAppStore } from '../../state/store';
import type { Speed } from '../../worker/protocol';
import { useController } from '../shared/controllerContext';
import { formatCount, formatValue } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import { StepOpButton } from '../StepInspector/StepOpButton';
import { CopyLink, ExportButton } from './LinkButtons';
import { SPEEDS, StepRate } from './speeds';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** Play / Pause / Step / Reset, the speed, the step counter and the link. */
export function Transport() {
  const controller = useController();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const status = useAppStore((s) => s.status);
  const canTrain = status === 'ready' || status === 'diverged';
  useKeyboardShortcuts(controller);

  return (
    <div className="transport" role="toolbar" aria-label="Training controls">
      <button
        type="button"
        className="primary"
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        disabled={!canTrain}
        onClick={() => controller.togglePlay()}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        aria-label="Step"
        title="Step: one training step (→)"
        disabled={!canTrain}
        onClick={() => controller.step(1)}
      >
        ▶❚
      </button>
      <StepOpButton />
      <button
        type="button"
        aria-label="Reset"
        title="Reset: back to step 0 (R)"
        onClick={() => controller.reset()}
      >
        ↺
      </button>
      <label className="speed" title="Speed: how many training steps a second Play aims at">
        <span>Speed</span>
        <select value={speed} onChange={(e) => controller.setSpeed(e.target.value as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value} title={s.title}>
              {s.label}
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
  useLiveFrame((run) => {
    const snap = run.snapshot;
    if (!snap || !stepRef.current || !epochRef.current || !lossRef.current) return;
    stepRef.current.textContent = formatCount(snap[Header.step]);
    epochRef.current.textContent = formatCount(snap[Header.epoch]);
    lossRef.current.textContent = formatValue(snap[Header.trainLoss]);
  });
  return (
    <div className="counters" aria-live="off">
      <span title="Training steps done (each step is one update of the weights on one mini-batch)">
        Step{' '}
        <output ref={stepRef} data-testid="step-count">
          0
        </output>
      </span>
      <span className="epoch">
        Epoch <output ref={epochRef}>0</output>
      </span>
      <span>
        <span className="wide-only">Train loss</span>
        <span className="narrow-only">Loss</span>{' '}
        <output ref={lossRef} data-testid="train-loss">
          —
        </output>
      </span>
    </div>
  );
}

/** The measured steps per second while playing ("—" when paused). */
function MeasuredRate({ playing }: { playing: boolean }) {
  const out = useRef<HTMLOutputElement>(null);
  const rate = useRef(new StepRate());
  useLiveFrame((run) => {
    const snap = run.snapshot;
    if (!snap || !out.current) return;
    const perSecond = rate.current.add(snap[Header.step], performance.now());
    if (!playing) {
      rate.current.clear();
      out.current.textContent = '';
      return;
    }
    if (perSecond !== null)
      out.current.textContent = `${formatCount(Math.round(perSecond))} steps/s`;
  });
  return (
    <output
      ref={out}
      className="rate"
      data-testid="steps-per-second"
      title="Steps per second, measured while playing"
    />
  );
}

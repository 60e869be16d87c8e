import { headerValue } from '../../core/snapshotReader';
import { useRef, useState } from 'react';
import { exportRun } from '../../state/exportRun';
import { live } from '../../state/live';

import { useAppStore } from '../../state/store';
import type { Speed } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount, formatValue } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import { StepOpButton } from '../StepInspector/StepOpButton';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { selectPlaying, selectSpeed, selectStatus } from '../../state/selectors';

const SPEEDS: { value: Speed; label: string }[] = [
  { value: 'slow', label: '1 step / frame' },
  { value: 'medium', label: '10 steps / frame' },
  { value: 'fast', label: '100 steps / frame' },
  { value: 'max', label: 'As fast as possible' },
];

/** Play / Pause / Step / Reset, the speed, the step counter and the link. */
export function Transport() {
  const controller = useController();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const status = useAppStore(selectStatus);
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
        title="One training step (→)"
        disabled={!canTrain}
        onClick={() => controller.step(1)}
      >
        ▶❚
      </button>
      <StepOpButton />
      <button
        type="button"
        aria-label="Reset"
        title="Back to step 0 (R)"
        onClick={() => controller.reset()}
      >
        ↺
      </button>
      <label className="speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => controller.setSpeed(e.target.value as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
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
    stepRef.current.textContent = formatCount(headerValue(snap, 'step'));
    epochRef.current.textContent = formatCount(headerValue(snap, 'epoch'));
    lossRef.current.textContent = formatValue(headerValue(snap, 'trainLoss'));
  });
  return (
    <div className="counters" aria-live="off">
      <span>
        Step{' '}
        <output ref={stepRef} data-testid="step-count">
          0
        </output>
      </span>
      <span>
        Epoch <output ref={epochRef}>0</output>
      </span>
      <span>
        Train loss{' '}
        <output ref={lossRef} data-testid="train-loss">
          —
        </output>
      </span>
    </div>
  );
}

function CopyLink() {
  const controller = useController();
  const [copied, setCopied] = useState(false);
  const copy = async (): Promise<void> => {
    const url =
      window.location.origin +
      window.location.pathname +
      window.location.search +
      controller.link();
    window.history.replaceState(null, '', controller.link());
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (insecure context or permissions): the address bar holds the link anyway.
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button
      type="button"
      aria-label="Copy link"
      title="Copy a link that reopens this run here"
      onClick={copy}
    >
      {copied ? 'Copied ✓' : 'Copy link'}
    </button>
  );
}

/** Downloads the run's current weights as JSON, in the shape `npm run replay` prints. */
function ExportButton() {
  const controller = useController();
  const download = (): void => {
    const link = window.location.origin + window.location.pathname + controller.link();
    const run = exportRun(live, link);
    if (!run) return;
    const blob = new Blob([JSON.stringify(run, null, 1)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `backprop-lab-step-${run.steps}.json`;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button
      type="button"
      aria-label="Download weights"
      title="Download the current weights as JSON"
      onClick={download}
    >
      ⤓ JSON
    </button>
  );
}

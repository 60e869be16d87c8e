import { useState } from 'react';
import { exportRun } from '../../state/exportRun';
import { live } from '../../state/live';
import { useController } from '../shared/controllerContext';

export function CopyLink() {
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
export function ExportButton() {
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
      aria-label="Download weights (JSON)"
      title="Download weights (JSON): the current weights and biases, as npm run replay prints them"
      onClick={download}
    >
      ⤓ JSON
    </button>
  );
}

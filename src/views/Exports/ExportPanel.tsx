import { useRef, useState } from 'react';
import { numpyScriptOf, historyCsv, toPlainJson } from '../../state/exports';
import { live } from '../../state/live';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { chartSvg, svgToPng } from './chartImage';
import { CHARTS, findPanel, type ChartEntry } from './charts';
import { downloadBlob, downloadText } from './download';
import { EmbedSnippet } from './EmbedSnippet';
import { UploadWeights } from './UploadWeights';
import './Exports.css';

/**
 * "Take this run further": each chart as SVG or PNG, the loss history as CSV, the inspected
 * step as JSON, the run as a NumPy script, and weights uploaded back into the run.
 */
export function ExportPanel() {
  const controller = useController();
  const rootRef = useRef<HTMLDivElement>(null);
  const trace = useAppStore((s) => s.trace);
  const [message, setMessage] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const step = (): number => controller.currentStepCount;

  const savePicture = async (entry: ChartEntry, format: 'svg' | 'png'): Promise<void> => {
    const panel = rootRef.current ? findPanel(rootRef.current, entry) : null;
    const image = panel ? chartSvg(panel) : null;
    if (!image) {
      setMessage(`The ${entry.name} is not on show, so there is nothing to save.`);
      return;
    }
    const name = `backprop-lab-${entry.file}-step-${step()}`;
    if (format === 'svg') downloadText(image.svg, `${name}.svg`, 'image/svg+xml');
    else downloadBlob(await svgToPng(image, 2), `${name}.png`);
    setMessage(`Saved the ${entry.name} as ${format.toUpperCase()}.`);
  };

  const saveHistory = (): void => {
    const points = live.history.all();
    downloadText(historyCsv(points), `backprop-lab-loss-history-step-${step()}.csv`, 'text/csv');
    setMessage(`Saved ${points.length} rows of loss history.`);
  };

  const saveTrace = (): void => {
    if (!trace) return;
    downloadText(
      toPlainJson(trace),
      `backprop-lab-step-${trace.step + 1}-trace.json`,
      'application/json',
    );
    setMessage(`Saved the trace of step ${trace.step + 1}.`);
  };

  const saveScript = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await numpyScriptOf(controller.link());
      if (!result.ok) {
        setMessage(`No script: ${result.error}`);
        return;
      }
      downloadText(result.script, 'backprop-lab-run.py', 'text/x-python');
      setMessage('Saved the run as a NumPy script: python3 backprop-lab-run.py --steps N');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="exports" ref={rootRef}>
      <h2>Take this run further</h2>
      <div className="exports-groups">
        <div role="group" aria-label="Pictures" className="exports-group">
          {CHARTS.map((entry) => (
            <div key={entry.file} className="exports-row">
              <span className="exports-label">{capitalize(entry.name)}</span>
              {(['svg', 'png'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  aria-label={`Download the ${entry.name} as ${format.toUpperCase()}`}
                  title={
                    format === 'png' ? 'PNG at twice the size on screen' : 'SVG, styles included'
                  }
                  onClick={() => void savePicture(entry, format)}
                >
                  {format.toUpperCase()}
                </button>
              ))}
            </div>
          ))}
        </div>
        <div role="group" aria-label="Numbers and code" className="exports-group">
          <button type="button" aria-label="Download the loss history as CSV" onClick={saveHistory}>
            Loss history · CSV
          </button>
          <button
            type="button"
            aria-label="Download the inspected step as JSON"
            disabled={!trace}
            title={
              trace ? 'Every number of the step on show' : 'Open a step in the step inspector first'
            }
            onClick={saveTrace}
          >
            Inspected step · JSON
          </button>
          <button
            type="button"
            aria-label="Export as Python (NumPy)"
            title="A NumPy script that trains this very run"
            disabled={busy}
            onClick={() => void saveScript()}
          >
            {busy ? 'Writing …' : 'Python (NumPy) · .py'}
          </button>
          <UploadWeights onMessage={setMessage} />
        </div>
        <div role="group" aria-label="Embedding" className="exports-group">
          <EmbedSnippet />
        </div>
      </div>
      <p className="exports-message" role="status">
        {message}
      </p>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

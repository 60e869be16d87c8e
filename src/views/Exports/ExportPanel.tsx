import { useRef, useState, type RefObject } from 'react';
import { numpyScriptOf, historyCsv, toPlainJson } from '../../state/exports';
import { useLanguageStore } from '../../state/language';
import { live } from '../../state/live';
import { messageIn, msg, type Message } from '../../core/i18n/message';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { chartSvg, svgToPng } from './chartImage';
import { CHARTS, findPanel, type ChartEntry } from './charts';
import { drawOutOfSight } from '../shared/onScreen';
import { downloadBlob, downloadText } from './download';
import { EmbedSnippet } from './EmbedSnippet';
import { UploadWeights } from './UploadWeights';
import './Exports.css';

type Say = (said: Message) => void;

/**
 * "Take this run further": each chart as SVG or PNG, the loss history as CSV, the inspected
 * step as JSON, the run as a NumPy script, and weights uploaded back into the run.
 */
export function ExportPanel() {
  const rootRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const lang = useLanguageStore((s) => s.lang);
  // Kept as a message, so the line under the buttons follows a language switch too.
  const [said, setSaid] = useState<Message | null>(null);
  return (
    <div className="exports" ref={rootRef}>
      <h2>{t('exports.title')}</h2>
      <div className="exports-groups">
        <PictureButtons rootRef={rootRef} say={setSaid} />
        <div role="group" aria-label={t('exports.numbersGroup')} className="exports-group">
          <DataButtons say={setSaid} />
          <UploadWeights onMessage={setSaid} />
        </div>
        <div role="group" aria-label={t('exports.embedGroup')} className="exports-group">
          <EmbedSnippet />
        </div>
      </div>
      <p className="exports-message" role="status">
        {said ? messageIn(lang, said) : ''}
      </p>
    </div>
  );
}

/** SVG and PNG of each chart on show. */
function PictureButtons({ rootRef, say }: { rootRef: RefObject<HTMLDivElement | null>; say: Say }) {
  const controller = useController();
  const t = useT();
  const savePicture = async (entry: ChartEntry, format: 'svg' | 'png'): Promise<void> => {
    // The charts out of sight have not drawn since they left it: the newest step first.
    drawOutOfSight();
    const panel = rootRef.current ? findPanel(rootRef.current, entry) : null;
    const image = panel ? chartSvg(panel) : null;
    if (!image) {
      say(msg('exports.notOnShow', { chart: t(entry.name) }));
      return;
    }
    const name = `backprop-lab-${entry.file}-step-${controller.currentStepCount}`;
    if (format === 'svg') downloadText(image.svg, `${name}.svg`, 'image/svg+xml');
    else downloadBlob(await svgToPng(image, 2), `${name}.png`);
    say(msg('exports.savedPicture', { chart: t(entry.name), format: format.toUpperCase() }));
  };
  return (
    <div role="group" aria-label={t('exports.picturesGroup')} className="exports-group">
      {CHARTS.map((entry) => (
        <div key={entry.file} className="exports-row">
          <span className="exports-label">{t(entry.label)}</span>
          {(['svg', 'png'] as const).map((format) => (
            <button
              key={format}
              type="button"
              aria-label={t('exports.downloadPicture', {
                chart: t(entry.name),
                format: format.toUpperCase(),
              })}
              title={format === 'png' ? t('exports.pngTitle') : t('exports.svgTitle')}
              onClick={() => void savePicture(entry, format)}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

/** The loss history, the inspected step and the run as a script. */
function DataButtons({ say }: { say: Say }) {
  const controller = useController();
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const [busy, setBusy] = useState(false);
  const step = (): number => controller.currentStepCount;

  const saveHistory = (): void => {
    const points = live.history.all();
    downloadText(historyCsv(points), `backprop-lab-loss-history-step-${step()}.csv`, 'text/csv');
    say(msg('exports.savedHistory', { rows: points.length }));
  };
  const saveTrace = (): void => {
    if (!trace) return;
    const file = `backprop-lab-step-${trace.step + 1}-trace.json`;
    downloadText(toPlainJson(trace), file, 'application/json');
    say(msg('exports.savedTrace', { step: trace.step + 1 }));
  };
  const saveScript = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await numpyScriptOf(controller.link());
      if (!result.ok) {
        say(msg('exports.noScript', { why: result.error }));
        return;
      }
      downloadText(result.script, 'backprop-lab-run.py', 'text/x-python');
      say(msg('exports.savedScript'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" aria-label={t('exports.historyName')} onClick={saveHistory}>
        {t('exports.history')}
      </button>
      <button
        type="button"
        aria-label={t('exports.traceName')}
        disabled={!trace}
        title={trace ? t('exports.traceTitle') : t('exports.traceNone')}
        onClick={saveTrace}
      >
        {t('exports.trace')}
      </button>
      <button
        type="button"
        aria-label={t('exports.scriptName')}
        title={t('exports.scriptTitle')}
        disabled={busy}
        onClick={() => void saveScript()}
      >
        {busy ? t('exports.writing') : t('exports.script')}
      </button>
    </>
  );
}

import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DatasetName } from '../../config/types';
import { datasetInfo } from '../../data/info';
import { useAppStore } from '../../state/store';
import { useElementWidth } from '../shared/useElementWidth';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { DoctorHint } from './DoctorHint';
import { clearGhosts, getGhosts, subscribeGhosts } from './ghostRuns';
import { chartLayout } from './layout';
import { LossLegend } from './LossLegend';
import { LossPlot } from './LossPlot';
import { differenceLabel } from './runDifference';
import { useGhostCapture } from './useGhostCapture';
import './LossChart.css';
import { setLossScale } from '../../state/actions';
import { useT } from '../shared/useT';
import { renderMessage } from '../../core/i18n/message';
import type { LabelledMarker } from './markerLayout';

function classifies(dataset: DatasetName, csvTask: 'regression' | 'classification'): boolean {
  const kind = datasetInfo(dataset).kind;
  if (kind === 'csv') return csvTask === 'classification';
  return !kind.startsWith('regression');
}

/** Width used before the panel is measured (the right column's content width). */
const DEFAULT_WIDTH = 374;

/**
 * Train and test loss (and accuracy for classification) against the step, on a linear or log
 * axis, with markers where a setting changed and the previous runs' curves for comparison.
 */
export function LossChart() {
  const { task, dataset, csvTask, lossScale, markers, config } = useAppStore(
    useShallow((s) => ({
      task: s.info?.data.task ?? null,
      dataset: s.config.data.dataset,
      csvTask: s.config.data.csvTask,
      lossScale: s.lossScale,
      markers: s.markers,
      config: s.config,
    })),
  );
  const ghosts = useSyncExternalStore(subscribeGhosts, getGhosts);
  useGhostCapture();
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  // A link that opens on this view (view=loss) scrolls just enough to show the whole chart.
  useOpenViewScroll(boxRef, 'loss', 'nearest');
  // While a new run starts (no info yet) the settings tell, so the accuracy pane does not flicker.
  const classification = task !== null ? task !== 'regression' : classifies(dataset, csvTask);
  const layout = chartLayout(width, classification);
  const t = useT();
  const ghostLabels = ghosts.map((g) => differenceLabel(t, g.config, config));
  // Worded here, not when the change happened, so a language switch re-words every marker.
  const labelled = useMemo<LabelledMarker[]>(
    () => markers.map((m) => ({ step: m.step, label: renderMessage(m.what, t) })),
    [markers, t],
  );

  return (
    <div className="loss-chart" ref={boxRef}>
      <div className="view-header">
        <h2>{t('loss.title')}</h2>
        <div className="view-tools">
          <label>
            <input
              type="checkbox"
              checked={lossScale === 'log'}
              onChange={(e) => setLossScale(e.target.checked ? 'log' : 'linear')}
            />
            {t('loss.logScale')}
          </label>
          {ghosts.length > 0 && (
            <button type="button" onClick={clearGhosts} title={t('loss.clearComparisonTitle')}>
              {t('loss.clearComparison')}
            </button>
          )}
        </div>
      </div>
      <LossLegend classification={classification} ghostLabels={ghostLabels} />
      <LossPlot
        layout={layout}
        kind={lossScale}
        classification={classification}
        ghosts={ghosts}
        ghostLabels={ghostLabels}
        markers={labelled}
      />
      <DoctorHint />
    </div>
  );
}

import { headerValue, layerStats } from '../../core/snapshotReader';
import { useRef } from 'react';

import type { RunInfo } from '../../core/runInfo';
import { setText } from './histogramDraw';
import { metricValue } from './layerMetrics';
import { layerColor } from './palette';
import { sci } from './sci';
import { useViewFrame } from '../shared/useViewFrame';
import { useT } from '../shared/useT';

/** The layer colours, each with the layer's current mean |∂C/∂W| written in once a frame. */
export function LayerLegend({ info }: { info: RunInfo }) {
  const t = useT();
  const values = useRef<(HTMLElement | null)[]>([]);
  const list = useRef<HTMLUListElement>(null);
  const depth = info.sizes.length - 1;
  useViewFrame(list, (run) => {
    const { snapshot, layout } = run;
    const stats =
      snapshot && layout && headerValue(snapshot, 'step') > 0 ? layerStats(layout, snapshot) : null;
    values.current.forEach((el, k) => {
      setText(el, stats ? sci(metricValue('grad', stats, k + 1)) : '—');
    });
  });
  return (
    <ul ref={list} className="flow-legend" aria-label={t('flow.legend')}>
      {info.activations.map((activation, k) => (
        <li
          key={k}
          title={t(k + 1 === depth ? 'flow.lineOutput' : 'flow.line', { layer: k + 1, activation })}
        >
          <span
            className="swatch"
            style={{ background: layerColor(k + 1, depth) }}
            aria-hidden="true"
          />
          {t('flow.layer', { layer: k + 1 })}
          <output
            aria-live="off"
            ref={(el) => {
              values.current[k] = el;
            }}
          >
            —
          </output>
        </li>
      ))}
    </ul>
  );
}

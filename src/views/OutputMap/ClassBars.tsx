import { headerValue, layerBlock } from '../../core/snapshotReader';
import { useRef } from 'react';

import type { DataView } from '../../core/runInfo';
import { useLiveFrame } from '../shared/useLiveFrame';
import { classScores, topClass } from './prediction';
import { useT } from '../shared/useT';
import { classLabels } from '../shared/dataWords';
import { setText } from '../shared/setText';

interface RowElements {
  row: HTMLElement | null;
  fill: HTMLElement | null;
  value: HTMLElement | null;
}

/**
 * The focus sample's score per class as horizontal bars (from z⁽ᴸ⁾ of the newest snapshot),
 * the top class highlighted and the true class marked. Widths and numbers are written once a
 * frame; React only renders the rows.
 */
export function ClassBars({ data, softmax }: { data: DataView; softmax: boolean }) {
  const t = useT();
  const rows = useRef<RowElements[]>([]);
  const names = classLabels(t, data);
  useLiveFrame((run) => {
    const snap = run.snapshot;
    const layout = run.layout;
    if (!snap || !layout) return;
    const L = layout.sizes.length - 1;
    const scores = classScores(data.targetEncoding, layerBlock(layout, snap, 'activations', L));
    const top = topClass(scores);
    const truth = data.train.labels[headerValue(snap, 'focusSample')] ?? -1;
    rows.current.forEach((el, k) => {
      const score = scores[k] ?? Number.NaN;
      const share = Number.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
      if (el.fill) el.fill.style.width = `${(share * 100).toFixed(1)}%`;
      setText(el.value, Number.isFinite(score) ? score.toFixed(3) : '—');
      el.row?.classList.toggle('top', k === top);
      el.row?.classList.toggle('truth', k === truth);
    });
  });
  return (
    <div className="class-bars">
      <div className="class-bars-title">
        {softmax ? t('output.probabilities') : t('output.scores')}
      </div>
      <ol aria-label={t('output.scoresLabel')}>
        {names.map((name, k) => (
          <li
            key={k}
            ref={(el) => {
              rows.current[k] = { ...rows.current[k], row: el };
            }}
          >
            <span className="bar-label">{name}</span>
            <span className="bar-track">
              <span
                className="bar-fill"
                ref={(el) => {
                  rows.current[k] = { ...rows.current[k], fill: el };
                }}
              />
            </span>
            <output
              aria-live="off"
              ref={(el) => {
                rows.current[k] = { ...rows.current[k], value: el };
              }}
            >
              —
            </output>
          </li>
        ))}
      </ol>
    </div>
  );
}

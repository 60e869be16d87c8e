import { useRef } from 'react';
import { formatValue } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import { formatAccuracy } from './readout';
import type { PlainTextKey } from '../shared/richText';
import { useT } from '../shared/useT';
import { setText } from '../shared/setText';

type LegendField = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';

const ENTRIES: { field: LegendField; label: PlainTextKey; className: string; accuracy: boolean }[] =
  [
    { field: 'trainLoss', label: 'loss.trainLoss', className: 'train', accuracy: false },
    { field: 'testLoss', label: 'loss.testLoss', className: 'test', accuracy: false },
    {
      field: 'trainAccuracy',
      label: 'loss.trainAccuracyShort',
      className: 'train',
      accuracy: true,
    },
    { field: 'testAccuracy', label: 'loss.testAccuracyShort', className: 'test', accuracy: true },
  ];

/** The newest figures next to their line styles, written into the DOM once a frame. */
export function LossLegend({
  classification,
  ghostLabels,
}: {
  classification: boolean;
  ghostLabels: readonly string[];
}) {
  const t = useT();
  const values = useRef<Partial<Record<LegendField, HTMLElement | null>>>({});
  useLiveFrame((run) => {
    const p = run.history.latest;
    for (const { field, accuracy } of ENTRIES) {
      const el = values.current[field];
      if (!el) continue;
      const v = p ? p[field] : Number.NaN;
      setText(el, accuracy ? formatAccuracy(v) : formatValue(v));
    }
  });
  return (
    <ul className="loss-legend" aria-label={t('loss.legend')}>
      {ENTRIES.filter((e) => classification || !e.accuracy).map((e) => (
        <li key={e.field} className={e.className}>
          <span className={`swatch ${e.accuracy ? 'accuracy' : ''}`} aria-hidden="true" />
          {t(e.label)}{' '}
          <output
            aria-live="off"
            data-field={e.field}
            ref={(el) => {
              values.current[e.field] = el;
            }}
          >
            —
          </output>
        </li>
      ))}
      {ghostLabels.map((label, i) => (
        <li key={i} className={`ghost age-${i}`}>
          <span className="swatch" aria-hidden="true" />
          {t(i === 0 ? 'loss.previousRun' : 'loss.runBefore', { settings: label })}
        </li>
      ))}
    </ul>
  );
}

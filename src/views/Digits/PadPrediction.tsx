import { useState } from 'react';
import { selectDrawnPrediction, useDigitsStore } from '../../state/digits';
import { startInspection } from '../../state/inspector';
import { selectTracePending } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { topClass } from '../OutputMap/prediction';

const DIGITS = Array.from({ length: 10 }, (_, k) => k);

/**
 * The network's answer to the drawing (one bar per digit), the digit the learner says it is,
 * and "Inspect this digit": one traced training step on the drawing as a typed-in sample.
 */
export function PadPrediction({ raw }: { raw: Float64Array | null }) {
  const t = useT();
  const controller = useController();
  const prediction = useDigitsStore(selectDrawnPrediction);
  const pending = useAppStore(selectTracePending);
  const [label, setLabel] = useState<number | null>(null);
  const outputs = raw ? (prediction?.outputs ?? null) : null;
  const top = outputs ? topClass(outputs) : -1;
  // The learner's label wins; until they pick one, the network's reading is offered.
  const target = label ?? Math.max(0, top);
  return (
    <div className="digits-prediction">
      <h4>{t('digits.predictionTitle')}</h4>
      {!raw && <p className="digits-caption">{t('digits.predictionEmpty')}</p>}
      {raw && prediction?.message && (
        <p className="digits-caption" role="alert">
          {t('digits.predictionFailed', { message: prediction.message })}
        </p>
      )}
      {outputs && prediction && (
        <p className="digits-caption" role="status">
          {t('digits.predictionStep', { step: prediction.step, digit: top })}
        </p>
      )}
      <ol className="digits-bars" aria-label={t('digits.predictionBars')}>
        {DIGITS.map((k) => {
          const p = outputs?.[k] ?? 0;
          return (
            <li key={k} className={k === top ? 'top' : undefined}>
              <span className="bar-label">{k}</span>
              <span className="bar-track">
                <span
                  className="bar-fill"
                  style={{ width: `${(Math.max(0, Math.min(1, p)) * 100).toFixed(1)}%` }}
                />
              </span>
              <output>{outputs ? p.toFixed(3) : '—'}</output>
            </li>
          );
        })}
      </ol>
      <div className="digits-inspect">
        <label>
          {t('digits.labelPicker')}{' '}
          <select value={target} onChange={(e) => setLabel(Number(e.target.value))}>
            {DIGITS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!raw || pending}
          onClick={() => {
            if (raw) startInspection(controller, null, { raw: Array.from(raw), target: [target] });
          }}
        >
          {t('digits.inspect')}
        </button>
      </div>
      <p className="digits-caption">{t('digits.inspectHint')}</p>
    </div>
  );
}

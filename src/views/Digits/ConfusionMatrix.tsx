import { useEffect, useRef, useState } from 'react';
import { classAccuracy, confusionCounts, samplesInCell } from '../../core/confusion';
import type { DataView } from '../../core/runInfo';
import { touchLive, type LiveRun } from '../../state/live';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { cellShade } from './cellShade';
import { CellSamples, type CellPick } from './CellSamples';

export type SampleSetName = 'test' | 'train';

/** Samples listed under a picked cell (enough to see the pattern, few enough to draw at once). */
const LISTED = 48;

interface Cells {
  counts: (HTMLButtonElement | null)[];
  accuracy: (HTMLElement | null)[];
}

/**
 * The test (or training) set's confusion matrix from the worker's newest evaluation: rows the
 * true digit, columns the prediction, per-class accuracy at the end of each row. Counts are
 * written into the cells directly at each evaluation; React renders only the table's shape.
 */
export function ConfusionMatrix({ data }: { data: DataView }) {
  const t = useT();
  const classes = data.classes;
  const [set, setSet] = useState<SampleSetName>('test');
  const [pick, setPick] = useState<CellPick | null>(null);
  const cells = useRef<Cells>({ counts: [], accuracy: [] });
  const captionRef = useRef<HTMLParagraphElement>(null);
  const drawn = useRef<{ predictions: unknown; set: SampleSetName; pick: CellPick | null }>({
    predictions: null,
    set,
    pick,
  });
  // A new set or cell must be counted at once, even while paused.
  useEffect(() => touchLive(), [set, pick?.truth, pick?.predicted]);
  useLiveFrame((run: LiveRun) => {
    const predictions = run.predictions;
    const d = drawn.current;
    if (d.predictions === predictions && d.set === set && d.pick === pick) return;
    drawn.current = { predictions, set, pick };
    if (!predictions) {
      if (captionRef.current) captionRef.current.textContent = t('digits.confusionWaiting');
      return;
    }
    const labels = set === 'test' ? data.test.labels : data.train.labels;
    const predicted = set === 'test' ? predictions.test : predictions.train;
    const counts = confusionCounts(labels, predicted, classes);
    const accuracy = classAccuracy(counts, classes);
    const total = Math.min(labels.length, predicted.length);
    if (captionRef.current) {
      const key = set === 'test' ? 'digits.confusionCaptionTest' : 'digits.confusionCaptionTrain';
      captionRef.current.textContent = t(key, { count: total, step: predictions.step });
    }
    for (let truth = 0; truth < classes; truth++) {
      let rowTotal = 0;
      for (let k = 0; k < classes; k++) rowTotal += counts[truth * classes + k];
      for (let guess = 0; guess < classes; guess++) {
        const cell = cells.current.counts[truth * classes + guess];
        const n = counts[truth * classes + guess];
        if (!cell) continue;
        cell.textContent = n === 0 ? '·' : String(n);
        cell.style.background = cellShade(n, rowTotal, truth === guess);
        cell.classList.toggle('strong', rowTotal > 0 && n / rowTotal > 0.5);
        cell.setAttribute(
          'aria-label',
          t('digits.cellLabel', { truth, predicted: guess, count: n }),
        );
      }
      const acc = cells.current.accuracy[truth];
      if (acc) {
        const percent = Number.isFinite(accuracy[truth]) ? Math.round(accuracy[truth] * 100) : '—';
        acc.textContent = `${percent}%`;
        acc.setAttribute('aria-label', t('digits.classAccuracyLabel', { digit: truth, percent }));
      }
    }
    if (pick) {
      const indices = samplesInCell(labels, predicted, pick.truth, pick.predicted, LISTED);
      const count = counts[pick.truth * classes + pick.predicted];
      if (count !== pick.count || indices.join() !== pick.indices.join()) {
        setPick({ ...pick, indices, count });
      }
    }
  });
  const choose = (truth: number, predicted: number): void => {
    setPick((p) =>
      p && p.truth === truth && p.predicted === predicted
        ? null
        : { truth, predicted, indices: [], count: 0 },
    );
  };
  const digits = Array.from({ length: classes }, (_, k) => k);
  return (
    <div className="digits-confusion">
      <h3>{t('digits.confusionTitle')}</h3>
      <fieldset className="digits-set">
        <legend>{t('digits.setLabel')}</legend>
        {(['test', 'train'] as const).map((name) => (
          <label key={name}>
            <input
              type="radio"
              name="digits-set"
              checked={set === name}
              onChange={() => {
                setSet(name);
                setPick(null);
              }}
            />
            {t(name === 'test' ? 'digits.setTest' : 'digits.setTrain')}
          </label>
        ))}
      </fieldset>
      <p ref={captionRef} className="digits-caption" aria-live="polite">
        {t('digits.confusionWaiting')}
      </p>
      <table className="confusion-table">
        <thead>
          <tr>
            <th scope="col" className="confusion-corner">
              {t('digits.trueAxis')}
            </th>
            {digits.map((k) => (
              <th key={k} scope="col">
                {k}
              </th>
            ))}
            <th scope="col">{t('digits.classAccuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {digits.map((truth) => (
            <tr key={truth}>
              <th scope="row">{truth}</th>
              {digits.map((guess) => (
                <td key={guess}>
                  <button
                    type="button"
                    className={
                      pick?.truth === truth && pick.predicted === guess ? 'picked' : undefined
                    }
                    aria-pressed={pick?.truth === truth && pick.predicted === guess}
                    ref={(el) => {
                      cells.current.counts[truth * classes + guess] = el;
                    }}
                    onClick={() => choose(truth, guess)}
                  >
                    ·
                  </button>
                </td>
              ))}
              <td
                className="confusion-accuracy"
                ref={(el) => {
                  cells.current.accuracy[truth] = el;
                }}
              >
                —
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pick && <CellSamples data={data} set={set} pick={pick} onClose={() => setPick(null)} />}
    </div>
  );
}

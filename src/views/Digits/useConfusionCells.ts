import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { classAccuracy, confusionCounts, samplesInCell } from '../../core/confusion';
import type { DataView } from '../../core/runInfo';
import { touchLive, type LiveRun } from '../../state/live';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { cellShade } from './cellShade';
import type { CellPick } from './CellSamples';

export type SampleSetName = 'test' | 'train';

/** Samples listed under a picked cell (enough to see the pattern, few enough to draw at once). */
const LISTED = 48;

/** The table's live elements: a button per cell (truth · classes + predicted), an accuracy per row. */
export interface ConfusionCells {
  counts: (HTMLButtonElement | null)[];
  accuracy: (HTMLElement | null)[];
}

type Translate = ReturnType<typeof useT>;

/** Writes counts, shades and accessible names into the cells, and per-class accuracy. */
function writeCells(
  cells: ConfusionCells,
  counts: Int32Array,
  classes: number,
  t: Translate,
): void {
  const accuracy = classAccuracy(counts, classes);
  for (let truth = 0; truth < classes; truth++) {
    let rowTotal = 0;
    for (let k = 0; k < classes; k++) rowTotal += counts[truth * classes + k];
    for (let guess = 0; guess < classes; guess++) {
      const cell = cells.counts[truth * classes + guess];
      const n = counts[truth * classes + guess];
      if (!cell) continue;
      cell.textContent = n === 0 ? '·' : String(n);
      cell.style.background = cellShade(n, rowTotal, truth === guess);
      cell.classList.toggle('strong', rowTotal > 0 && n / rowTotal > 0.5);
      cell.setAttribute('aria-label', t('digits.cellLabel', { truth, predicted: guess, count: n }));
    }
    const acc = cells.accuracy[truth];
    if (acc) {
      const percent = Number.isFinite(accuracy[truth]) ? Math.round(accuracy[truth] * 100) : '—';
      acc.textContent = `${percent}%`;
      acc.setAttribute('aria-label', t('digits.classAccuracyLabel', { digit: truth, percent }));
    }
  }
}

/**
 * Counts the newest evaluation's predictions into the table once per evaluation (not per
 * frame), and keeps the picked cell's sample list current.
 */
export function useConfusionCells(
  data: DataView,
  set: SampleSetName,
  pick: CellPick | null,
  setPick: Dispatch<SetStateAction<CellPick | null>>,
): { cells: RefObject<ConfusionCells>; caption: RefObject<HTMLParagraphElement | null> } {
  const t = useT();
  const cells = useRef<ConfusionCells>({ counts: [], accuracy: [] });
  const caption = useRef<HTMLParagraphElement>(null);
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
      if (caption.current) caption.current.textContent = t('digits.confusionWaiting');
      return;
    }
    const labels = set === 'test' ? data.test.labels : data.train.labels;
    const predicted = set === 'test' ? predictions.test : predictions.train;
    const counts = confusionCounts(labels, predicted, data.classes);
    writeCells(cells.current, counts, data.classes, t);
    if (caption.current) {
      const key = set === 'test' ? 'digits.confusionCaptionTest' : 'digits.confusionCaptionTrain';
      const count = Math.min(labels.length, predicted.length);
      caption.current.textContent = t(key, { count, step: predictions.step });
    }
    if (!pick) return;
    const indices = samplesInCell(labels, predicted, pick.truth, pick.predicted, LISTED);
    const count = counts[pick.truth * data.classes + pick.predicted];
    if (count !== pick.count || indices.join() !== pick.indices.join()) {
      setPick({ ...pick, indices, count });
    }
  });
  return { cells, caption };
}

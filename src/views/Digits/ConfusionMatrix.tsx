import { useState, type RefObject } from 'react';
import type { DataView } from '../../core/runInfo';
import { useT } from '../shared/useT';
import { CellSamples, type CellPick } from './CellSamples';
import { useConfusionCells, type ConfusionCells, type SampleSetName } from './useConfusionCells';

export type { SampleSetName };

/**
 * The test (or training) set's confusion matrix from the worker's newest evaluation: rows the
 * true digit, columns the prediction, per-class accuracy at the end of each row. Counts are
 * written into the cells directly at each evaluation; React renders only the table's shape.
 */
export function ConfusionMatrix({ data }: { data: DataView }) {
  const t = useT();
  const [set, setSet] = useState<SampleSetName>('test');
  const [pick, setPick] = useState<CellPick | null>(null);
  const { cells, caption } = useConfusionCells(data, set, pick, setPick);
  const choose = (truth: number, predicted: number): void => {
    setPick((p) =>
      p && p.truth === truth && p.predicted === predicted
        ? null
        : { truth, predicted, indices: [], count: 0 },
    );
  };
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
      <p ref={caption} className="digits-caption">
        {t('digits.confusionWaiting')}
      </p>
      <ConfusionTable classes={data.classes} cells={cells} pick={pick} onChoose={choose} />
      {pick && <CellSamples data={data} set={set} pick={pick} onClose={() => setPick(null)} />}
    </div>
  );
}

/** The table's shape: a button per cell (filled in by useConfusionCells) and an accuracy column. */
function ConfusionTable({
  classes,
  cells,
  pick,
  onChoose,
}: {
  classes: number;
  cells: RefObject<ConfusionCells>;
  pick: CellPick | null;
  onChoose: (truth: number, predicted: number) => void;
}) {
  const t = useT();
  const digits = Array.from({ length: classes }, (_, k) => k);
  const picked = (truth: number, guess: number): boolean =>
    pick?.truth === truth && pick.predicted === guess;
  return (
    <table className="confusion-table">
      <thead>
        {/* The first row sets the fixed layout's column widths (the corner's among them). */}
        <tr className="confusion-axes">
          <td className="confusion-corner" />
          <th scope="colgroup" colSpan={classes}>
            {t('digits.predictedAxis')}
          </th>
          <td className="confusion-accuracy" />
        </tr>
        <tr>
          <th scope="col" className="confusion-corner">
            {t('digits.trueAxis')}
          </th>
          {digits.map((k) => (
            <th key={k} scope="col">
              {k}
            </th>
          ))}
          <th scope="col" className="confusion-accuracy">
            {t('digits.classAccuracy')}
          </th>
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
                  className={picked(truth, guess) ? 'picked' : undefined}
                  aria-pressed={picked(truth, guess)}
                  ref={(el) => {
                    cells.current.counts[truth * classes + guess] = el;
                  }}
                  onClick={() => onChoose(truth, guess)}
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
  );
}

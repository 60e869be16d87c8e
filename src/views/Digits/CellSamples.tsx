import { useEffect, useRef } from 'react';
import type { DataView } from '../../core/runInfo';
import {
  fetchSampleImages,
  putOnPad,
  sampleKey,
  selectSampleImages,
  useDigitsStore,
} from '../../state/digits';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { inkPixels } from './padInk';
import type { SampleSetName } from './useConfusionCells';

/** A picked cell of the confusion matrix and the samples in it (the first few). */
export interface CellPick {
  truth: number;
  predicted: number;
  indices: number[];
  count: number;
}

/**
 * The samples of one cell as small images. A training sample becomes the focus sample on a
 * click; a test sample (never trained on, so it cannot be the focus) goes onto the drawing pad.
 */
export function CellSamples({
  data,
  set,
  pick,
  onClose,
}: {
  data: DataView;
  set: SampleSetName;
  pick: CellPick;
  onClose: () => void;
}) {
  const t = useT();
  const controller = useController();
  const images = useDigitsStore(selectSampleImages);
  const { truth, predicted, count, indices } = pick;
  // Image data stays in the worker: fetch the few pictures this cell shows.
  useEffect(() => fetchSampleImages(controller, set, indices), [controller, set, indices]);
  const open = (s: number): void => {
    const image = images[sampleKey(set, s)];
    if (set === 'train') controller.focus(s);
    else if (image) putOnPad(image, data.imageSide);
  };
  return (
    <section
      className="digits-cell"
      aria-label={t('digits.cellSamplesTitle', { truth, predicted, count })}
    >
      <header>
        <h4>{t('digits.cellSamplesTitle', { truth, predicted, count })}</h4>
        <button type="button" onClick={onClose}>
          {t('digits.closeCell')}
        </button>
      </header>
      {count === 0 ? (
        <p className="digits-caption">{t('digits.cellEmpty', { truth, predicted })}</p>
      ) : (
        <>
          <p className="digits-caption">
            {t(set === 'train' ? 'digits.samplesHintTrain' : 'digits.samplesHintTest')}
            {count > indices.length && (
              <> {t('digits.cellSamplesMore', { shown: indices.length, count })}</>
            )}
          </p>
          <ul className="digits-thumbs">
            {indices.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  aria-label={t(set === 'train' ? 'digits.sampleTrain' : 'digits.sampleTest', {
                    index: s,
                  })}
                  title={t(set === 'train' ? 'digits.sampleTrain' : 'digits.sampleTest', {
                    index: s,
                  })}
                  onClick={() => open(s)}
                >
                  <Thumb raw={images[sampleKey(set, s)] ?? null} side={data.imageSide} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One sample's raw image (blank until it arrives), drawn once. */
function Thumb({ raw, side }: { raw: Float64Array | null; side: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !raw) return;
    const image = ctx.createImageData(side, side);
    inkPixels(raw, image.data);
    ctx.putImageData(image, 0, 0);
  }, [raw, side]);
  return <canvas ref={ref} width={side} height={side} aria-hidden="true" />;
}

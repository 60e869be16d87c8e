import { useEffect, useRef, useState } from 'react';
import type { RunInfo } from '../../core/runInfo';
import { headerValue } from '../../core/snapshotReader';
import { drawnDigitRaw } from '../../data/drawnDigit';
import { clearPrediction, requestPrediction } from '../../state/digits';
import { useController } from '../shared/controllerContext';
import { useLiveFrame } from '../shared/useLiveFrame';
import { useT } from '../shared/useT';
import { DrawPad } from './DrawPad';
import { inkPixels, PAD_SIDE } from './padInk';
import { PadPrediction } from './PadPrediction';

/** While training, the drawing's prediction is asked for again at most this often. */
const REFRESH_MS = 300;

/**
 * "Draw a digit": the pad, the drawing as the network sees it after MNIST's preprocessing, and
 * the network's answer, which follows the drawing stroke by stroke and the training step by step.
 */
export function DrawDigit({ info }: { info: RunInfo }) {
  const t = useT();
  const controller = useController();
  const side = info.data.imageSide;
  const size: 14 | 28 = side === 14 ? 14 : 28;
  const [raw, setRaw] = useState<Float64Array | null>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const asked = useRef({ step: -1, at: 0 });

  const onInk = (ink: Float32Array | null): void => {
    setRaw(ink ? drawnDigitRaw(ink, PAD_SIDE, size) : null);
  };
  useEffect(() => {
    const ctx = previewRef.current?.getContext('2d');
    if (ctx) {
      const image = ctx.createImageData(side, side);
      inkPixels(raw ?? new Float64Array(side * side), image.data);
      ctx.putImageData(image, 0, 0);
    }
    if (!raw) {
      clearPrediction();
      return;
    }
    asked.current = { step: asked.current.step, at: Date.now() };
    requestPrediction(controller, Array.from(raw));
  }, [raw, side, controller]);
  // While the network trains, its answer to the same drawing changes: ask again now and then.
  useLiveFrame((run) => {
    if (!raw || !run.snapshot) return;
    const step = headerValue(run.snapshot, 'step');
    const now = Date.now();
    if (step === asked.current.step || now - asked.current.at < REFRESH_MS) return;
    asked.current = { step, at: now };
    requestPrediction(controller, Array.from(raw));
  });
  return (
    <div className="digits-draw">
      <h3>{t('digits.padTitle')}</h3>
      <div className="digits-draw-body">
        <DrawPad onInk={onInk} />
        <div className="digits-draw-side">
          <figure className="digits-seen">
            <canvas
              ref={previewRef}
              width={side}
              height={side}
              role="img"
              aria-label={t('digits.seenAsLabel', { side })}
            />
            <figcaption className="digits-caption">{t('digits.seenAs', { side })}</figcaption>
          </figure>
          <PadPrediction raw={raw} />
        </div>
      </div>
    </div>
  );
}

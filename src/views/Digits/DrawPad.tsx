import { useEffect, useRef } from 'react';
import { selectPadImage, useDigitsStore } from '../../state/digits';
import { useT } from '../shared/useT';
import { blankPad, hasInk, imageOntoPad, inkPixels, PAD_SIDE } from './padInk';
import { usePadInput } from './usePadInput';

/** The ink as grey pixels on the canvas (ink black on white). */
function paint(canvas: HTMLCanvasElement | null, ink: Float32Array): void {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(PAD_SIDE, PAD_SIDE);
  inkPixels(ink, image.data);
  ctx.putImageData(image, 0, 0);
}

/**
 * A pad to draw a digit on: pointer events (mouse, touch, pen) and the keyboard (a pen cursor
 * moved by the arrow keys, Space to put it down or lift it). Calls `onInk` with the ink after
 * each change, at most once a frame, or with null once the pad is blank.
 */
export function DrawPad({ onInk }: { onInk: (ink: Float32Array | null) => void }) {
  const t = useT();
  const ink = useRef(blankPad());
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frame = useRef(0);
  const padImage = useDigitsStore(selectPadImage);

  const changed = (): void => {
    if (frame.current) return;
    const report = (): void => {
      frame.current = 0;
      paint(canvasRef.current, ink.current);
      onInk(hasInk(ink.current) ? ink.current : null);
    };
    frame.current = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(report) : 0;
    if (!frame.current) report();
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  useEffect(() => paint(canvasRef.current, ink.current), []);
  // A test sample put on the pad from the confusion matrix replaces the drawing.
  useEffect(() => {
    if (!padImage) return;
    imageOntoPad(ink.current, padImage.raw, padImage.side);
    changed();
    // `changed` is stable in effect (refs only); the image id is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [padImage]);

  const clear = (): void => {
    ink.current.fill(0);
    changed();
  };
  const { pen, handlers } = usePadInput(ink, changed, clear);
  const pct = (v: number): string => `${(v / PAD_SIDE) * 100}%`;
  return (
    <div className="digits-pad">
      <div className="digits-pad-stage">
        <canvas
          ref={canvasRef}
          width={PAD_SIDE}
          height={PAD_SIDE}
          tabIndex={0}
          role="img"
          aria-label={t('digits.padLabel')}
          aria-describedby="digits-pad-help"
          {...handlers}
        />
        <span
          className={pen.down ? 'digits-pen down' : 'digits-pen'}
          style={{ left: pct(pen.x), top: pct(pen.y) }}
          aria-hidden="true"
        />
      </div>
      <p id="digits-pad-help" className="digits-caption">
        {t('digits.padHelp')}
      </p>
      <div className="digits-pad-tools">
        <button type="button" onClick={clear}>
          {t('digits.clear')}
        </button>
        <span className="digits-caption" role="status">
          {t(pen.down ? 'digits.penDown' : 'digits.penUp')}
        </span>
      </div>
    </div>
  );
}

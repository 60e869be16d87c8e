import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { selectPadImage, useDigitsStore } from '../../state/digits';
import { useT } from '../shared/useT';
import { blankPad, hasInk, imageOntoPad, inkPixels, PAD_SIDE, stamp, strokeLine } from './padInk';

/** How far one arrow key moves the keyboard pen (pad pixels); with Shift, three times as far. */
const KEY_STEP = 4;

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
  const last = useRef<[number, number] | null>(null);
  const frame = useRef(0);
  const [pen, setPen] = useState({ x: PAD_SIDE / 2, y: PAD_SIDE / 2, down: false });
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
  const toPad = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [
      ((e.clientX - box.left) / box.width) * PAD_SIDE,
      ((e.clientY - box.top) / box.height) * PAD_SIDE,
    ];
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>): void => {
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const [x, y] = toPad(e);
    stamp(ink.current, x, y);
    last.current = [x, y];
    changed();
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>): void => {
    const from = last.current;
    if (!from) return;
    const [x, y] = toPad(e);
    strokeLine(ink.current, from[0], from[1], x, y);
    last.current = [x, y];
    changed();
  };
  const lift = (): void => {
    last.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>): void => {
    const step = e.shiftKey ? 3 * KEY_STEP : KEY_STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const x = Math.max(0, Math.min(PAD_SIDE - 1, pen.x + move[0]));
      const y = Math.max(0, Math.min(PAD_SIDE - 1, pen.y + move[1]));
      if (pen.down) {
        strokeLine(ink.current, pen.x, pen.y, x, y);
        changed();
      }
      setPen({ ...pen, x, y });
    } else if (e.key === ' ') {
      e.preventDefault();
      if (!pen.down) {
        stamp(ink.current, pen.x, pen.y);
        changed();
      }
      setPen({ ...pen, down: !pen.down });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      clear();
    }
  };
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
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={lift}
          onPointerCancel={lift}
          onKeyDown={onKeyDown}
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

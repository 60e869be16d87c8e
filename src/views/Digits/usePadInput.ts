import { useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { PAD_SIDE, stamp, strokeLine } from './padInk';

/** How far one arrow key moves the keyboard pen (pad pixels); with Shift, three times as far. */
const KEY_STEP = 4;

/** The keyboard pen: where it is and whether it inks. */
export interface Pen {
  x: number;
  y: number;
  down: boolean;
}

export interface PadHandlers {
  onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => void;
  onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => void;
  onPointerUp: () => void;
  onPointerCancel: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLCanvasElement>) => void;
}

/** Where a pointer event falls on the pad, in pad pixels. */
function toPad(e: PointerEvent<HTMLCanvasElement>): [number, number] {
  const box = e.currentTarget.getBoundingClientRect();
  return [
    ((e.clientX - box.left) / box.width) * PAD_SIDE,
    ((e.clientY - box.top) / box.height) * PAD_SIDE,
  ];
}

/**
 * Drawing on the pad's ink by pointer (mouse, touch, pen: one stroke from down to up) and by
 * keyboard (arrow keys move a pen cursor, Space puts it down or lifts it, Delete clears).
 * `changed` is called after each change of the ink.
 */
export function usePadInput(
  ink: RefObject<Float32Array>,
  changed: () => void,
  clear: () => void,
): { pen: Pen; handlers: PadHandlers } {
  const [pen, setPen] = useState<Pen>({ x: PAD_SIDE / 2, y: PAD_SIDE / 2, down: false });
  // A ref, not state: pointer moves come faster than renders, and each must start where the last ended.
  const last = useRef<[number, number] | null>(null);
  const lift = (): void => {
    last.current = null;
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
  const handlers = {
    onPointerDown,
    onPointerMove,
    onPointerUp: lift,
    onPointerCancel: lift,
    onKeyDown,
  };
  return { pen, handlers };
}

import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { live } from '../../state/live';
import type { HistoryPoint } from '../../core/runInfo';
import { MARGIN, type ChartLayout } from './layout';
import type { LossFrame } from './lossFrame';
import { nearestIndex, type ValueOf } from './lossScales';
import type { TooltipCells, TooltipField } from './LossTooltip';
import { readout } from './readout';
import { TOOLTIP_FIELDS } from './LossTooltip';

export type DotName = 'train' | 'test' | 'trainAccuracy' | 'testAccuracy';

const DOT_VALUES: Record<DotName, { value: ValueOf<HistoryPoint>; pane: 'loss' | 'accuracy' }> = {
  train: { value: (p) => p.trainLoss, pane: 'loss' },
  test: { value: (p) => p.testLoss, pane: 'loss' },
  trainAccuracy: { value: (p) => p.trainAccuracy, pane: 'accuracy' },
  testAccuracy: { value: (p) => p.testAccuracy, pane: 'accuracy' },
};

const TOOLTIP_WIDTH = 196;

/** What the hover hook gives the chart: the redraw, the event handlers and the element refs. */
export interface LossHover {
  redraw: () => void;
  handlers: {
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
    onPointerLeave: () => void;
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
    onBlur: () => void;
  };
  crosshairRef: RefObject<SVGGElement | null>;
  dotsRef: RefObject<Partial<Record<DotName, SVGCircleElement | null>>>;
  boxRef: RefObject<HTMLDivElement | null>;
  cellsRef: RefObject<TooltipCells>;
}

/**
 * The crosshair and read-out: follows the pointer (or the arrow keys) to the nearest recorded
 * step and writes its numbers into the tooltip, without re-rendering. `redraw` is also called
 * after every frame, so the read-out stays true while training moves the curve.
 */
export function useLossHover(
  frameRef: { readonly current: LossFrame | null },
  layout: ChartLayout,
): LossHover {
  const hoverStep = useRef<number | null>(null);
  const crosshair = useRef<SVGGElement>(null);
  const dots = useRef<Partial<Record<DotName, SVGCircleElement | null>>>({});
  const box = useRef<HTMLDivElement>(null);
  const cells = useRef<TooltipCells>({});

  const hide = (): void => {
    crosshair.current?.setAttribute('visibility', 'hidden');
    if (box.current) box.current.hidden = true;
  };

  const redraw = (): void => {
    const frame = frameRef.current;
    const points = live.history.all();
    const step = hoverStep.current;
    if (step === null || !frame || points.length === 0) return hide();
    const p = points[nearestIndex(points, step)];
    const px = frame.x(p.step);
    crosshair.current?.setAttribute('transform', `translate(${px},0)`);
    crosshair.current?.setAttribute('visibility', 'visible');
    placeDots(dots.current, p, frame, layout, frame.kind);
    fillCells(cells.current, p);
    if (box.current) placeTooltip(box.current, px, layout);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    const frame = frameRef.current;
    if (!frame) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - rect.left - MARGIN.left;
    if (px < -4 || px > layout.innerWidth + 4) return onPointerLeave();
    hoverStep.current = frame.x.invert(px);
    redraw();
  };

  const onPointerLeave = (): void => {
    hoverStep.current = null;
    hide();
  };

  /** ← / → walk the recorded points; Home / End jump to the ends; Escape hides the read-out. */
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    if (event.key === 'Escape') return onPointerLeave();
    const next = keyStep(event.key, live.history.all(), hoverStep.current);
    if (next === null) return;
    event.preventDefault();
    hoverStep.current = next;
    redraw();
  };

  return {
    redraw,
    handlers: { onPointerMove, onPointerLeave, onKeyDown, onBlur: onPointerLeave },
    crosshairRef: crosshair,
    dotsRef: dots,
    boxRef: box,
    cellsRef: cells,
  };
}

/** The step a key moves the read-out to (null: the key does not move it, or no points). */
function keyStep(
  key: string,
  points: readonly HistoryPoint[],
  hoverStep: number | null,
): number | null {
  if (points.length === 0) return null;
  const here = hoverStep === null ? points.length - 1 : nearestIndex(points, hoverStep);
  const moves: Record<string, number> = {
    ArrowLeft: here - 1,
    ArrowRight: here + 1,
    Home: 0,
    End: points.length - 1,
  };
  if (!(key in moves)) return null;
  return points[Math.max(0, Math.min(points.length - 1, moves[key]))].step;
}

/** A dot on each curve at point p (hidden where the value is not measured). */
function placeDots(
  dots: Partial<Record<DotName, SVGCircleElement | null>>,
  p: HistoryPoint,
  frame: LossFrame,
  layout: ChartLayout,
  kind: 'linear' | 'log',
): void {
  for (const name of Object.keys(DOT_VALUES) as DotName[]) {
    const dot = dots[name];
    if (!dot) continue;
    const { value, pane } = DOT_VALUES[name];
    const v = value(p);
    const y = pane === 'loss' ? frame.y : frame.yAccuracy;
    const floor = kind === 'log' && pane === 'loss' ? Math.min(...y.domain()) : -Infinity;
    const top = pane === 'loss' ? 0 : layout.accuracyTop;
    dot.setAttribute('visibility', Number.isFinite(v) ? 'visible' : 'hidden');
    if (Number.isFinite(v)) dot.setAttribute('cy', String(top + y(Math.max(v, floor))));
  }
}

function fillCells(cells: TooltipCells, p: HistoryPoint): void {
  const text = readout(p);
  for (const field of TOOLTIP_FIELDS as readonly TooltipField[]) {
    const cell = cells[field];
    if (cell) cell.textContent = text[field];
  }
}

/** The tooltip right of the crosshair, or left of it where it would run past the chart. */
function placeTooltip(box: HTMLDivElement, px: number, layout: ChartLayout): void {
  box.hidden = false;
  const right = MARGIN.left + px + 12;
  const left = right + TOOLTIP_WIDTH > layout.width ? MARGIN.left + px - 12 - TOOLTIP_WIDTH : right;
  box.style.left = `${Math.max(0, left)}px`;
  box.style.top = `${MARGIN.top}px`;
}

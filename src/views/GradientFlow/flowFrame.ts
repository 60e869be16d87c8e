/**
 * Scales and path strings of one gradient-flow chart, computed from the layer history (no DOM),
 * so they can be tested with known points. The chart applies them to its elements once a frame.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import type { LayerHistoryPoint } from '../../state/layerHistory';
import { metricValue, type FlowMetric } from './layerMetrics';

export type FlowScaleKind = 'log' | 'percent';
export type FlowScale = ScaleContinuousNumeric<number, number>;

/** The lowest a log axis goes: a gradient of exactly 0 (or below it) is drawn on the floor. */
export const LOG_FLOOR = 1e-30;

export interface FlowFrameInput {
  points: readonly LayerHistoryPoint[];
  metric: FlowMetric;
  kind: FlowScaleKind;
  /** The layers (1-based) drawn. */
  layers: readonly number[];
  /** Plot area size, without margins. */
  width: number;
  height: number;
  /** A value range the log axis always shows (e.g. the healthy update-ratio band). */
  keepVisible?: readonly [number, number];
}

export interface FlowFrame {
  x: FlowScale;
  y: FlowScale;
  /** One path per entry of `layers`, in order ('' when the layer has no drawable point). */
  paths: string[];
  /** Where each line ends (its newest finite point), for a dot that shows its colour. */
  ends: ({ x: number; y: number } | null)[];
}

/** Smallest positive and largest finite value of the drawn layers (null when there is none). */
export function metricExtent(
  points: readonly LayerHistoryPoint[],
  metric: FlowMetric,
  layers: readonly number[],
): { minPositive: number; max: number } | null {
  let minPositive = Infinity;
  let max = -Infinity;
  for (const p of points) {
    for (const l of layers) {
      const v = metricValue(metric, p.stats, l);
      if (!Number.isFinite(v)) continue;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  return max === -Infinity ? null : { minPositive, max };
}

/**
 * A log axis from the power of ten at or below the smallest positive value to the one at or
 * above the largest, so it only moves when a line crosses a decade; at least one decade tall.
 */
export function logScale(
  extent: { minPositive: number; max: number } | null,
  height: number,
  keepVisible?: readonly [number, number],
): FlowScale {
  let lo = extent && Number.isFinite(extent.minPositive) ? extent.minPositive : 1e-4;
  let hi = extent && extent.max > 0 ? extent.max : 1;
  if (keepVisible) {
    lo = Math.min(lo, keepVisible[0]);
    hi = Math.max(hi, keepVisible[1]);
  }
  const loDecade = Math.max(Math.log10(LOG_FLOOR), Math.floor(Math.log10(lo) + 1e-9));
  const hiDecade = Math.max(loDecade + 1, Math.ceil(Math.log10(hi) - 1e-9));
  // Parsed, not 10 ** n: 10 ** −4 is 0.00009999999999999999, 1e-4 is the nearest double.
  return scaleLog()
    .domain([Number(`1e${loDecade}`), Number(`1e${hiDecade}`)])
    .range([Math.max(1, height), 0]);
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ at or above n: the step axis ends
 * there, so while training it moves (and its ticks are redrawn) a few times a decade, not
 * every frame; the lines grow into it.
 */
export function niceStepCeiling(n: number): number {
  if (!(n > 1)) return 1;
  const decade = 10 ** Math.floor(Math.log10(n));
  for (const m of NICE_STEPS) if (m * decade >= n) return m * decade;
  return 10 * decade;
}

export function stepScale(points: readonly LayerHistoryPoint[], width: number): FlowScale {
  const first = points.length > 0 ? points[0].step : 0;
  const last = points.length > 0 ? points[points.length - 1].step : 1;
  return scaleLinear()
    .domain([first, Math.max(first + 1, niceStepCeiling(last))])
    .range([0, Math.max(1, width)]);
}

/**
 * The path of one layer's series. NaN and ±∞ points leave a gap instead of breaking the path;
 * on the log axis values at or below its floor (a gradient of exactly 0) sit on the floor.
 */
export function layerPath(
  points: readonly LayerHistoryPoint[],
  metric: FlowMetric,
  layer: number,
  x: FlowScale,
  y: FlowScale,
  kind: FlowScaleKind,
): string {
  const floor = kind === 'log' ? Math.min(...y.domain()) : -Infinity;
  const path = line<LayerHistoryPoint>()
    .digits(1)
    .defined((p) => Number.isFinite(metricValue(metric, p.stats, layer)))
    .x((p) => x(p.step))
    .y((p) => y(Math.max(metricValue(metric, p.stats, layer), floor)));
  return path(points as LayerHistoryPoint[]) ?? '';
}

/**
 * At most `max` of the points, evenly strided, always with the first and the newest: a line
 * needs no more than a point every couple of pixels, and long paths are what painting costs.
 */
export function thinPoints<P>(points: readonly P[], max: number): readonly P[] {
  if (points.length <= max) return points;
  const stride = Math.ceil((points.length - 1) / (max - 1));
  const kept: P[] = [];
  for (let k = 0; k < points.length - 1; k += stride) kept.push(points[k]);
  kept.push(points[points.length - 1]);
  return kept;
}

export function computeFlowFrame(input: FlowFrameInput): FlowFrame {
  const { metric, kind, layers } = input;
  const points = thinPoints(input.points, Math.max(2, Math.floor(input.width / 2)));
  const x = stepScale(points, input.width);
  const y =
    kind === 'log'
      ? logScale(metricExtent(points, metric, layers), input.height, input.keepVisible)
      : scaleLinear()
          .domain([0, 1])
          .range([Math.max(1, input.height), 0]);
  return {
    x,
    y,
    paths: layers.map((l) => layerPath(points, metric, l, x, y, kind)),
    ends: layers.map((l) => lineEnd(points, metric, l, x, y, kind)),
  };
}

function lineEnd(
  points: readonly LayerHistoryPoint[],
  metric: FlowMetric,
  layer: number,
  x: FlowScale,
  y: FlowScale,
  kind: FlowScaleKind,
): { x: number; y: number } | null {
  const floor = kind === 'log' ? Math.min(...y.domain()) : -Infinity;
  for (let k = points.length - 1; k >= 0; k--) {
    const v = metricValue(metric, points[k].stats, layer);
    if (Number.isFinite(v)) return { x: x(points[k].step), y: y(Math.max(v, floor)) };
  }
  return null;
}

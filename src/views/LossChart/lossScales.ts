/**
 * Scales and path strings of the loss chart, computed from plain numbers (no DOM), so they can
 * be tested with known points. The component applies them to its elements once a frame.
 */
import { bisector } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import type { HistoryPoint } from '../../core/runInfo';

export type LossScaleKind = 'linear' | 'log';
export type YScale = ScaleContinuousNumeric<number, number>;

/** What the chart draws of a run: the loss-curve fields (compared runs keep only the losses). */
export type CurvePoint = Pick<HistoryPoint, 'step' | 'trainLoss' | 'testLoss'>;
export type ValueOf<P> = (point: P) => number;

/**
 * The lowest a log axis ever goes. Losses of exactly zero (or below, with rounding) sit on the
 * axis floor instead of at log(0) = −∞, which would turn the whole path into NaN.
 */
export const MIN_LOG_FLOOR = 1e-12;

export const trainLossOf: ValueOf<CurvePoint> = (p) => p.trainLoss;
export const testLossOf: ValueOf<CurvePoint> = (p) => p.testLoss;
export const trainAccuracyOf: ValueOf<HistoryPoint> = (p) => p.trainAccuracy;
export const testAccuracyOf: ValueOf<HistoryPoint> = (p) => p.testAccuracy;

/** Smallest positive and largest finite value over several series (null when there are none). */
export function valueExtent<P>(
  series: readonly { points: readonly P[]; value: ValueOf<P> }[],
): { min: number; minPositive: number; max: number } | null {
  let min = Infinity;
  let minPositive = Infinity;
  let max = -Infinity;
  for (const { points, value } of series) {
    for (const p of points) {
      const v = value(p);
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  return max === -Infinity ? null : { min, minPositive, max };
}

/** The step axis: from 0 to the last step of the runs shown (at least 1). */
export function stepScale(lastStep: number, width: number): ScaleContinuousNumeric<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, lastStep)])
    .range([0, Math.max(1, width)]);
}

/**
 * The loss axis. Linear: from 0 (or the lowest value, if negative) to the largest finite value.
 * Log: from the power of ten below the smallest positive value (never below MIN_LOG_FLOOR) to
 * a little above the largest, at least one decade tall.
 */
export function lossScale(
  kind: LossScaleKind,
  extent: { min: number; minPositive: number; max: number } | null,
  height: number,
): YScale {
  const range = [Math.max(1, height), 0];
  if (kind === 'log') {
    const hi0 = extent && extent.max > 0 ? extent.max : 1;
    const lo0 = extent && Number.isFinite(extent.minPositive) ? extent.minPositive : hi0 / 10;
    // The floor snaps to a power of ten, so the axis only moves when the loss crosses a decade;
    // the top gets a little headroom instead of a whole empty decade.
    const lo = Math.max(MIN_LOG_FLOOR, 10 ** Math.floor(Math.log10(Math.min(lo0, hi0 / 10))));
    const hi = Math.max(hi0 * 1.15, lo * 10);
    return scaleLog().domain([lo, hi]).range(range);
  }
  const lo = extent ? Math.min(0, extent.min) : 0;
  const hi = extent && extent.max > lo ? extent.max : lo + 1;
  return scaleLinear().domain([lo, hi]).range(range).nice(4);
}

/** Accuracy from 0 to 100 %. */
export function accuracyScale(height: number): YScale {
  return scaleLinear()
    .domain([0, 1])
    .range([Math.max(1, height), 0]);
}

/**
 * The SVG path of one series. Points whose value is NaN or ±∞ (not measured yet, or a
 * diverged run) leave a gap instead of breaking the path; on a log axis values at or below
 * the axis floor are drawn on the floor.
 */
export function curvePath<P extends { step: number }>(
  points: readonly P[],
  value: ValueOf<P>,
  x: (step: number) => number,
  y: YScale,
  kind: LossScaleKind,
): string {
  const floor = kind === 'log' ? Math.min(...y.domain()) : -Infinity;
  const path = line<P>()
    .digits(2)
    .defined((p) => Number.isFinite(value(p)))
    .x((p) => x(p.step))
    .y((p) => y(Math.max(value(p), floor)));
  return path(points as P[]) ?? '';
}

/** The tick values of a log axis: the powers of ten inside it, or a few nice values if fewer. */
export function logTickValues(y: YScale, count: number): number[] {
  const [lo, hi] = y.domain();
  const powers: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) {
    powers.push(10 ** e);
  }
  if (powers.length >= 2) {
    // Too many decades for the height: keep every k-th power.
    const every = Math.ceil(powers.length / count);
    return powers.filter((_, i) => (powers.length - 1 - i) % every === 0);
  }
  return scaleLinear().domain([lo, hi]).ticks(count);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A log-axis label: 0.01 … 100 as decimals, other powers of ten as 10ⁿ. */
export function formatLogTick(v: number): string {
  const e = Math.log10(v);
  if (Math.abs(e - Math.round(e)) < 1e-9) {
    const n = Math.round(e);
    if (n >= -2 && n <= 2) return String(10 ** n).replace(/^0\./, '0.');
    return '10' + String(n).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  }
  return String(Number(v.toPrecision(2)));
}

const byStep = bisector<{ step: number }, number>((p) => p.step);

/** Index of the point whose step is closest to `step` (−1 for no points). */
export function nearestIndex(points: readonly { step: number }[], step: number): number {
  if (points.length === 0) return -1;
  const i = byStep.center(points, step);
  return Math.max(0, Math.min(points.length - 1, i));
}

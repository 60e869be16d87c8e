import type { LossPoint } from './types';

/** The points whose train loss was measured (a run without a test set still has train points). */
export function measured(points: readonly LossPoint[]): LossPoint[] {
  return points.filter((p) => !Number.isNaN(p.trainLoss));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of the newest `count` values of `pick`: one outlier does not move it. */
export function recent(
  points: readonly LossPoint[],
  count: number,
  pick: (p: LossPoint) => number,
): number {
  return median(points.slice(-count).map(pick));
}

/** A loss for the hint: 3 significant digits, exponent form when very large or small. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e5 || abs < 1e-3)) return x.toExponential(2);
  return String(Number(x.toPrecision(3)));
}

/** A share as a percentage for the hint, e.g. 0.004 → "0.4%". */
export function percent(share: number): string {
  return `${String(Number((share * 100).toPrecision(2)))}%`;
}

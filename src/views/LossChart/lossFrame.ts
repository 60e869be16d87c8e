/**
 * Everything the loss chart draws in one frame, computed from the history, the compared runs and
 * the chart size: the scales and the path strings. Pure, so it is tested with known points.
 */
import type { HistoryPoint } from '../../core/runInfo';
import {
  accuracyScale,
  curvePath,
  lossScale,
  stepScale,
  testAccuracyOf,
  testLossOf,
  trainAccuracyOf,
  trainLossOf,
  valueExtent,
  type CurvePoint,
  type LossScaleKind,
  type YScale,
} from './lossScales';

export interface LossFrameInput {
  points: readonly HistoryPoint[];
  /** Previous runs' curves, newest first. */
  ghosts: readonly (readonly CurvePoint[])[];
  kind: LossScaleKind;
  /** Plot area sizes, without margins. */
  width: number;
  lossHeight: number;
  /** 0 when there is no accuracy pane (regression). */
  accuracyHeight: number;
}

export interface LossFrame {
  /**
   * The scale drawn: a log scale asked for falls back to linear while a loss is below zero
   * (cross-entropy on targets beyond 0–1), which a log axis cannot show.
   */
  kind: LossScaleKind;
  x: YScale;
  y: YScale;
  yAccuracy: YScale;
  trainPath: string;
  testPath: string;
  trainAccuracyPath: string;
  testAccuracyPath: string;
  ghostPaths: { train: string; test: string }[];
}

function lastStep(points: readonly { step: number }[]): number {
  return points.length > 0 ? points[points.length - 1].step : 0;
}

/**
 * Whether a loss is truly below zero: a zero, or a rounding error below it, sits on the log
 * axis's floor like any tiny loss; −510 from cross-entropy on a sine does not.
 */
function belowZero(extent: { min: number; max: number } | null): boolean {
  return extent !== null && extent.min < -1e-6 * Math.max(1, Math.abs(extent.max));
}

export function computeLossFrame(input: LossFrameInput): LossFrame {
  const { points, ghosts } = input;
  const x = stepScale(Math.max(lastStep(points), ...ghosts.map(lastStep)), input.width);
  const series = [points, ...ghosts].flatMap((p) => [
    { points: p, value: trainLossOf },
    { points: p, value: testLossOf },
  ]);
  const extent = valueExtent<CurvePoint>(series);
  const kind = input.kind === 'log' && belowZero(extent) ? 'linear' : input.kind;
  const y = lossScale(kind, extent, input.lossHeight);
  const yAccuracy = accuracyScale(input.accuracyHeight);
  const withAccuracy = input.accuracyHeight > 0;
  return {
    kind,
    x,
    y,
    yAccuracy,
    trainPath: curvePath(points, trainLossOf, x, y, kind),
    testPath: curvePath(points, testLossOf, x, y, kind),
    trainAccuracyPath: withAccuracy
      ? curvePath(points, trainAccuracyOf, x, yAccuracy, 'linear')
      : '',
    testAccuracyPath: withAccuracy ? curvePath(points, testAccuracyOf, x, yAccuracy, 'linear') : '',
    ghostPaths: ghosts.map((g) => ({
      train: curvePath(g, trainLossOf, x, y, kind),
      test: curvePath(g, testLossOf, x, y, kind),
    })),
  };
}

import type { FrameWindow } from './pageProbe';

export interface FrameSummary {
  fps: number;
  /** 95th percentile of the intervals between two frames, ms. */
  p95FrameMs: number;
  longestFrameMs: number;
  longTasks: number;
  longTaskMs: number;
  /** Training steps per second shown by the page's step counter over the window. */
  stepsPerSecond: number;
}

/** The q-quantile (0 … 1) of `values` by the nearest-rank method; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** Frame rate, frame-time percentiles, long tasks and step rate of one measuring window. */
export function summarizeFrames(window: FrameWindow): FrameSummary {
  const { frames } = window;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const span = frames.length > 1 ? frames[frames.length - 1] - frames[0] : Number.NaN;
  return {
    fps: ((frames.length - 1) / span) * 1000,
    p95FrameMs: quantile(intervals, 0.95),
    longestFrameMs: intervals.length > 0 ? Math.max(...intervals) : Number.NaN,
    longTasks: window.longTasks.length,
    longTaskMs: window.longTasks.reduce((sum, d) => sum + d, 0),
    stepsPerSecond: ((window.lastStep - window.firstStep) / span) * 1000,
  };
}

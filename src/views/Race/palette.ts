import { interpolateBlues } from 'd3-scale-chromatic';

/** One colour per run, saturated enough to read over the pale contour bands. */
export const RUN_COLORS = [
  '#d62728',
  '#ef7d00',
  '#2ca02c',
  '#9467bd',
  '#222222',
  '#8c564b',
  '#e377c2',
  '#17becf',
] as const;

export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length];
}

/** A band's fill: the valley floor darkest, the high walls palest. */
export function bandColor(level: number, extent: [number, number]): string {
  const span = extent[1] - extent[0] || 1;
  const t = (level - extent[0]) / span;
  return interpolateBlues(0.78 - 0.74 * Math.min(1, Math.max(0, t)));
}

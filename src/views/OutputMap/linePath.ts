/** The 1-D view: the fitted curve ŷ(x) from the output map, and where data points sit. */
import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { DataView, OutputMap } from '../../core/runInfo';
import { outputBase } from './heatmapPixels';

type Scale = ScaleLinear<number, number>;

/**
 * The SVG path of output `output` over x: map point k sits at x₀ + (x₁ − x₀)·k/(n − 1).
 * Non-finite outputs (a diverged network) leave gaps.
 */
export function fitPath(
  map: OutputMap,
  outputSize: number,
  output: number,
  domain: readonly [number, number],
  x: Scale,
  y: Scale,
): string {
  const n = map.cells;
  if (map.dims !== 1 || n < 2) return '';
  const base = outputBase(map, outputSize) + output * n;
  const [x0, x1] = domain;
  const ks = Array.from({ length: n }, (_, k) => k);
  const path = line<number>()
    .defined((k) => Number.isFinite(map.values[base + k]))
    .x((k) => x(x0 + ((x1 - x0) * k) / (n - 1)))
    .y((k) => offPlotClamp(y(map.values[base + k])));
  return path(ks) ?? '';
}

/**
 * Browsers read SVG coordinates as 32-bit floats and reject a path with a coordinate like
 * 2.5e38 (a diverging network's ŷ); far beyond the plot, the curve is drawn at ±1e6 px.
 */
const FAR_PX = 1e6;
function offPlotClamp(px: number): number {
  return Math.max(-FAR_PX, Math.min(FAR_PX, px));
}

/** The value a point is drawn at: its target (regression) or its encoded class. */
export function pointValue(data: DataView, set: DataView['train'], i: number): number {
  switch (data.targetEncoding) {
    case 'value':
      return set.rawTargets[i * Math.max(1, data.outputSize)];
    case 'zero-one':
      return set.labels[i] === 1 ? 1 : 0;
    case 'plus-minus-one':
      return set.labels[i] === 1 ? 1 : -1;
    case 'one-hot':
      return 1;
  }
}

/** The y axis: the data's range padded by 10 % (fixed for the run, so it does not jump). */
export function lineYScale(data: DataView, height: number): Scale {
  let lo: number;
  let hi: number;
  if (data.targetEncoding === 'value') {
    const values = [data.train, data.test].flatMap((set) =>
      Array.from({ length: set.count }, (_, i) => pointValue(data, set, i)),
    );
    const [a, b] = extent(values.filter(Number.isFinite));
    lo = a ?? -1;
    hi = b ?? 1;
  } else {
    lo = data.targetEncoding === 'plus-minus-one' ? -1 : 0;
    hi = 1;
  }
  const pad = (hi - lo || 1) * 0.1;
  return scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([height, 0]);
}

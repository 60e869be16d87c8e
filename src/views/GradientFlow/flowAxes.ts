/** The gradient-flow charts' axes, drawn by d3-axis into `<g>` elements held by ref. */
import { axisBottom, axisLeft } from 'd3-axis';
import { format } from 'd3-format';
import { select } from 'd3-selection';
import { formatLogTick, logTickValues } from '../LossChart/lossScales';
import type { FlowScale, FlowScaleKind } from './flowFrame';

const stepFormat = format('~s');
const percentFormat = format('.0%');

export function drawStepAxis(g: SVGGElement, x: FlowScale): void {
  const ticks = Math.max(2, Math.floor((x.range()[1] - x.range()[0]) / 80));
  select(g).call(
    axisBottom(x)
      .tickValues(x.ticks(ticks).filter(Number.isInteger))
      .tickSizeOuter(0)
      .tickFormat((v) => stepFormat(Number(v))),
  );
}

/** The value axis, with light grid lines across the plot. */
export function drawValueAxis(
  g: SVGGElement,
  y: FlowScale,
  kind: FlowScaleKind,
  width: number,
): void {
  const height = Math.abs(y.range()[0] - y.range()[1]);
  const axis = axisLeft(y).tickSizeInner(-width).tickSizeOuter(0).tickPadding(5);
  if (kind === 'log') {
    axis
      .tickValues(logTickValues(y, Math.max(2, Math.floor(height / 28))))
      .tickFormat((v) => formatLogTick(Number(v)));
  } else {
    axis.tickValues([0, 0.5, 1]).tickFormat((v) => percentFormat(Number(v)));
  }
  select(g).call(axis);
}

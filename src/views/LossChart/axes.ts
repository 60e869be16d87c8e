/** The chart's axes, drawn by d3-axis into `<g>` elements the component holds by ref. */
import { axisBottom, axisLeft } from 'd3-axis';
import { format } from 'd3-format';
import { select } from 'd3-selection';
import { formatLogTick, logTickValues, type LossScaleKind, type YScale } from './lossScales';

const stepFormat = format('~s');
const linearFormat = format('~g');
const percentFormat = format('.0%');

export function drawStepAxis(g: SVGGElement, x: YScale): void {
  const ticks = Math.max(2, Math.floor((x.range()[1] - x.range()[0]) / 70));
  const integral = x.ticks(ticks).filter(Number.isInteger);
  select(g).call(
    axisBottom(x)
      .tickValues(integral)
      .tickFormat((v) => stepFormat(Number(v))),
  );
}

/** The loss axis, with light grid lines across the pane. */
export function drawLossAxis(g: SVGGElement, y: YScale, kind: LossScaleKind, width: number): void {
  const axis = axisLeft(y).tickSizeInner(-width).tickSizeOuter(0).tickPadding(6);
  if (kind === 'log')
    axis.tickValues(logTickValues(y, 4)).tickFormat((v) => formatLogTick(Number(v)));
  else axis.ticks(4).tickFormat((v) => linearFormat(Number(v)));
  select(g).call(axis);
}

export function drawAccuracyAxis(g: SVGGElement, y: YScale, width: number): void {
  select(g).call(
    axisLeft(y)
      .tickValues([0, 0.5, 1])
      .tickSizeInner(-width)
      .tickSizeOuter(0)
      .tickPadding(6)
      .tickFormat((v) => percentFormat(Number(v))),
  );
}

import { axisBottom, axisLeft } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import type { RaceState } from '../../core/race/race';
import { runColor } from './palette';
import { useT } from '../shared/useT';

const HEIGHT = 220;
const MARGIN = { top: 8, right: 10, bottom: 24, left: 52 };

interface Props {
  race: RaceState;
  width: number;
  frame: number;
}

function fRange(race: RaceState): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const run of race.runs) {
    for (const f of run.f) {
      if (!Number.isFinite(f)) continue;
      if (f < low) low = f;
      if (f > high) high = f;
    }
  }
  return Number.isFinite(low) ? [low, high] : [0, 1];
}

/** f against the step for every run: log-scaled while f stays positive, symlog otherwise. */
export function RaceChart({ race, width, frame }: Props) {
  const t = useT();
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const inner = {
    w: Math.max(40, width - MARGIN.left - MARGIN.right),
    h: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const [low, high] = fRange(race);
  const positive = low > 0;
  const x = scaleLinear()
    .domain([0, Math.max(1, race.step)])
    .range([0, inner.w]);
  const y = positive
    ? scaleLog()
        .domain([Math.max(low, high * 1e-12), Math.max(high, low * 1.0001)])
        .range([inner.h, 0])
        .clamp(true)
    : scaleSymlog()
        .domain([low, Math.max(high, low + 1e-9)])
        .range([inner.h, 0])
        .clamp(true);

  useEffect(() => {
    if (xAxisRef.current)
      select(xAxisRef.current).call(
        axisBottom(x)
          .ticks(Math.max(2, inner.w / 80))
          .tickFormat(format('~s')),
      );
    if (yAxisRef.current)
      select(yAxisRef.current).call(axisLeft(y).ticks(4, '~g').tickSizeInner(-inner.w));
  });

  const line = (values: readonly number[]): string => {
    let d = '';
    const stride = Math.max(1, Math.floor(values.length / inner.w));
    for (let i = 0; i < values.length; i += stride) {
      if (!Number.isFinite(values[i])) break;
      d += `${d === '' ? 'M' : 'L'}${x(i).toFixed(1)},${y(values[i]).toFixed(1)}`;
    }
    return d;
  };

  return (
    <svg
      className="race-chart"
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={t('race.chart')}
      data-frame={frame}
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <g ref={yAxisRef} className="axis" />
        <g ref={xAxisRef} className="axis" transform={`translate(0,${inner.h})`} />
        {race.runs.map((run, i) => (
          <path key={i} d={line(run.f)} stroke={runColor(i)} fill="none" className="race-f" />
        ))}
        <text className="axis-label" x={inner.w} y={inner.h - 6} textAnchor="end">
          {positive ? t('race.chartLog') : t('race.chartSymlog')}
        </text>
      </g>
    </svg>
  );
}

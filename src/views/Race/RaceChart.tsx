import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { useEffect, useRef } from 'react';
import type { RaceState } from '../../core/race/race';
import { drawLossAxis, drawStepAxis } from '../LossChart/axes';
import { runColor } from './palette';
import { useT } from '../shared/useT';

const HEIGHT = 220;
/** The step axis spans at least this many steps. */
const MIN_STEPS = 10;
const SQRT10 = Math.sqrt(10);
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
  // The axis spans at least MIN_STEPS, so it has ticks before the first steps (its ticks are
  // whole steps; over [0, 1] d3's read 100m, 200m, …).
  const x = scaleLinear()
    .domain([0, Math.max(MIN_STEPS, race.step)])
    .range([0, inner.w]);
  // Before f has moved (the start, all runs at one point) the scale spans a decade around it.
  const y = positive
    ? scaleLog()
        .domain(
          high < low * 10 ? [low / SQRT10, high * SQRT10] : [Math.max(low, high * 1e-12), high],
        )
        .range([inner.h, 0])
        .clamp(true)
    : scaleSymlog()
        .domain(high - low < 1 ? [low - 1, high + 1] : [low, high])
        .range([inner.h, 0])
        .clamp(true);

  // The loss chart's axes: whole steps; f in powers of ten (log) or plain numbers (symlog).
  useEffect(() => {
    if (xAxisRef.current) drawStepAxis(xAxisRef.current, x);
    if (yAxisRef.current) drawLossAxis(yAxisRef.current, y, positive ? 'log' : 'linear', inner.w);
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

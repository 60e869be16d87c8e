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

/** How far above the highest f of the live runs (and the start) the scale reaches, in decades. */
const HEADROOM_DECADES = 2;

interface FRange {
  low: number;
  high: number;
  /** The highest f the live runs and the start reached: a diverging run is scaled up to here. */
  ceiling: number;
}

function fRange(race: RaceState): FRange {
  let low = Infinity;
  let high = -Infinity;
  let ceiling = -Infinity;
  for (const run of race.runs) {
    const live = run.divergedAt === null;
    for (let i = 0; i < run.f.length; i++) {
      const f = run.f[i];
      if (!Number.isFinite(f)) continue;
      if (f < low) low = f;
      if (f > high) high = f;
      if ((live || i === 0) && f > ceiling) ceiling = f;
    }
  }
  if (!Number.isFinite(low)) return { low: 0, high: 1, ceiling: 1 };
  return { low, high, ceiling: Number.isFinite(ceiling) ? ceiling : high };
}

/**
 * The top of the f scale: the highest f, but a run that diverged (f 10⁸⁷ by its last finite
 * step) leaves through the top of the chart instead of flattening every other run onto its
 * bottom; the scale then reaches two decades above the live runs and the start.
 */
function fTop({ high, ceiling }: FRange, positive: boolean): number {
  const room = positive
    ? ceiling * 10 ** HEADROOM_DECADES
    : ceiling + 10 ** HEADROOM_DECADES * Math.max(1, Math.abs(ceiling));
  return Math.min(high, room);
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
  const range = fRange(race);
  const { low } = range;
  const positive = low > 0;
  const high = fTop(range, positive);
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

  const line = (values: readonly number[]): RunLine => runLine(values, x, y, high, inner.w);

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
        {race.runs.map((run, i) => {
          const { d, exit } = line(run.f);
          return (
            <g key={i}>
              <path d={d} stroke={runColor(i)} fill="none" className="race-f" />
              {exit && (
                <text
                  className="race-exit"
                  x={exit[0]}
                  y={exit[1] + 4}
                  textAnchor="middle"
                  fill={runColor(i)}
                >
                  ×
                </text>
              )}
            </g>
          );
        })}
        <text className="axis-label" x={inner.w} y={inner.h - 6} textAnchor="end">
          {positive ? t('race.chartLog') : t('race.chartSymlog')}
        </text>
      </g>
    </svg>
  );
}

/** The first index in [from, to] whose f is not finite or above `top` (else `to`). */
function firstAbove(values: readonly number[], from: number, to: number, top: number): number {
  for (let i = Math.max(0, from); i < to; i++)
    if (!Number.isFinite(values[i]) || values[i] > top) return i;
  return to;
}

interface RunLine {
  d: string;
  /** Where a diverging run leaves the top of the scale, if it does. */
  exit: [number, number] | null;
}

/**
 * A run's f as a path, one point per pixel at most, up to where it leaves the top of the scale
 * (`top`; a diverging run), and that point.
 */
function runLine(
  values: readonly number[],
  x: (step: number) => number,
  y: (f: number) => number,
  top: number,
  width: number,
): RunLine {
  let d = '';
  const stride = Math.max(1, Math.floor(values.length / width));
  for (let i = 0; i < values.length; i += stride) {
    const f = values[i];
    const above = !Number.isFinite(f) || f > top;
    // A step that leaves the scale is always drawn, even between two strided points.
    const at = above && i > 0 && stride > 1 ? firstAbove(values, i - stride + 1, i, top) : i;
    const v = above ? top : f;
    d += `${d === '' ? 'M' : 'L'}${x(at).toFixed(1)},${y(v).toFixed(1)}`;
    if (above) return { d, exit: [x(at), y(v)] };
  }
  return { d, exit: null };
}

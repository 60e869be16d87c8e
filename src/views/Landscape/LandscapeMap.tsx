import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { LandscapeProgress } from '../../core/landscape';
import { gridContours } from '../Race/gridContours';
import { bandColor } from '../Race/palette';
import { formatValue } from '../shared/format';
import { useT } from '../shared/useT';
import { fillFromCoarse } from './fillCoarse';

const LEVELS = 20;
/** Room around the map for its axes: α's ticks below, β's on the left. */
export const MARGIN = { top: 6, right: 10, bottom: 34, left: 44 };

/**
 * The loss on the plane θ + αd₁ + βd₂ as contour bands (log-spaced levels above the lowest
 * point), with the training path projected onto the plane: oldest point faint, θ itself the
 * ringed dot. Points of the path outside the plane's window are clamped to its edge. Its axes
 * read α along the bottom and β up the left, both over [−range, range].
 */
export function LandscapeMap({ result, size }: { result: LandscapeProgress; size: number }) {
  const t = useT();
  const { grid, range, values, path } = result;
  const contourSet = useMemo(
    () => gridContours(fillFromCoarse(values, grid), grid, LEVELS),
    [values, grid],
  );
  const x = scaleLinear().domain([-range, range]).range([0, size]).clamp(true);
  const y = scaleLinear().domain([-range, range]).range([size, 0]).clamp(true);
  const line = path.map(
    ([a, b], i) => `${i === 0 ? 'M' : 'L'}${x(a).toFixed(1)},${y(b).toFixed(1)}`,
  );
  const last = path.at(-1);
  const width = size + MARGIN.left + MARGIN.right;
  const height = size + MARGIN.top + MARGIN.bottom;
  return (
    <svg
      className="landscape-map"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('landscape.mapLabel', { step: result.step, grid })}
      data-done={result.done}
      data-total={result.total}
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <svg className="landscape-plot" width={size} height={size} overflow="hidden">
          {/* d3-contour puts sample k at k + 0.5; sample 0 is α = −range, sample grid − 1 is +range. */}
          <g transform={`scale(${size / (grid - 1)}) translate(-0.5,-0.5)`}>
            {contourSet.bands.map((band) => (
              <path
                key={band.level}
                d={band.path}
                fill={bandColor(band.level, contourSet.extent)}
                stroke="rgba(20, 40, 80, 0.25)"
                strokeWidth={(grid - 1) / size}
              />
            ))}
          </g>
          <line className="landscape-zero" x1={0} x2={size} y1={size / 2} y2={size / 2} />
          <line className="landscape-zero" x1={size / 2} x2={size / 2} y1={0} y2={size} />
          {path.length > 1 && <path className="landscape-path" d={line.join('')} fill="none" />}
          {path.slice(0, -1).map(([a, b], i) => (
            <circle key={i} className="landscape-point" cx={x(a)} cy={y(b)} r={2} />
          ))}
          {last !== undefined && (
            <circle className="landscape-now" cx={x(last[0])} cy={y(last[1])} r={5} />
          )}
        </svg>
        <rect className="landscape-frame" width={size} height={size} />
        <LandscapeAxes size={size} range={range} />
      </g>
    </svg>
  );
}

/** α along the bottom and β up the left, each with ticks over [−range, range]. */
function LandscapeAxes({ size, range }: { size: number; range: number }) {
  const x = scaleLinear().domain([-range, range]).range([0, size]);
  const y = scaleLinear().domain([-range, range]).range([size, 0]);
  const ticks = [-range, -range / 2, 0, range / 2, range];
  return (
    <>
      <g className="landscape-axis" transform={`translate(0,${size})`}>
        {ticks.map((v) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            <line y2={4} />
            <text y={15} textAnchor={v === -range ? 'start' : v === range ? 'end' : 'middle'}>
              {formatValue(v)}
            </text>
          </g>
        ))}
        <text className="landscape-axis-name" x={size / 2} y={30} textAnchor="middle">
          α
        </text>
      </g>
      <g className="landscape-axis">
        {ticks.map((v) => (
          <g key={v} transform={`translate(0,${y(v)})`}>
            <line x2={-4} />
            <text
              x={-6}
              dy={v === range ? '0.9em' : v === -range ? '-0.1em' : '0.32em'}
              textAnchor="end"
            >
              {formatValue(v)}
            </text>
          </g>
        ))}
        <text className="landscape-axis-name" x={-34} y={size / 2} dy="0.32em" textAnchor="middle">
          β
        </text>
      </g>
    </>
  );
}

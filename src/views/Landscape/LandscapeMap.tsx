import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { LandscapeProgress } from '../../core/landscape';
import { gridContours } from '../Race/gridContours';
import { bandColor } from '../Race/palette';
import { useT } from '../shared/useT';
import { fillFromCoarse } from './fillCoarse';

const LEVELS = 20;

/**
 * The loss on the plane θ + αd₁ + βd₂ as contour bands (log-spaced levels above the lowest
 * point), with the training path projected onto the plane: oldest point faint, θ itself the
 * ringed dot. Points of the path outside the plane's window are clamped to its edge.
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
  return (
    <svg
      className="landscape-map"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={t('landscape.mapLabel', { step: result.step, grid })}
      data-done={result.done}
      data-total={result.total}
    >
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
      {path.length > 1 && <path className="landscape-path" d={line.join('')} fill="none" />}
      {path.slice(0, -1).map(([a, b], i) => (
        <circle key={i} className="landscape-point" cx={x(a)} cy={y(b)} r={2} />
      ))}
      {last !== undefined && (
        <circle className="landscape-now" cx={x(last[0])} cy={y(last[1])} r={5} />
      )}
      <line className="landscape-axis" x1={0} x2={size} y1={size / 2} y2={size / 2} />
      <line className="landscape-axis" x1={size / 2} x2={size / 2} y1={0} y2={size} />
      <text className="landscape-axis-label" x={size - 4} y={size / 2 - 4} textAnchor="end">
        α
      </text>
      <text className="landscape-axis-label" x={size / 2 + 4} y={12}>
        β
      </text>
    </svg>
  );
}

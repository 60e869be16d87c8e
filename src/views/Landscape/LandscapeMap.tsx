import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { LandscapeResult } from '../../state/landscape';
import { gridContours } from '../Race/gridContours';
import { bandColor } from '../Race/palette';

const LEVELS = 20;

/**
 * The loss on the plane θ + αd₁ + βd₂ as contour bands, with the training path projected onto
 * the plane (oldest point faint, θ itself the ringed dot at the end).
 */
export function LandscapeMap({ result, size }: { result: LandscapeResult; size: number }) {
  const { grid, range, values, path } = result;
  const contourSet = useMemo(() => gridContours(values, grid, LEVELS), [values, grid]);
  const x = scaleLinear().domain([-range, range]).range([0, size]);
  const y = scaleLinear().domain([-range, range]).range([size, 0]);
  let d = '';
  path.forEach(([a, b], i) => {
    const px = Math.max(-size, Math.min(2 * size, x(a)));
    const py = Math.max(-size, Math.min(2 * size, y(b)));
    d += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
  });
  const last = path[path.length - 1];
  return (
    <svg
      className="landscape-map"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`Loss landscape around the current weights, ${grid}×${grid} points, with the training path`}
    >
      <defs>
        <clipPath id="landscape-clip">
          <rect width={size} height={size} />
        </clipPath>
      </defs>
      {/* d3-contour puts sample k at k + 0.5; sample 0 is α = −range and sample grid − 1 is +range. */}
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
      <g clipPath="url(#landscape-clip)">
        {path.length > 1 && <path className="landscape-path" d={d} fill="none" />}
        {path.slice(0, -1).map(([a, b], i) => (
          <circle key={i} className="landscape-point" cx={x(a)} cy={y(b)} r={2} />
        ))}
        {last !== undefined && (
          <circle className="landscape-now" cx={x(last[0])} cy={y(last[1])} r={5} />
        )}
      </g>
    </svg>
  );
}

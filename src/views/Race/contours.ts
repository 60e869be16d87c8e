/**
 * Contour bands of a test surface over its window: f sampled on a grid, then banded by
 * d3-contour at log-spaced levels above the lowest value, so the narrow valley floors that
 * decide the race show as many bands as the steep walls around them.
 */
import { contours } from 'd3-contour';
import type { Surface } from '../../core/surfaces';

export interface ContourBand {
  /** log₁₀ of the band's level above the surface's lowest sampled value. */
  level: number;
  /** SVG path in grid units (0..columns × 0..rows, row 0 at the top of the map). */
  path: string;
}

export interface ContourSet {
  bands: ContourBand[];
  /** The lowest and highest level, for the colour scale. */
  extent: [number, number];
}

function ringPath(ring: number[][]): string {
  let d = '';
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i];
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`;
  }
  return `${d}Z`;
}

export function surfaceContours(
  surface: Surface,
  columns: number,
  rows: number,
  levels: number,
): ContourSet {
  const [x0, x1] = surface.window.x;
  const [y0, y1] = surface.window.y;
  const values = new Float64Array(columns * rows);
  let low = Infinity;
  for (let r = 0; r < rows; r++) {
    // Row 0 is the top of the map, so it samples the largest y.
    const y = y1 - ((r + 0.5) / rows) * (y1 - y0);
    for (let c = 0; c < columns; c++) {
      const x = x0 + ((c + 0.5) / columns) * (x1 - x0);
      const f = surface.value(x, y);
      values[r * columns + c] = f;
      if (f < low) low = f;
    }
  }
  let high = -Infinity;
  // Heights above the lowest point on a log scale; 1e-3 keeps the floor itself finite.
  for (let k = 0; k < values.length; k++) {
    values[k] = Math.log10(values[k] - low + 1e-3);
    if (values[k] > high) high = values[k];
  }
  const lowest = Math.log10(1e-3);
  const thresholds = Array.from(
    { length: levels },
    (_, i) => lowest + ((high - lowest) * i) / levels,
  );
  const polygons = contours().size([columns, rows]).thresholds(thresholds)(Array.from(values));
  const bands = polygons.map((p) => ({
    level: p.value,
    path: p.coordinates.map((polygon) => polygon.map(ringPath).join('')).join(''),
  }));
  return { bands, extent: [lowest, high] };
}

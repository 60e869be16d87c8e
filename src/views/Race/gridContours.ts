/**
 * Contour bands of a loss grid computed elsewhere (the network's landscape): log-spaced levels
 * above the grid's lowest value, NaN points (not computed yet) filled from their nearest
 * computed neighbour so a coarse first pass already draws a whole picture.
 */
import { contours } from 'd3-contour';
import type { ContourSet } from './contours';

function ringPath(ring: number[][]): string {
  let d = '';
  for (let i = 0; i < ring.length; i++)
    d += `${i === 0 ? 'M' : 'L'}${ring[i][0].toFixed(2)},${ring[i][1].toFixed(2)}`;
  return `${d}Z`;
}

/** Fills NaN cells from the nearest computed cell (by grid distance). */
export function fillGaps(values: Float64Array, grid: number): Float64Array {
  const known: number[] = [];
  for (let k = 0; k < values.length; k++) if (Number.isFinite(values[k])) known.push(k);
  if (known.length === 0 || known.length === values.length) return values;
  const out = values.slice();
  for (let k = 0; k < values.length; k++) {
    if (Number.isFinite(values[k])) continue;
    const r = Math.floor(k / grid);
    const c = k % grid;
    let best = known[0];
    let bestD = Infinity;
    for (const q of known) {
      const d = (Math.floor(q / grid) - r) ** 2 + ((q % grid) - c) ** 2;
      if (d < bestD) {
        bestD = d;
        best = q;
      }
    }
    out[k] = values[best];
  }
  return out;
}

/**
 * Bands for a grid whose row 0 is the bottom of the plot (β = −range); d3-contour puts row 0
 * at the top, so the rows are flipped here and the paths come out in screen order.
 */
export function gridContours(values: Float64Array, grid: number, levels: number): ContourSet {
  const filled = fillGaps(values, grid);
  let low = Infinity;
  for (const v of filled) if (Number.isFinite(v) && v < low) low = v;
  if (!Number.isFinite(low)) return { bands: [], extent: [0, 1] };
  const logs = new Array<number>(grid * grid);
  let high = -Infinity;
  for (let r = 0; r < grid; r++)
    for (let c = 0; c < grid; c++) {
      const v = filled[(grid - 1 - r) * grid + c];
      // A diverged point (∞, NaN) is drawn as the highest band.
      const h = Number.isFinite(v) ? Math.log10(v - low + 1e-4) : NaN;
      logs[r * grid + c] = h;
      if (h > high) high = h;
    }
  for (let k = 0; k < logs.length; k++) if (!Number.isFinite(logs[k])) logs[k] = high;
  const lowest = Math.log10(1e-4);
  const thresholds = Array.from(
    { length: levels },
    (_, i) => lowest + ((high - lowest) * i) / levels,
  );
  const bands = contours()
    .size([grid, grid])
    .thresholds(thresholds)(logs)
    .map((p) => ({
      level: p.value,
      path: p.coordinates.map((poly) => poly.map(ringPath).join('')).join(''),
    }));
  return { bands, extent: [lowest, high] };
}

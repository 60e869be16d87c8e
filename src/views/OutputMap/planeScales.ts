/** The input plane's axes: raw (x₁, x₂) to pixels, y upwards. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface PlaneScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export function planeScales(domain: readonly [number, number][], size: number): PlaneScales {
  const [x0, x1] = domain[0] ?? [-1, 1];
  const [y0, y1] = domain[1] ?? [-1, 1];
  return {
    x: scaleLinear().domain([x0, x1]).range([0, size]),
    y: scaleLinear().domain([y0, y1]).range([size, 0]),
  };
}

/** Pixel positions of the points of a raw set (2 numbers per point). */
export function pointPositions(
  raw: ArrayLike<number>,
  count: number,
  scales: PlaneScales,
): { cx: number; cy: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    cx: scales.x(raw[2 * i]),
    cy: scales.y(raw[2 * i + 1]),
  }));
}

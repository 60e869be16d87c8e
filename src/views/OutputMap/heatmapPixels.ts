/**
 * The output map as RGBA pixels, one per grid cell (row-major, top row first, as the map is).
 * Pure: written into a caller-owned buffer so a canvas ImageData can be refilled every map.
 */
import type { OutputMap } from '../../core/runInfo';
import { classCellColor, divergingColor, REGION_STRENGTH, type Coloring } from './palette';

/** Where the output neurons start in map.values: they are the last `outputSize` neurons. */
export function outputBase(map: OutputMap, outputSize: number): number {
  const points = map.dims === 2 ? map.cells * map.cells : map.cells;
  return (map.neurons - outputSize) * points;
}

/** Fills `out` (cells² × 4 bytes) with the colour of each cell of a 2-D output map. */
export function fillHeatmap(
  map: OutputMap,
  outputSize: number,
  coloring: Coloring,
  out: Uint8ClampedArray,
): void {
  const points = map.cells * map.cells;
  const base = outputBase(map, outputSize);
  const values = map.values;
  const outputs = new Float64Array(outputSize);
  for (let k = 0; k < points; k++) {
    let color;
    if (coloring.kind === 'diverging') {
      color = divergingColor(coloring, values[base + k], REGION_STRENGTH);
    } else {
      for (let j = 0; j < outputSize; j++) outputs[j] = values[base + j * points + k];
      color = classCellColor(coloring.colors, outputs);
    }
    out[4 * k] = color[0];
    out[4 * k + 1] = color[1];
    out[4 * k + 2] = color[2];
    out[4 * k + 3] = 255;
  }
}

/**
 * First-layer weights (or their gradients) as pictures: neuron j's incoming w⁽¹⁾ⱼᵢ, i = 0 …
 * side²−1, laid out as the side × side input image, one tile per neuron in a grid. The scale is
 * symmetric around 0 and shared by all tiles, so tiles compare: the largest |value| is full
 * colour. Painting writes RGBA bytes straight into an ImageData buffer (no objects per pixel).
 */
import { RAMP_RGB, rampIndex } from '../NetworkGraph/colors';

/** Pixels between two tiles (the background shows through). */
export const TILE_GAP = 2;
/** Background of the gaps: the panel's white. */
const GAP_RGB = [255, 255, 255];

export interface TileGrid {
  tiles: number;
  columns: number;
  rows: number;
  /** Pixels per tile side (the image side: 28 or 14). */
  side: number;
  width: number;
  height: number;
}

/** A near-square grid for `tiles` pictures of side × side pixels. */
export function tileGrid(tiles: number, side: number): TileGrid {
  const columns = Math.max(1, Math.ceil(Math.sqrt(tiles)));
  const rows = Math.max(1, Math.ceil(tiles / columns));
  return {
    tiles,
    columns,
    rows,
    side,
    width: columns * (side + TILE_GAP) - TILE_GAP,
    height: rows * (side + TILE_GAP) - TILE_GAP,
  };
}

/** Where tile k's top-left pixel is. */
export function tileOrigin(grid: TileGrid, k: number): [number, number] {
  const col = k % grid.columns;
  const row = Math.floor(k / grid.columns);
  return [col * (grid.side + TILE_GAP), row * (grid.side + TILE_GAP)];
}

/** The tile under grid pixel (x, y), or −1 for a gap or outside. */
export function tileAt(grid: TileGrid, x: number, y: number): number {
  const pitch = grid.side + TILE_GAP;
  const col = Math.floor(x / pitch);
  const row = Math.floor(y / pitch);
  if (col < 0 || row < 0 || col >= grid.columns || row >= grid.rows) return -1;
  if (x - col * pitch >= grid.side || y - row * pitch >= grid.side) return -1;
  const k = row * grid.columns + col;
  return k < grid.tiles ? k : -1;
}

/** The largest |value| among the first `count` (1 when all are 0 or not finite). */
export function symmetricScale(values: ArrayLike<number>, count: number): number {
  let max = 0;
  for (let k = 0; k < count; k++) {
    const m = Math.abs(values[k]);
    if (m > max) max = m;
  }
  return max > 0 && Number.isFinite(max) ? max : 1;
}

/**
 * Paints tile j from values[j · inputs + i] (a row-major weight block, to j from i) into
 * `out`, an RGBA buffer of grid.width × grid.height: pixel i of tile j gets the ramp colour of
 * values[j · inputs + i] / scale. Gaps are white.
 */
export function paintTiles(
  values: ArrayLike<number>,
  inputs: number,
  grid: TileGrid,
  scale: number,
  out: Uint8ClampedArray,
): void {
  for (let p = 0; p < out.length; p += 4) {
    out[p] = GAP_RGB[0];
    out[p + 1] = GAP_RGB[1];
    out[p + 2] = GAP_RGB[2];
    out[p + 3] = 255;
  }
  const side = grid.side;
  const pixels = Math.min(inputs, side * side);
  const inverse = 1 / scale;
  for (let j = 0; j < grid.tiles; j++) {
    const [x0, y0] = tileOrigin(grid, j);
    const from = j * inputs;
    for (let i = 0; i < pixels; i++) {
      const x = x0 + (i % side);
      const y = y0 + Math.floor(i / side);
      const at = (y * grid.width + x) * 4;
      const c = rampIndex(values[from + i] * inverse) * 3;
      out[at] = RAMP_RGB[c];
      out[at + 1] = RAMP_RGB[c + 1];
      out[at + 2] = RAMP_RGB[c + 2];
    }
  }
}

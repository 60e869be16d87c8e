import { headerValue, layerBlock, unitValue } from '../../core/snapshotReader';
import { type SnapshotLayout } from '../../core/snapshot';
import type { OutputMap } from '../../core/runInfo';
import { bitmap, setPixel, type Bitmap } from './bitmap';
import { deltaUnit, type FrameScales, type GraphMode } from './encoding';
import { drawCurve, drawFocus, fillMap } from './neuronMaps';
import type { GraphLayout, LayerLayout } from './layout';
import type { GraphShape } from './shape';

/**
 * Everything of the graph that is a picture, painted on the canvas beneath the SVG:
 * - an image input as the focus image (z⁽⁰⁾, one pixel per input);
 * - wide layers as grids of cells (one per neuron, coloured like a node);
 * - each mapped neuron's heat map (plane) or curve (line) inside its square, with the focus
 *   sample marked, so the node's colour can be read off its own map.
 * Small bitmaps are filled pixel by pixel into reused ImageData and scaled up with smoothing off.
 */

export interface DataPlane {
  rawDomain: readonly [number, number][];
  rawSize: number;
  trainRaw: Float64Array;
}

export interface PicturePaintInput {
  s: Float64Array;
  lay: SnapshotLayout;
  map: OutputMap | null;
  mode: GraphMode;
  scales: FrameScales;
  units: ((z: number) => number)[];
}

export class PicturePainter {
  private readonly layout: GraphLayout;
  private readonly shape: GraphShape;
  private readonly data: DataPlane;
  private readonly grids: (Bitmap | null)[];
  /** Per layer, per neuron: the neuron's map as a bitmap (plane maps). */
  private readonly maps: (Bitmap | null)[][];
  private lastMap: OutputMap | null = null;
  /** What the maps canvas shows: its map and focus sample (it is repainted when they change). */
  private shown: { map: OutputMap | null; focus: number } | null = null;

  constructor(layout: GraphLayout, shape: GraphShape, data: DataPlane) {
    this.layout = layout;
    this.shape = shape;
    this.data = data;
    this.grids = layout.layers.map((L) =>
      L.kind === 'nodes' ? null : bitmap(Math.max(1, L.cols), Math.max(1, L.rows)),
    );
    this.maps = layout.layers.map(() => []);
  }

  /** The pictures that change with every snapshot: image inputs and wide layers. */
  paint(ctx: CanvasRenderingContext2D, p: PicturePaintInput): void {
    ctx.imageSmoothingEnabled = false;
    for (const L of this.layout.layers) {
      if (L.kind === 'image') this.paintImage(ctx, L, p);
      else if (L.kind === 'cells') this.paintCells(ctx, L, p);
    }
  }

  /**
   * The neurons' heat maps, on a canvas of their own above the edges: they change only with a
   * new map (a few times a second) or another focus sample, so most frames leave that canvas
   * alone instead of redrawing tens of small canvases into the graph's. Returns whether it
   * painted.
   */
  paintMapLayer(ctx: CanvasRenderingContext2D, p: PicturePaintInput, pixelRatio: number): boolean {
    const focus = headerValue(p.s, 'focusSample');
    if (this.shown && this.shown.map === p.map && this.shown.focus === focus) return false;
    this.shown = { map: p.map, focus };
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.clearRect(0, 0, this.layout.width, this.layout.height);
    ctx.imageSmoothingEnabled = false;
    if (p.map) this.paintMaps(ctx, p);
    return true;
  }

  /** The maps canvas was cleared (resized): paint it again at the next chance. */
  forgetMapLayer(): void {
    this.shown = null;
  }

  private paintImage(ctx: CanvasRenderingContext2D, L: LayerLayout, p: PicturePaintInput): void {
    const grid = this.grids[L.layer];
    if (!grid) return;
    const inputs = layerBlock(p.lay, p.s, 'activations', 0);
    let max = 0;
    for (let k = 0; k < L.size; k++) max = Math.max(max, Math.abs(inputs[k]));
    const scale = max > 0 ? 1 / max : 0;
    const data = grid.image.data;
    for (let k = 0; k < L.size; k++) setPixel(data, k, inputs[k] * scale);
    this.blit(ctx, grid, L);
  }

  private paintCells(ctx: CanvasRenderingContext2D, L: LayerLayout, p: PicturePaintInput): void {
    const grid = this.grids[L.layer];
    if (!grid) return;
    const { s, lay } = p;
    const l = L.layer;
    const data = grid.image.data;
    data.fill(0);
    const backward = p.mode === 'backward';
    for (let k = 0; k < L.size; k++) {
      const t = backward
        ? l === 0
          ? 0
          : deltaUnit(unitValue(lay, s, 'deltas', l, k), p.scales.delta)
        : p.units[l](unitValue(lay, s, 'activations', l, k));
      const col = Math.floor(k / L.rows);
      const row = k % L.rows;
      setPixel(data, row * L.cols + col, t);
    }
    this.blit(ctx, grid, L);
    // White gaps between cells so neighbours stay apart.
    if (L.cell >= 5) {
      const { left, top, width, height } = L.box;
      ctx.beginPath();
      for (let c = 1; c < L.cols; c++) {
        ctx.moveTo(left + c * L.cellWidth, top);
        ctx.lineTo(left + c * L.cellWidth, top + height);
      }
      for (let r = 1; r < L.rows; r++) {
        ctx.moveTo(left, top + r * L.cell);
        ctx.lineTo(left + width, top + r * L.cell);
      }
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }

  private blit(ctx: CanvasRenderingContext2D, grid: Bitmap, L: LayerLayout): void {
    grid.ctx.putImageData(grid.image, 0, 0);
    const { left, top, width, height } = L.box;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(left, top, width, height);
    ctx.drawImage(grid.canvas, left, top, width, height);
    ctx.strokeStyle = '#b9bfcb';
    ctx.lineWidth = 1;
    ctx.strokeRect(left - 0.5, top - 0.5, width + 1, height + 1);
  }

  private paintMaps(ctx: CanvasRenderingContext2D, p: PicturePaintInput): void {
    const map = p.map;
    if (!map) return;
    const fresh = map !== this.lastMap;
    this.lastMap = map;
    const points = map.dims === 2 ? map.cells * map.cells : map.cells;
    const focus = this.focusPoint(p.s);
    for (const L of this.layout.layers) {
      if (L.kind !== 'nodes' || L.shape !== 'square') continue;
      const isOutput = L.layer === this.layout.layers.length - 1;
      if (!isOutput && !map.hiddenIncluded) continue;
      const act = this.shape.activations[L.layer - 1];
      // Without hidden neurons in the map, the outputs come first.
      const base = map.hiddenIncluded ? this.layout.mapOffset[L.layer] : 0;
      const side = 2 * L.radius - 2;
      for (let j = 0; j < L.size; j++) {
        const n = base + j;
        if ((n + 1) * points > map.values.length) continue;
        const left = L.x - L.radius + 1;
        const top = L.ys[j] - L.radius + 1;
        if (map.dims === 2) {
          const bm = this.mapBitmap(L.layer, j, map.cells);
          if (!bm) continue;
          if (fresh) fillMap(bm, map.values, n * points, points, act);
          ctx.drawImage(bm.canvas, left, top, side, side);
        } else {
          drawCurve(ctx, map.values, n * points, points, act, left, top, side);
        }
        if (focus) drawFocus(ctx, focus, map.dims, left, top, side);
      }
    }
  }

  private mapBitmap(layer: number, j: number, cells: number): Bitmap | null {
    const list = this.maps[layer];
    const have = list[j];
    if (have && have.canvas.width === cells) return have;
    const bm = bitmap(cells, cells);
    list[j] = bm;
    return bm;
  }

  /** The focus sample's raw point as fractions of the domain (u right, v down). */
  private focusPoint(s: Float64Array): { u: number; v: number } | null {
    const { rawDomain, rawSize, trainRaw } = this.data;
    const k = headerValue(s, 'focusSample');
    if (!(k >= 0) || (k + 1) * rawSize > trainRaw.length || rawDomain.length === 0) return null;
    const [x0, x1] = rawDomain[0];
    const u = (trainRaw[k * rawSize] - x0) / (x1 - x0);
    if (rawSize < 2 || rawDomain.length < 2) return { u, v: 0.5 };
    const [y0, y1] = rawDomain[1];
    return { u, v: 1 - (trainRaw[k * rawSize + 1] - y0) / (y1 - y0) };
  }
}

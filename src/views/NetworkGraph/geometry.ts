import { linkHorizontal } from 'd3-shape';
import type { Box, LayerLayout } from './layout';

const link = linkHorizontal<[[number, number], [number, number]], [number, number]>()
  .source((d) => d[0])
  .target((d) => d[1]);

/** A curved link (xyflow-like bezier) between two ports. */
export function curve(x0: number, y0: number, x1: number, y1: number): string {
  return (
    link([
      [x0, y0],
      [x1, y1],
    ]) ?? ''
  );
}

/** The neuron under (px, py) in a 'cells' or 'image' layer, or −1. */
export function cellAt(layer: LayerLayout, px: number, py: number): number {
  const { box, cols, rows, cell } = layer;
  const c = Math.floor((px - box.left) / layer.cellWidth);
  const r = Math.floor((py - box.top) / cell);
  if (c < 0 || r < 0 || c >= cols || r >= rows) return -1;
  const k = layer.columnMajor ? c * rows + r : r * cols + c;
  return k < layer.size ? k : -1;
}

/** The rectangle of neuron k in a 'cells' or 'image' layer. */
export function cellBox(layer: LayerLayout, k: number): Box {
  const c = layer.columnMajor ? Math.floor(k / layer.rows) : k % layer.cols;
  const r = layer.columnMajor ? k % layer.rows : Math.floor(k / layer.cols);
  return {
    left: layer.box.left + c * layer.cellWidth,
    top: layer.box.top + r * layer.cell,
    width: layer.cellWidth,
    height: layer.cell,
  };
}

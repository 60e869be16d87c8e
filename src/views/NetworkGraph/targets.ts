import { cellBox, curve } from './geometry';
import type { GraphLayout } from './layout';

/** What the pointer or the keyboard is on: a neuron, or a weight w⁽ˡ⁾ⱼᵢ (0-based j = to, i = from). */
export type Target =
  | { kind: 'node'; layer: number; index: number }
  | { kind: 'edge'; layer: number; to: number; from: number };

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'node' && b.kind === 'node') return a.layer === b.layer && a.index === b.index;
  if (a.kind === 'edge' && b.kind === 'edge')
    return a.layer === b.layer && a.to === b.to && a.from === b.from;
  return false;
}

export interface Point {
  x: number;
  y: number;
}

/** Where a neuron sits (its centre). */
export function nodeCentre(layout: GraphLayout, layer: number, index: number): Point {
  const L = layout.layers[layer];
  if (L.kind === 'nodes') return { x: L.x, y: L.ys[index] };
  const b = cellBox(L, index);
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
}

/** The two ends of an edge as drawn. */
export function edgeEnds(
  layout: GraphLayout,
  layer: number,
  to: number,
  from: number,
): [Point, Point] {
  const a = layout.layers[layer - 1];
  const b = layout.layers[layer];
  return [
    { x: a.outX, y: a.portY[from] },
    { x: b.inX, y: b.portY[to] },
  ];
}

/** Where a tooltip or an editor for the target is anchored: right of a node, an edge's middle. */
export function anchorOf(layout: GraphLayout, t: Target): Point {
  if (t.kind === 'node') {
    const L = layout.layers[t.layer];
    const c = nodeCentre(layout, t.layer, t.index);
    const half = L.kind === 'nodes' ? L.radius : L.cellWidth / 2;
    return { x: c.x + half + 6, y: c.y };
  }
  const [p, q] = edgeEnds(layout, t.layer, t.to, t.from);
  return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
}

/** The path of an edge as drawn: curved in SVG, straight on canvas. */
export function edgePath(layout: GraphLayout, layer: number, to: number, from: number): string {
  const [p, q] = edgeEnds(layout, layer, to, from);
  if (layout.canvasLayers.includes(layer)) return `M${p.x},${p.y}L${q.x},${q.y}`;
  return curve(p.x, p.y, q.x - 2, q.y);
}

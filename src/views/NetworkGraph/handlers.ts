import type { Target } from './targets';

/** What the graph's elements report to the view. Stable for the life of a layout. */
export interface GraphHandlers {
  hover(target: Target | null): void;
  select(layer: number, index: number): void;
  editWeight(layer: number, to: number, from: number): void;
  editBias(layer: number, to: number): void;
  /** Canvas-drawn edge under a point (SVG coordinates). */
  pickEdge(x: number, y: number): Target | null;
}

/** Keys the graph handles stop here, so the page's shortcuts (Space plays, → steps) do not fire. */
export function claimKey(e: { preventDefault(): void; stopPropagation(): void }): void {
  e.preventDefault();
  e.stopPropagation();
}

/** A pointer position in the coordinates of the SVG holding `el`. */
export function svgPoint(
  el: SVGElement,
  e: { clientX: number; clientY: number },
): { x: number; y: number } {
  const svg = el.ownerSVGElement ?? el;
  const r = svg.getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top };
}

import { biasRole, edgeRole, nodeRole, type Highlight } from '../../state/highlight';
import type { GraphElements } from './elements';
import type { GraphLayout } from './layout';

/** The highlight last written into each set of elements (elements are rebuilt with the layout). */
const applied = new WeakMap<GraphElements, Highlight | null>();

/**
 * Marks each SVG node, edge and bias marker with what the step inspector's operation does to it:
 * data-hl = focus | write | read | dim (CSS draws them), or no mark without a highlight.
 * Canvas-drawn parts are faded by their painters. Runs only when the highlight changes.
 */
export function paintHighlight(els: GraphElements, layout: GraphLayout, h: Highlight | null): void {
  if (applied.has(els) && applied.get(els) === h) return;
  applied.set(els, h);
  const mark = (el: Element | null | undefined, role: string | null): void => {
    if (!el) return;
    if (h === null) el.removeAttribute('data-hl');
    else el.setAttribute('data-hl', role ?? 'dim');
  };
  for (const L of layout.layers) {
    if (L.kind !== 'nodes') continue;
    const l = L.layer;
    for (let j = 0; j < L.size; j++) {
      // The node's group holds its circle (or map frame and badge) and its value.
      mark(els.nodeFill[l][j]?.closest('.ng-node'), h && nodeRole(h, l, j));
      if (l > 0) mark(els.biasMark[l][j], h && biasRole(h, l, j));
    }
  }
  layout.svgEdges.forEach((e, k) => mark(els.edges[k], h && edgeRole(h, e.layer, e.to, e.from)));
}

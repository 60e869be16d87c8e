/**
 * What the step inspector's current operation touches, for the graph to show (everything else
 * dimmed). Parts name whole layers or single elements, so a 784-64-10 layer is one entry, not
 * 50 000. Layers are numbered as in the course: nodes 0 … L, edges and biases 1 … L (edges of
 * layer l go from layer l−1 into layer l; `to` is j in layer l, `from` is i in layer l−1).
 */

export type Index = number | 'all';

export interface NodeRef {
  layer: number;
  index: Index;
}

export interface EdgeRef {
  layer: number;
  to: Index;
  from: Index;
}

export interface HighlightParts {
  nodes: NodeRef[];
  edges: EdgeRef[];
  biases: NodeRef[];
}

export interface Highlight {
  /** Values the operation reads. */
  reads: HighlightParts;
  /** Values it writes (a node may be read and written: z = h(a) reads a and writes z). */
  writes: HighlightParts;
  /** The neuron and edges of the formula on show: drawn strongest. */
  focus: HighlightParts;
}

/** How the graph draws an element: strongest first; null = dimmed. */
export type HighlightRole = 'focus' | 'write' | 'read' | null;

export function emptyParts(): HighlightParts {
  return { nodes: [], edges: [], biases: [] };
}

const hits = (want: Index, at: number): boolean => want === 'all' || want === at;

function hasNode(refs: readonly NodeRef[], layer: number, index: number): boolean {
  return refs.some((r) => r.layer === layer && hits(r.index, index));
}

function hasEdge(refs: readonly EdgeRef[], layer: number, to: number, from: number): boolean {
  return refs.some((r) => r.layer === layer && hits(r.to, to) && hits(r.from, from));
}

/** The role of neuron `index` of layer `layer` (0 … L). */
export function nodeRole(h: Highlight, layer: number, index: number): HighlightRole {
  if (hasNode(h.focus.nodes, layer, index)) return 'focus';
  if (hasNode(h.writes.nodes, layer, index)) return 'write';
  if (hasNode(h.reads.nodes, layer, index)) return 'read';
  return null;
}

/** The role of w⁽ˡ⁾ⱼᵢ (to = j, from = i, 0-based). */
export function edgeRole(h: Highlight, layer: number, to: number, from: number): HighlightRole {
  if (hasEdge(h.focus.edges, layer, to, from)) return 'focus';
  if (hasEdge(h.writes.edges, layer, to, from)) return 'write';
  if (hasEdge(h.reads.edges, layer, to, from)) return 'read';
  return null;
}

/** The role of b⁽ˡ⁾ⱼ. */
export function biasRole(h: Highlight, layer: number, index: number): HighlightRole {
  if (hasNode(h.focus.biases, layer, index)) return 'focus';
  if (hasNode(h.writes.biases, layer, index)) return 'write';
  if (hasNode(h.reads.biases, layer, index)) return 'read';
  return null;
}

/** Whether any edge of layer l is highlighted (lets a painter skip whole dimmed layers). */
export function layerEdgesTouched(h: Highlight, layer: number): boolean {
  return [h.focus, h.writes, h.reads].some((p) => p.edges.some((r) => r.layer === layer));
}

/**
 * The parts as explicit element names for a network of `sizes`: "n1:2" (node 2 of layer 1),
 * "e2:0<1" (w⁽²⁾₀₁: into neuron 0 from neuron 1), "b1:3". For tests and small networks.
 */
export function expandParts(parts: HighlightParts, sizes: readonly number[]): Set<string> {
  const out = new Set<string>();
  const range = (want: Index, n: number): number[] =>
    want === 'all' ? Array.from({ length: n }, (_, k) => k) : [want];
  for (const r of parts.nodes) {
    for (const j of range(r.index, sizes[r.layer])) out.add(`n${r.layer}:${j}`);
  }
  for (const r of parts.biases) {
    for (const j of range(r.index, sizes[r.layer])) out.add(`b${r.layer}:${j}`);
  }
  for (const r of parts.edges) {
    for (const j of range(r.to, sizes[r.layer])) {
      for (const i of range(r.from, sizes[r.layer - 1])) out.add(`e${r.layer}:${j}<${i}`);
    }
  }
  return out;
}

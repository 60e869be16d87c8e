import { scaleLinear } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import type { ScalarGraph } from '../../core/scalarGraph';

export const NODE_W = 96;
export const NODE_H = 62;
/** Column to column: a node and a gap of 110 px, room for a label like "×−0.534 = −0.534". */
const COLUMN_GAP = 206;
const ROW_GAP = 84;
const MARGIN = 16;
/** An edge label's plate (11 px text), and how far apart two in one gap keep vertically. */
export const LABEL_HEIGHT = 16;
const LABEL_SPACING = LABEL_HEIGHT + 2;

export interface PlacedNode {
  id: number;
  x: number;
  y: number;
  column: number;
}

export interface PlacedEdge {
  consumer: number;
  input: number;
  path: string;
  /**
   * The middle of the edge's label: on the edge itself, in the middle of the gap before its
   * user, where the edges that meet at one node are still apart.
   */
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** Column of each operation: the longest path from a leaf, so every edge runs left to right. */
function columns(graph: ScalarGraph): number[] {
  const col = graph.nodes.map(() => 0);
  for (const node of graph.nodes) {
    for (const i of node.inputs) col[node.id] = Math.max(col[node.id], col[i] + 1);
  }
  // A leaf sits just left of its first user, not all leaves in one tall first column.
  for (const node of graph.nodes) {
    if (node.inputs.length > 0) continue;
    const users = graph.nodes.filter((n) => n.inputs.includes(node.id)).map((n) => col[n.id]);
    if (users.length > 0) col[node.id] = Math.min(...users) - 1;
  }
  return col;
}

/**
 * A layered layout (d3-scale places columns and rows, d3-shape draws the links). Rows are
 * ordered from the output leftwards by the mean row of each node's users, which keeps the
 * lines of an expression tree from crossing.
 */
export function layoutGraph(graph: ScalarGraph): GraphLayout {
  const col = columns(graph);
  const depth = Math.max(...col);
  const byColumn: number[][] = Array.from({ length: depth + 1 }, () => []);
  for (const node of graph.nodes) byColumn[col[node.id]].push(node.id);
  const rank = graph.nodes.map(() => 0);
  const users: number[][] = graph.nodes.map(() => []);
  for (const node of graph.nodes) for (const i of node.inputs) users[i].push(node.id);
  for (let c = depth; c >= 0; c--) {
    const key = (id: number): number => {
      const u = users[id];
      if (u.length === 0) return id;
      // Within one user, inputs keep their written order.
      return (
        u.reduce((s, v) => s + rank[v] + graph.nodes[v].inputs.indexOf(id) * 1e-3, 0) / u.length
      );
    };
    byColumn[c].sort((p, q) => key(p) - key(q) || p - q);
    byColumn[c].forEach((id, r) => (rank[id] = r - (byColumn[c].length - 1) / 2));
  }
  const tallest = Math.max(...byColumn.map((ids) => ids.length));
  const height = MARGIN * 2 + NODE_H + (tallest - 1) * ROW_GAP;
  const width = MARGIN * 2 + NODE_W + depth * COLUMN_GAP;
  const x = scaleLinear(
    [0, Math.max(1, depth)],
    [MARGIN, MARGIN + Math.max(1, depth) * COLUMN_GAP],
  );
  const y = scaleLinear(
    [-(tallest - 1) / 2, (tallest - 1) / 2],
    [MARGIN, height - MARGIN - NODE_H],
  );
  const nodes: PlacedNode[] = graph.nodes.map((n) => ({
    id: n.id,
    column: col[n.id],
    x: x(col[n.id]),
    y: tallest === 1 ? MARGIN : y(rank[n.id]),
  }));
  const link = linkHorizontal();
  const edges: PlacedEdge[] = [];
  for (const node of graph.nodes) {
    const distinct = [...new Set(node.inputs)];
    distinct.forEach((input, m) => {
      const from = nodes[input];
      const to = nodes[node.id];
      const sx = from.x + NODE_W;
      const sy = from.y + NODE_H / 2;
      // Each input arrives at its own port on the left side, so labels do not collide.
      const tx = to.x;
      const ty = to.y + (NODE_H * (m + 1)) / (distinct.length + 1);
      const labelX = tx - (COLUMN_GAP - NODE_W) / 2;
      edges.push({
        consumer: node.id,
        input,
        path: link({ source: [sx, sy], target: [tx, ty] }) ?? '',
        labelX,
        labelY: curveY(sx, sy, tx, ty, labelX),
      });
    });
  }
  spreadLabels(edges, nodes);
  return { nodes, edges, width, height };
}

/**
 * The height of a d3 horizontal link (a cubic from (sx, sy) to (tx, ty) with both control
 * points at the middle x) where it passes x, found by bisection: x grows along the curve.
 */
function curveY(sx: number, sy: number, tx: number, ty: number, x: number): number {
  const mx = (sx + tx) / 2;
  const xAt = (t: number): number => {
    const u = 1 - t;
    return u * u * u * sx + 3 * u * t * (u + t) * mx + t * t * t * tx;
  };
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (xAt(mid) < x) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  return sy + (ty - sy) * t * t * (3 - 2 * t);
}

/** Labels in one gap (edges into one column) move apart until none is nearer than the spacing. */
function spreadLabels(edges: PlacedEdge[], nodes: PlacedNode[]): void {
  const byGap = new Map<number, PlacedEdge[]>();
  for (const e of edges) {
    const column = nodes[e.consumer].column;
    byGap.set(column, [...(byGap.get(column) ?? []), e]);
  }
  for (const group of byGap.values()) {
    group.sort((p, q) => p.labelY - q.labelY);
    for (let k = 1; k < group.length; k++) {
      const floor = group[k - 1].labelY + LABEL_SPACING;
      if (group[k].labelY < floor) group[k].labelY = floor;
    }
  }
}

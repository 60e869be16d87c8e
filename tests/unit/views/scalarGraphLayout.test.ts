import { describe, expect, it } from 'vitest';
import { computeGraph, PRESETS, type ScalarGraph } from '../../../src/core/scalarGraph';
import { LABEL_HEIGHT, NODE_H, NODE_W, layoutGraph } from '../../../src/views/ScalarGraph/layout';

function graphOf(expression: string, values: Record<string, number>): ScalarGraph {
  const result = computeGraph(expression, values);
  if (!result.ok) throw new Error(`${expression} does not compute`);
  return result.graph;
}

describe('the computational graph places each edge label on its edge, clear of the others', () => {
  it.each(PRESETS)('$title: every label in the gap before its user, none on another', (p) => {
    const layout = layoutGraph(graphOf(p.expression, p.values));
    const byColumn = new Map<number, number[]>();
    for (const e of layout.edges) {
      const to = layout.nodes[e.consumer];
      // In the gap just before the user: right of every node of the column before it.
      const before = layout.nodes.filter((n) => n.column === to.column - 1);
      const gapStart = Math.max(...before.map((n) => n.x + NODE_W));
      expect(e.labelX).toBeGreaterThan(gapStart);
      expect(e.labelX).toBeLessThan(to.x);
      byColumn.set(to.column, [...(byColumn.get(to.column) ?? []), e.labelY]);
    }
    for (const ys of byColumn.values()) {
      ys.sort((a, b) => a - b);
      for (let k = 1; k < ys.length; k++) {
        expect(ys[k] - ys[k - 1]).toBeGreaterThanOrEqual(LABEL_HEIGHT);
      }
    }
  });

  it('(x+y)·z: a label sits on its edge, halfway between the two nodes it joins', () => {
    const graph = graphOf('(x + y) * z', { x: -2, y: 5, z: -4 });
    const layout = layoutGraph(graph);
    // x → + is drawn from x's right side to +'s upper port (a third of the way down); its
    // label is in the middle of the gap, where the curve is halfway in height too.
    const x = layout.nodes[graph.nodes.findIndex((n) => n.label === 'x')];
    const plus = layout.nodes[graph.nodes.findIndex((n) => n.op === 'add')];
    const edge = layout.edges.find((e) => e.input === x.id && e.consumer === plus.id)!;
    const from = { x: x.x + NODE_W, y: x.y + NODE_H / 2 };
    const to = { x: plus.x, y: plus.y + NODE_H / 3 };
    expect(edge.labelX).toBeCloseTo((from.x + to.x) / 2, 6);
    expect(edge.labelY).toBeCloseTo((from.y + to.y) / 2, 6);
  });
});

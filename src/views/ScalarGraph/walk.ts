import type { BackwardStep, ScalarGraph } from '../../core/scalarGraph';

/** What the page shows after `position` steps of the backward walk. */
export interface WalkState {
  /** ∂f/∂node received so far (null: nothing has reached it yet). */
  grads: (number | null)[];
  /** The node's gradient is final: every node that uses it has been walked. */
  complete: boolean[];
  /** The node has handed its gradient on. */
  walked: boolean[];
  /** The step just taken (null before the first). */
  current: BackwardStep | null;
  /** Edges (consumer → input) the current step sent gradient along, as "consumer-input". */
  sent: Set<string>;
  /** Per node, the pieces its gradient is the sum of (for "copy sums"). */
  pieces: number[][];
}

export function edgeKey(consumer: number, input: number): string {
  return `${consumer}-${input}`;
}

/** How many nodes use each node: more than one means its gradient is a sum of copies. */
export function fanOut(graph: ScalarGraph): number[] {
  const users = graph.nodes.map(() => 0);
  for (const n of graph.nodes) for (const i of n.inputs) users[i]++;
  return users;
}

export function walkState(graph: ScalarGraph, position: number): WalkState {
  const n = graph.nodes.length;
  const grads: (number | null)[] = new Array<number | null>(n).fill(null);
  const pieces: number[][] = graph.nodes.map(() => []);
  const walked = new Array<boolean>(n).fill(false);
  const remaining = fanOut(graph);
  grads[graph.output] = graph.grads[graph.output];
  const p = Math.max(0, Math.min(graph.steps.length, position));
  for (let k = 0; k < p; k++) {
    const step = graph.steps[k];
    walked[step.node] = true;
    graph.nodes[step.node].inputs.forEach((input, m) => {
      grads[input] = (grads[input] ?? 0) + step.products[m];
      pieces[input].push(step.products[m]);
      remaining[input]--;
    });
  }
  const complete = remaining.map((r, id) => r === 0 && grads[id] !== null);
  const current = p > 0 ? graph.steps[p - 1] : null;
  const sent = new Set<string>();
  if (current)
    for (const input of graph.nodes[current.node].inputs) sent.add(edgeKey(current.node, input));
  return { grads, complete, walked, current, sent, pieces };
}

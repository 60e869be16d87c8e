import { buildGraph, hasExpandedSigmoid, variablesOf } from './build';
import { msg, type Message } from '../i18n/message';
import { parseExpression } from './parse';
import type { GraphProblem, GraphResult, ScalarGraph } from './types';

export * from './types';
export { parseExpression, FUNCTIONS } from './parse';
export { tokenize } from './tokenize';
export { sigmoid } from './ops';
export { walkBackward } from './build';
export { PRESETS, type GraphPreset } from './presets';

export interface GraphOptions {
  /** Read 1/(1+exp(−u)) as one σ gate. */
  collapseSigmoid?: boolean;
}

/** Parses and computes an expression at the given values; never throws. */
export function computeGraph(
  text: string,
  values: Readonly<Record<string, number>>,
  options: GraphOptions = {},
): GraphResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  const built = buildGraph(parsed.ast, values, options);
  return built.ok ? { ok: true, graph: built.graph } : built;
}

/** What an expression needs before it can be computed: its variables, or why it cannot be read. */
export type ExpressionFacts =
  | { ok: true; variables: string[]; expandedSigmoid: boolean }
  | { ok: false; problem: GraphProblem };

export function expressionFacts(text: string): ExpressionFacts {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    variables: variablesOf(parsed.ast),
    expandedSigmoid: hasExpandedSigmoid(parsed.ast),
  };
}

/** The shape `npm run graph` prints. */
export interface GraphJson {
  value: number;
  gradients: Record<string, number>;
  nodes: { id: number; op: string; inputs: number[]; value: number; grad: number }[];
}

export function graphJson(graph: ScalarGraph): GraphJson {
  const gradients: Record<string, number> = {};
  for (const node of graph.nodes)
    if (node.op === 'var') gradients[node.label] = graph.grads[node.id];
  return {
    value: graph.nodes[graph.output].value,
    gradients,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      op: n.op === 'const' ? 'const' : n.op,
      inputs: [...n.inputs],
      value: n.value,
      grad: graph.grads[n.id],
    })),
  };
}

/** ∂f/∂v for every variable v, by name. */
export function variableGradients(graph: ScalarGraph): Record<string, number> {
  return graphJson(graph).gradients;
}

/**
 * Reads a list of numbers written `-2,5,-4` (the link's form: the variables' values in order
 * of first appearance). Returns the numbers or the first entry that is not a finite number.
 */
export function parseValueList(
  text: string,
  count: number,
): { values: number[]; problem: Message | null } {
  const parts = text.trim() === '' ? [] : text.split(',').slice(0, count + 1);
  const values: number[] = [];
  for (let k = 0; k < count; k++) {
    const part = parts[k]?.trim();
    const x = part === undefined || part === '' ? Number.NaN : Number(part);
    if (!Number.isFinite(x)) {
      const problem =
        part === undefined
          ? msg('problem.graph.valueMissing', { index: k + 1 })
          : msg('problem.graph.valueNotNumber', { index: k + 1, text: part.slice(0, 24) });
      return { values, problem };
    }
    values.push(x);
  }
  if (parts.length > count)
    return { values, problem: msg('problem.graph.tooManyValues', { count }) };
  return { values, problem: null };
}
export {
  neuronGraph,
  neuronNumbers,
  shownTerms,
  type NeuronFacts,
  type NeuronNumbers,
} from './neuron';
export type { NeuronActivation, NeuronLoss } from './neuronMath';
export { gradientCosts, reuseOf, describeCount, type GradientCosts } from './cost';

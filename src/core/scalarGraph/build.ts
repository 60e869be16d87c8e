import type { Ast } from './parse';
import { msg, type Message } from '../i18n/message';
import { forwardValue, GraphArithmeticError, localGradient, nodeName, OP_SYMBOLS } from './ops';
import {
  GRAPH_LIMITS,
  graphProblem,
  type BackwardStep,
  type GraphProblem,
  type ScalarGraph,
  type ScalarNode,
  type ScalarOp,
} from './types';

class NodeLimitError extends Error {}

const CALL_OPS: Readonly<Record<string, ScalarOp>> = {
  exp: 'exp',
  log: 'log',
  sqrt: 'sqrt',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  relu: 'relu',
  max: 'max',
  min: 'min',
  abs: 'abs',
};

const BINARY_OPS: Readonly<Record<string, ScalarOp>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '^': 'pow',
};

/** The variable names of an expression in order of first appearance. */
export function variablesOf(ast: Ast): string[] {
  const names: string[] = [];
  const visit = (n: Ast): void => {
    if (n.kind === 'var') {
      if (!names.includes(n.name)) names.push(n.name);
    } else if (n.kind === 'neg') visit(n.arg);
    else if (n.kind === 'binary') {
      visit(n.left);
      visit(n.right);
    } else if (n.kind === 'call') n.args.forEach(visit);
  };
  visit(ast);
  return names;
}

function isNumber(n: Ast, value: number): boolean {
  return n.kind === 'num' && n.value === value;
}

/** u when `n` is e^(−u), written exp(−u). */
function negatedExpArgument(n: Ast): Ast | null {
  if (n.kind !== 'call' || n.fn !== 'exp') return null;
  const arg = n.args[0];
  return arg.kind === 'neg' ? arg.arg : null;
}

/** u when `n` is a sigmoid written out in full: 1/(1+exp(−u)) or 1/(exp(−u)+1). */
export function expandedSigmoidArgument(n: Ast): Ast | null {
  if (n.kind !== 'binary' || n.op !== '/' || !isNumber(n.left, 1)) return null;
  const d = n.right;
  if (d.kind !== 'binary' || d.op !== '+') return null;
  if (isNumber(d.left, 1)) return negatedExpArgument(d.right);
  if (isNumber(d.right, 1)) return negatedExpArgument(d.left);
  return null;
}

/** Whether an expression holds a sigmoid written out in full anywhere. */
export function hasExpandedSigmoid(n: Ast): boolean {
  if (expandedSigmoidArgument(n) !== null) return true;
  if (n.kind === 'neg') return hasExpandedSigmoid(n.arg);
  if (n.kind === 'binary') return hasExpandedSigmoid(n.left) || hasExpandedSigmoid(n.right);
  if (n.kind === 'call') return n.args.some(hasExpandedSigmoid);
  return false;
}

/** Builds the nodes in forward order, computing each value as it goes. */
class Builder {
  readonly nodes: ScalarNode[] = [];
  private readonly variableIds = new Map<string, number>();

  constructor(
    private readonly values: Readonly<Record<string, number>>,
    private readonly collapseSigmoid: boolean,
  ) {}

  private add(
    op: ScalarOp,
    inputs: number[],
    label: string,
    at: number,
    value: number,
    varying: boolean,
  ): number {
    if (this.nodes.length >= GRAPH_LIMITS.nodes) throw new NodeLimitError();
    const id = this.nodes.length;
    this.nodes.push({ id, op, inputs, label, value, at, varying });
    return id;
  }

  private gate(op: ScalarOp, inputs: number[], at: number): number {
    const node: ScalarNode = {
      id: this.nodes.length,
      op,
      inputs,
      label: OP_SYMBOLS[op] ?? op,
      value: 0,
      at,
      varying: inputs.some((i) => this.nodes[i].varying),
    };
    const args = inputs.map((i) => this.nodes[i].value);
    const exponentVaries = op === 'pow' && this.nodes[inputs[1]].varying;
    const value = forwardValue(node, args, exponentVaries);
    return this.add(op, inputs, node.label, at, value, node.varying);
  }

  visit(n: Ast): number {
    if (this.collapseSigmoid) {
      const u = expandedSigmoidArgument(n);
      if (u !== null) return this.gate('sigmoid', [this.visit(u)], n.at);
    }
    switch (n.kind) {
      case 'num':
        return this.add('const', [], n.text, n.at, n.value, false);
      case 'var': {
        const known = this.variableIds.get(n.name);
        if (known !== undefined) return known;
        const value = this.values[n.name];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw new GraphArithmeticError(
            msg('problem.graph.noValue', { name: n.name, at: n.at }),
            n.at,
          );
        }
        const id = this.add('var', [], n.name, n.at, value, true);
        this.variableIds.set(n.name, id);
        return id;
      }
      case 'neg':
        return this.gate('neg', [this.visit(n.arg)], n.at);
      case 'binary': {
        const left = this.visit(n.left);
        const right = this.visit(n.right);
        return this.gate(BINARY_OPS[n.op], [left, right], n.at);
      }
      case 'call':
        return this.gate(
          CALL_OPS[n.fn],
          n.args.map((a) => this.visit(a)),
          n.at,
        );
    }
  }
}

function failed(text: Message, at: number): { ok: false; problem: GraphProblem } {
  return { ok: false, problem: graphProblem(text, at) };
}

export type BuildResult = { ok: true; graph: ScalarGraph } | { ok: false; problem: GraphProblem };

/**
 * The graph of a parsed expression at the given values, with its backward walk. Never throws:
 * a missing value, arithmetic without an answer or too many nodes come back as a problem.
 */
export function buildGraph(
  ast: Ast,
  values: Readonly<Record<string, number>>,
  options: { collapseSigmoid?: boolean } = {},
): BuildResult {
  const builder = new Builder(values, options.collapseSigmoid ?? false);
  try {
    const output = builder.visit(ast);
    const { grads, steps } = walkBackward(builder.nodes, output);
    return {
      ok: true,
      graph: { nodes: builder.nodes, output, grads, steps, variables: variablesOf(ast) },
    };
  } catch (error) {
    if (error instanceof NodeLimitError) {
      return failed(msg('problem.graph.tooManyNodes', { limit: GRAPH_LIMITS.nodes }), 0);
    }
    if (error instanceof GraphArithmeticError) return failed(error.text, error.at);
    return failed(msg('problem.graph.notComputed'), 0);
  }
}

/**
 * Reverse-mode walk: nodes in reverse forward order, so every node's gradient is complete
 * (all its users are done) before it is handed on — each gradient is computed once and reused
 * by every path through the node.
 */
export function walkBackward(
  nodes: readonly ScalarNode[],
  output: number,
): { grads: number[]; steps: BackwardStep[] } {
  const grads = nodes.map(() => 0);
  grads[output] = 1; // ∂f/∂f
  const steps: BackwardStep[] = [];
  for (let id = output; id >= 0; id--) {
    const node = nodes[id];
    if (node.inputs.length === 0) continue;
    const upstream = grads[id];
    const { locals, rule, note } = localGradient(
      node,
      node.inputs.map((i) => nodes[i].value),
    );
    const products = locals.map((local) => upstream * local);
    products.forEach((p, k) => {
      if (!Number.isFinite(p)) {
        throw new GraphArithmeticError(
          msg('problem.graph.gradient', { slope: String(locals[k]), node: nodeName(node) }),
          node.at,
        );
      }
      grads[node.inputs[k]] += p;
    });
    steps.push({ node: id, upstream, locals, products, rule, localNote: note });
  }
  return { grads, steps };
}

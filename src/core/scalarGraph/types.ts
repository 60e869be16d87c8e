/**
 * The computational graph of single numbers: one node per operation, its forward value, and
 * the backward walk that hands each node's gradient to its inputs. Shared by the expression
 * mode, the neuron expansion and the command line; imports nothing of the project but the
 * ground floor's message type (its problems are said in the page's language).
 */
import { english, type Message } from '../i18n/message';

/** Operations of the expression language, plus the neuron expansion's own gates. */
export type ScalarOp =
  | 'var'
  | 'const'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'neg'
  | 'exp'
  | 'log'
  | 'sqrt'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'max'
  | 'min'
  | 'abs'
  /** a = b + Σᵢ wᵢzᵢ taken bias first, in the engine's order (neuron expansion). */
  | 'sum'
  /** An activation other than the ones above (linear, Leaky ReLU, ELU, softmax). */
  | 'activation'
  /** A sample's cost C for one output neuron. */
  | 'loss';

export interface ScalarNode {
  /** Index in `nodes`; inputs always have smaller ids (the list is in forward order). */
  id: number;
  op: ScalarOp;
  inputs: number[];
  /** What the node shows: the variable's name, the number, or the gate's symbol. */
  label: string;
  /** Forward value. */
  value: number;
  /** 1-based position in the expression where the operation was written (0: not from text). */
  at: number;
  /** The node depends on at least one variable. */
  varying: boolean;
}

/** One move of the backward walk: node `node` hands its gradient to its inputs. */
export interface BackwardStep {
  node: number;
  /** ∂f/∂node, complete because every node that uses it has already been walked. */
  upstream: number;
  /** ∂node/∂input for each input, in the order of `inputs`. */
  locals: number[];
  /** upstream × local, what each input receives (added to what it already has). */
  products: number[];
  /** The gate rule at work, e.g. 'add distributes'. */
  rule: string;
  /** The local gradient in words, e.g. '∂(p·q)/∂p = q'. */
  localNote: string;
}

export interface ScalarGraph {
  nodes: ScalarNode[];
  /** Id of the node whose value is f. */
  output: number;
  /** ∂f/∂node for every node after the whole walk. */
  grads: number[];
  /** The walk, output first, one step per operation (leaves have no step). */
  steps: BackwardStep[];
  /** Variable names in order of first appearance. */
  variables: string[];
}

/** A problem with the text, the values or the arithmetic, said so that a person can fix it. */
export interface GraphProblem {
  /** In English (the command line's words); `text` is the same for the page's language. */
  message: string;
  text: Message;
  /** 1-based position in the expression the message names (0: none). */
  at: number;
}

/** A problem saying `text`, at position `at`. */
export function graphProblem(text: Message, at: number): GraphProblem {
  return { message: english(text), text, at };
}

export type GraphResult = { ok: true; graph: ScalarGraph } | { ok: false; problem: GraphProblem };

export const GRAPH_LIMITS = {
  /** Characters of an expression. */
  chars: 2000,
  /** Nodes of a graph (operations, variables and constants). */
  nodes: 500,
  /** Parentheses and unary operators nested in each other. */
  depth: 200,
} as const;

import { english, msg, type Message } from '../i18n/message';
import { exp, log, powInt, tanh } from '../detmath';
import type { ScalarNode } from './types';

/** Arithmetic that has no answer (division by zero, log of −1, …), naming the node. */
export class GraphArithmeticError extends Error {
  constructor(
    readonly text: Message,
    readonly at: number,
  ) {
    super(english(text));
  }
}

/** How messages name a node: its number, its gate and where it was written. */
export function nodeName(node: ScalarNode): Message {
  return node.at > 0
    ? msg('problem.graph.nodeAt', { id: node.id, label: node.label, at: node.at })
    : msg('problem.graph.node', { id: node.id, label: node.label });
}

function fmt(x: number): string {
  return x < 0 ? `(${String(x)})` : String(x);
}

/** σ(u) = 1 / (1 + e^(−u)), written as the engine writes it so that e^x never overflows. */
export function sigmoid(u: number): number {
  if (u >= 0) return 1 / (1 + exp(-u));
  const e = exp(u);
  return e / (1 + e);
}

/** An exponent that is a whole number small enough for repeated squaring. */
function wholeExponent(e: number): boolean {
  return Number.isInteger(e) && Math.abs(e) <= 4096;
}

/** xⁿ: repeated squaring for whole n (any base), e^(n ln x) for a real n and a positive base. */
export function power(x: number, n: number): number {
  if (wholeExponent(n)) return powInt(x, n);
  if (x > 0) return exp(n * log(x));
  if (x === 0 && n > 0) return 0;
  return Number.NaN;
}

/** The forward value of an operation of the expression language. */
export function forwardValue(
  node: ScalarNode,
  inputs: readonly number[],
  exponentVaries: boolean,
): number {
  const [u, v] = inputs;
  const fail = (why: Message): never => {
    throw new GraphArithmeticError(
      msg('problem.graph.atNode', { why, node: nodeName(node) }),
      node.at,
    );
  };
  let value: number;
  switch (node.op) {
    case 'add':
      value = u + v;
      break;
    case 'sub':
      value = u - v;
      break;
    case 'mul':
      value = u * v;
      break;
    case 'div':
      if (v === 0) fail(msg('problem.graph.divideByZero', { u: String(u) }));
      value = u / v;
      break;
    case 'pow':
      if (exponentVaries && !(u > 0)) fail(msg('problem.graph.varyingPower', { u: fmt(u) }));
      if (u === 0 && v < 0) fail(msg('problem.graph.zeroNegativePower', { v: fmt(v) }));
      if (!(u > 0) && !wholeExponent(v))
        fail(msg('problem.graph.realPower', { u: fmt(u), v: fmt(v) }));
      value = power(u, v);
      break;
    case 'neg':
      value = -u;
      break;
    case 'exp':
      value = exp(u);
      break;
    case 'log':
      if (!(u > 0)) fail(msg('problem.graph.log', { u: String(u) }));
      value = log(u);
      break;
    case 'sqrt':
      if (u < 0) fail(msg('problem.graph.sqrt', { u: String(u) }));
      value = Math.sqrt(u);
      break;
    case 'tanh':
      value = tanh(u);
      break;
    case 'sigmoid':
      value = sigmoid(u);
      break;
    case 'relu':
      value = u > 0 ? u : 0;
      break;
    case 'max':
      value = u >= v ? u : v;
      break;
    case 'min':
      value = u <= v ? u : v;
      break;
    case 'abs':
      value = Math.abs(u);
      break;
    default:
      return fail(msg('problem.graph.noFormula', { op: node.op }));
  }
  if (!Number.isFinite(value)) fail(msg('problem.graph.overflow', { value: fmt(value) }));
  return value;
}

/** ∂node/∂input for each input, the gate rule at work, and the local gradient in words. */
export interface LocalGradient {
  locals: number[];
  rule: string;
  note: string;
}

/** The local gradients of an operation at its forward values (x the node's own value). */
export function localGradient(node: ScalarNode, inputs: readonly number[]): LocalGradient {
  const [u, v] = inputs;
  const x = node.value;
  switch (node.op) {
    case 'add':
      return { locals: [1, 1], rule: 'add distributes', note: '∂(p+q)/∂p = ∂(p+q)/∂q = 1' };
    case 'sub':
      return {
        locals: [1, -1],
        rule: 'subtract distributes, negated',
        note: '∂(p−q)/∂p = 1, ∂/∂q = −1',
      };
    case 'mul':
      return { locals: [v, u], rule: 'multiply swaps', note: '∂(p·q)/∂p = q, ∂(p·q)/∂q = p' };
    case 'div':
      return {
        locals: [1 / v, -u / (v * v)],
        rule: 'divide',
        note: '∂(p/q)/∂p = 1/q, ∂/∂q = −p/q²',
      };
    case 'pow':
      return {
        locals: [
          v === 0 ? 0 : wholeExponent(v) ? v * powInt(u, v - 1) : (v * x) / u,
          u > 0 ? x * log(u) : 0,
        ],
        rule: 'power',
        note: '∂(pⁿ)/∂p = n·pⁿ⁻¹, ∂(pⁿ)/∂n = pⁿ·ln p',
      };
    case 'neg':
      return { locals: [-1], rule: 'negate flips the sign', note: '∂(−p)/∂p = −1' };
    case 'exp':
      return { locals: [x], rule: 'exp keeps its value', note: '∂eᵘ/∂u = eᵘ' };
    case 'log':
      return { locals: [1 / u], rule: 'log', note: '∂ln u/∂u = 1/u' };
    case 'sqrt':
      return { locals: [0.5 / x], rule: 'square root', note: '∂√u/∂u = 1/(2√u)' };
    case 'tanh':
      return { locals: [1 - x * x], rule: 'tanh', note: '∂tanh u/∂u = 1 − tanh²u' };
    case 'sigmoid':
      return { locals: [x * (1 - x)], rule: 'σ gate', note: '∂σ(u)/∂u = σ(1−σ)' };
    case 'relu':
      return {
        locals: [u > 0 ? 1 : 0],
        rule: 'relu routes (or stops)',
        note: '∂relu/∂u = 1 if u > 0, else 0',
      };
    case 'max':
      return {
        locals: u >= v ? [1, 0] : [0, 1],
        rule: 'max routes',
        note: 'the larger input gets all of it, the other none',
      };
    case 'min':
      return {
        locals: u <= v ? [1, 0] : [0, 1],
        rule: 'min routes',
        note: 'the smaller input gets all of it, the other none',
      };
    case 'abs':
      return {
        locals: [u > 0 ? 1 : u < 0 ? -1 : 0],
        rule: 'abs keeps or flips',
        note: '∂|u|/∂u = sign u',
      };
    default:
      return { locals: inputs.map(() => Number.NaN), rule: '', note: '' };
  }
}

/** The symbol a gate shows. */
export const OP_SYMBOLS: Readonly<Record<string, string>> = {
  add: '+',
  sub: '−',
  mul: '×',
  div: '÷',
  pow: '^',
  neg: '−',
  exp: 'exp',
  log: 'log',
  sqrt: '√',
  tanh: 'tanh',
  sigmoid: 'σ',
  relu: 'relu',
  max: 'max',
  min: 'min',
  abs: '|·|',
};

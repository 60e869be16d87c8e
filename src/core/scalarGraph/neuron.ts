import {
  activationValue,
  errorFromAbove,
  outputDeltaOf,
  preActivation,
  sampleCostOf,
  softmaxAt,
  throughActivation,
  type NeuronActivation,
  type NeuronLoss,
} from './neuronMath';
import type { MathsVersion } from '../detmath';
import type { BackwardStep, ScalarGraph, ScalarNode, ScalarOp } from './types';

/** One neuron j of layer l for one sample: the numbers it reads, as the engine holds them. */
export interface NeuronFacts {
  layer: number;
  index: number;
  activation: NeuronActivation;
  /** Leaky ReLU slope or ELU α of the layer. */
  param: number;
  /** The run's maths version (its tanh). */
  maths: MathsVersion;
  /** w⁽ˡ⁾ⱼᵢ for every i. */
  weights: ArrayLike<number>;
  /** z⁽ˡ⁻¹⁾ᵢ as the layer read them (after the dropout mask of layer l−1, if any). */
  inputs: ArrayLike<number>;
  bias: number;
  /** a⁽ˡ⁾ of the whole layer (softmax needs it; the others read only entry j). */
  layerA: ArrayLike<number>;
  /** A hidden neuron: the column w⁽ˡ⁺¹⁾·ⱼ, the deltas δ⁽ˡ⁺¹⁾ and its own dropout mask value. */
  above?: { column: ArrayLike<number>; deltas: ArrayLike<number>; mask: number | null };
  /** An output neuron: the loss and the whole output layer's z and targets. */
  output?: { loss: NeuronLoss; z: ArrayLike<number>; targets: ArrayLike<number> };
  /**
   * An output neuron whose targets are not at hand: its δ and cost as the engine computed them,
   * and whether its loss is fused with its activation (sigmoid with BCE, softmax with CCE).
   */
  known?: { delta: number; cost: number; fused: boolean };
}

/** The neuron's numbers, each computed once the engine's way. */
export interface NeuronNumbers {
  a: number;
  z: number;
  /** ∂C/∂z⁽ˡ⁾ⱼ arriving from above (null when the loss is fused with the activation). */
  upstream: number | null;
  delta: number;
  /** h′(a) as the engine applies it (for a fused loss: ∂C/∂a itself). */
  local: number;
  /** ∂C/∂w⁽ˡ⁾ⱼᵢ = δ·zᵢ for this sample. */
  weightGrads: number[];
  /** What each input zᵢ receives, wᵢ·δ (its share of Wᵀδ for the layer below). */
  inputGrads: number[];
  /** This sample's cost (output neurons only). */
  cost: number | null;
}

export function neuronNumbers(f: NeuronFacts): NeuronNumbers {
  const j = f.index;
  const a = preActivation(f.bias, f.weights, f.inputs);
  const z =
    f.activation === 'softmax'
      ? softmaxAt(f.layerA, j)
      : activationValue(f.activation, a, f.param, f.maths);
  let upstream: number | null;
  let delta: number;
  let local = Number.NaN;
  let cost: number | null = null;
  if (f.output) {
    const out = outputDeltaOf(
      f.output.loss,
      f.activation,
      j,
      f.layerA,
      f.output.z,
      f.output.targets,
      f.param,
    );
    upstream = out.dCdz;
    delta = out.delta;
    local = out.local;
    cost = sampleCostOf(f.output.loss, f.layerA, f.output.z, f.output.targets);
  } else if (f.above) {
    upstream = errorFromAbove(f.above.column, f.above.deltas);
    const through = throughActivation(f.activation, a, z, upstream, f.param);
    delta = through.delta;
    local = through.local;
    if (f.above.mask !== null) delta *= f.above.mask;
  } else {
    delta = f.known?.delta ?? Number.NaN;
    cost = f.known?.cost ?? null;
    upstream = null;
    // Not fused: δ = ∂C/∂z · h′(a), so ∂C/∂z is δ / h′(a) (unknowable where h′(a) = 0).
    if (f.known && !f.known.fused) {
      local = throughActivation(f.activation, a, z, 1, f.param).local;
      if (local !== 0 && Number.isFinite(local)) upstream = delta / local;
    }
  }
  const weightGrads: number[] = [];
  const inputGrads: number[] = [];
  for (let i = 0; i < f.weights.length; i++) {
    // The engine adds into a zeroed buffer, so −0 reads back as +0: 0 + δz does the same.
    weightGrads.push(0 + delta * f.inputs[i]);
    inputGrads.push(f.weights[i] * delta);
  }
  return { a, z, upstream, delta, local, weightGrads, inputGrads, cost };
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
function sub(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUB[Number(d)])
    .join('');
}

/** The terms wᵢzᵢ a graph shows: all of them for a small layer, else the largest by size. */
export function shownTerms(
  weights: ArrayLike<number>,
  inputs: ArrayLike<number>,
  most: number,
): number[] {
  const all = Array.from({ length: weights.length }, (_, i) => i);
  if (all.length <= most) return all;
  const size = (i: number): number => Math.abs(weights[i] * inputs[i]);
  return all
    .sort((p, q) => size(q) - size(p) || p - q)
    .slice(0, most)
    .sort((p, q) => p - q);
}

/**
 * The neuron as a scalar graph: inputs zᵢ and weights wⱼᵢ, their products, the sum with the
 * bias (a), the activation (z) and, for an output neuron, the cost C. A layer wider than
 * `most` inputs shows its largest terms and one node for the rest (the sum is still taken
 * over every term, in the engine's order). The backward walk carries the engine's numbers.
 */
export function neuronGraph(
  f: NeuronFacts,
  most = 12,
): { graph: ScalarGraph; numbers: NeuronNumbers } {
  const numbers = neuronNumbers(f);
  const j = f.index;
  const nodes: ScalarNode[] = [];
  const grads: number[] = [];
  const add = (
    op: ScalarOp,
    inputs: number[],
    label: string,
    value: number,
    grad: number,
  ): number => {
    const id = nodes.length;
    nodes.push({ id, op, inputs, label, value, at: 0, varying: true });
    grads.push(grad);
    return id;
  };
  const delta = numbers.delta;
  const shown = shownTerms(f.weights, f.inputs, most);
  const termIds: number[] = [];
  for (const i of shown) {
    const w = add('var', [], `w${sub(j)},${sub(i)}`, f.weights[i], numbers.weightGrads[i]);
    const zi = add('var', [], `z${sub(i)}`, f.inputs[i], numbers.inputGrads[i]);
    termIds.push(add('mul', [w, zi], '×', f.weights[i] * f.inputs[i], delta));
  }
  const rest = f.weights.length - shown.length;
  if (rest > 0) {
    let others = 0;
    for (let i = 0; i < f.weights.length; i++)
      if (!shown.includes(i)) others += f.weights[i] * f.inputs[i];
    termIds.push(add('const', [], `${rest} more w·z`, others, delta));
  }
  const b = add('var', [], `b${sub(j)}`, f.bias, 0 + delta);
  const a = add('sum', [b, ...termIds], `a${sub(j)} Σ`, numbers.a, delta);
  const opOf: ScalarOp =
    f.activation === 'sigmoid' || f.activation === 'tanh' || f.activation === 'relu'
      ? f.activation
      : 'activation';
  const z = add(
    opOf,
    [a],
    activationSymbol(f.activation),
    numbers.z,
    numbers.upstream ?? Number.NaN,
  );
  let output = z;
  if (f.output || f.known)
    output = add(
      'loss',
      [
        f.known
          ? numbers.upstream === null
            ? a
            : z
          : f.output?.loss === 'bce' || f.output?.loss === 'cce'
            ? a
            : z,
      ],
      'C',
      numbers.cost ?? Number.NaN,
      1,
    );
  const steps = neuronSteps(f, nodes, numbers, output, a, z, termIds.length);
  return { graph: { nodes, output, grads, steps, variables: [] }, numbers };
}

function activationSymbol(act: NeuronActivation): string {
  const symbols: Record<NeuronActivation, string> = {
    linear: 'id',
    sigmoid: 'σ',
    tanh: 'tanh',
    relu: 'relu',
    'leaky-relu': 'lrelu',
    elu: 'elu',
    softmax: 'softmax',
  };
  return symbols[act];
}

function neuronSteps(
  f: NeuronFacts,
  nodes: ScalarNode[],
  numbers: NeuronNumbers,
  output: number,
  a: number,
  z: number,
  terms: number,
): BackwardStep[] {
  const steps: BackwardStep[] = [];
  const { delta, upstream } = numbers;
  if (output !== z) {
    const fused = nodes[output].inputs[0] === a;
    const local = fused ? delta : (upstream ?? Number.NaN);
    steps.push({
      node: output,
      upstream: 1,
      locals: [local],
      products: [local],
      rule: fused ? 'loss fused with its activation' : 'loss',
      localNote: fused ? '∂C/∂a in one formula, as the engine computes it' : '∂C/∂z from the loss',
    });
  }
  if (output === z || nodes[output].inputs[0] === z) {
    const g = upstream ?? Number.NaN;
    const mask = f.above?.mask ?? null;
    steps.push({
      node: z,
      upstream: g,
      locals: [numbers.local],
      products: [delta],
      rule: output === z ? 'from the layer above: Σₖ wₖⱼ δₖ' : 'activation',
      localNote: `∂z/∂a = h′(a)${mask !== null ? ', times the dropout mask' : ''}`,
    });
  }
  steps.push({
    node: a,
    upstream: delta,
    locals: nodes[a].inputs.map(() => 1),
    products: nodes[a].inputs.map(() => delta),
    rule: 'add distributes',
    localNote: '∂a/∂b = ∂a/∂(wᵢzᵢ) = 1',
  });
  for (let t = 0; t < terms; t++) {
    const term = nodes[nodes[a].inputs[1 + t]];
    if (term.op !== 'mul') continue;
    const [w, zi] = term.inputs;
    steps.push({
      node: term.id,
      upstream: delta,
      locals: [nodes[zi].value, nodes[w].value],
      products: [delta * nodes[zi].value, nodes[w].value * delta],
      rule: 'multiply swaps',
      localNote: '∂(w·z)/∂w = z, ∂(w·z)/∂z = w',
    });
  }
  return steps;
}

import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { layerMark, neuronText } from '../plain';
import { texActivation, texFactor, texNeuron, texNum, texSum } from '../tex';
import type { FormulaLine, OpFormula } from './types';

/** The input layer l−1 passes on: z⁽ˡ⁻¹⁾, or z⁽ˡ⁻¹⁾ ⊙ m with dropout (as the engine computes it). */
export function layerInput(ctx: InspectContext, sample: number, layer: number): Float64Array {
  const s = ctx.trace.samples[sample];
  const z = s.z[layer - 1];
  const mask = s.mask[layer - 1];
  if (!mask) return z;
  return z.map((v, i) => v * mask[i]);
}

/** a⁽ˡ⁾ⱼ = b⁽ˡ⁾ⱼ + Σᵢ w⁽ˡ⁾ⱼᵢ z⁽ˡ⁻¹⁾ᵢ summed in the engine's order (bias first, then i = 1 …). */
export function weightedInput(
  ctx: InspectContext,
  sample: number,
  layer: number,
  j: number,
): number {
  const { trace } = ctx;
  const nIn = trace.sizes[layer - 1];
  const W = trace.weightsBefore[layer - 1];
  const x = layerInput(ctx, sample, layer);
  let acc = trace.biasesBefore[layer - 1][j];
  for (let i = 0; i < nIn; i++) acc += W[j * nIn + i] * x[i];
  return acc;
}

/**
 * Which terms of a long sum to write out: all of up to 5, else the first 4 — or, when some of
 * those are zero inputs (the blank border of an image), the first 4 with a nonzero input.
 */
export function shownInputs(x: ArrayLike<number>): number[] {
  const n = x.length;
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= 5) return all;
  const first = all.slice(0, 4);
  if (first.every((i) => x[i] !== 0)) return first;
  const nonzero = all.filter((i) => x[i] !== 0).slice(0, 4);
  return nonzero.length > 0 ? nonzero : first;
}

function countZeros(x: ArrayLike<number>): number {
  let zeros = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === 0) zeros++;
  return zeros;
}

export function forwardLinear(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { trace } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const nIn = trace.sizes[l - 1];
  const s = trace.samples[sample];
  const masked = s.mask[l - 1] !== null;
  const bias = ctx.hasBias[l - 1];
  const W = trace.weightsBefore[l - 1];
  const x = layerInput(ctx, sample, l);
  const zName = masked ? `\\tilde z^{(${l - 1})}` : `z^{(${l - 1})}`;
  // Batch norm keeps a = Wz apart: the sample's `a` holds y = γ·â + β.
  const a = s.norm[l - 1]?.a[j] ?? s.a[l - 1][j];

  const shown = shownInputs(x);
  const term = (i: number): string => `${texFactor(W[j * nIn + i])} \\cdot ${texFactor(x[i])}`;
  const b = trace.biasesBefore[l - 1][j];
  const numeric =
    (shown.length === nIn ? texSum(shown.map(term)) : `${shown.map(term).join(' + ')} + \\cdots`) +
    (bias ? ` + ${texFactor(b)}` : '');
  const symbolic =
    `\\sum_{i=1}^{${nIn}} w^{(${l})}_{${j + 1 > 9 ? `${j + 1},i` : `${j + 1}i`}}\\, ${zName}_i` +
    (bias ? ` + ${texNeuron('b', l, j)}` : '');

  const lines: FormulaLine[] = [
    {
      tex: `a^{(${l})} = W^{(${l})} ${zName}${bias ? ` + b^{(${l})}` : ''}`,
      caption: 'the whole layer at once',
    },
    {
      tex: `\\begin{aligned} ${texNeuron('a', l, j)} &= ${symbolic} \\\\ &= ${numeric} \\\\ &= ${texNum(a)} \\end{aligned}`,
      caption:
        shown.length < nIn && shown[shown.length - 1] >= shown.length
          ? `neuron ${j + 1}: the first terms with a nonzero input (${countZeros(x)} of ${nIn} inputs are 0)`
          : `neuron ${j + 1}, numbers of this sample`,
    },
  ];
  if (masked) {
    lines.push({
      tex: `${zName} = z^{(${l - 1})} \\odot m^{(${l - 1})}`,
      caption: 'dropout: dropped units pass 0, kept ones are scaled by 1/(1−p)',
    });
  }
  const notes: string[] = [];
  if (l === 1) notes.push('z⁽⁰⁾ = x: the sample’s input (its features).');
  if (ctx.norm[l - 1]) notes.push(ctx.t('inspector.forward.normNote', { layer: l }));
  else if (!bias) notes.push(`Layer ${l} has no bias.`);
  return {
    explain: `Each neuron of layer ${l} adds up its inputs z${layerMark(l - 1)}, each multiplied by the weight of its edge${bias ? ', plus its bias' : ''}: the weighted input a.`,
    lines,
    result: { symbol: neuronText('a', l, j), value: a },
    notes,
  };
}

/** h(a) written out with the number: \tanh(0.269), \max(0, -0.3), … */
function activationTex(act: string, aTex: string, a: number, param: number): string {
  switch (act) {
    case 'linear':
      return aTex;
    case 'sigmoid':
      return `\\sigma(${aTex}) = \\frac{1}{1 + e^{-${texFactor(a)}}}`;
    case 'tanh':
      return `\\tanh(${aTex})`;
    case 'relu':
      return `\\max(0,\\ ${aTex})`;
    case 'leaky-relu':
      return a > 0 ? aTex : `${texNum(param)} \\cdot ${texFactor(a)}`;
    case 'elu':
      return a > 0 ? aTex : `${texFactor(param)}\\,(e^{${aTex}} - 1)`;
    default:
      return `${texActivation(act)}(${aTex})`;
  }
}

function activationDefinition(act: string): string {
  switch (act) {
    case 'sigmoid':
      return 'σ(a) = 1 / (1 + e⁻ᵃ), between 0 and 1';
    case 'tanh':
      return 'tanh, between −1 and 1';
    case 'relu':
      return 'ReLU(a) = max(0, a)';
    case 'leaky-relu':
      return 'Leaky ReLU: a for a > 0, else α·a';
    case 'elu':
      return 'ELU: a for a > 0, else α(eᵃ − 1)';
    case 'linear':
      return 'linear: z = a';
    default:
      return act;
  }
}

export function forwardActivation(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { trace } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const act = ctx.activations[l - 1];
  const s = trace.samples[sample];
  const a = s.a[l - 1];
  const z = s.z[l][j];
  // After batch norm the activation receives y = γ·â + β.
  const v = ctx.norm[l - 1] ? 'y' : 'a';
  const lines: FormulaLine[] = [];
  if (act === 'softmax') {
    const exps = Array.from(a, (v) => `e^{${texNum(v)}}`);
    lines.push({
      tex: `z^{(${l})} = \\operatorname{softmax}(a^{(${l})})`,
      caption: 'the whole layer',
    });
    lines.push({
      tex: `${texNeuron('z', l, j)} = \\frac{e^{${texNeuron('a', l, j)}}}{\\sum_k e^{a^{(${l})}_k}} = \\frac{e^{${texNum(a[j])}}}{${texSum(exps)}} = ${texNum(z)}`,
      caption: `output ${j + 1}: a probability; the outputs add up to 1`,
    });
  } else {
    lines.push({
      tex: `z^{(${l})} = h(${v}^{(${l})}),\\quad h = ${texActivation(act)}`,
      caption: activationDefinition(act),
    });
    lines.push({
      tex: `${texNeuron('z', l, j)} = ${texActivation(act)}(${texNeuron(v, l, j)}) = ${activationTex(act, texNum(a[j]), a[j], ctx.actParams[l - 1])} = ${texNum(z)}`,
      caption: `neuron ${j + 1}`,
    });
  }
  const notes: string[] = [];
  const mask = s.mask[l];
  if (mask) {
    const m = mask[j];
    const p = ctx.dropout[l - 1];
    lines.push({
      tex: `${texNeuron('\\tilde z', l, j)} = ${texNeuron('z', l, j)} \\cdot ${texNeuron('m', l, j)} = ${texFactor(z)} \\cdot ${texNum(m)} = ${texNum(z * m)}`,
      caption: m === 0 ? 'dropped for this sample' : `kept, scaled by 1/(1−p)`,
    });
    notes.push(
      `Dropout p = ${p}: each unit of layer ${l} is dropped with probability p for this sample; the kept ones are multiplied by 1/(1−p) so the expected input of the next layer is unchanged (inverted dropout; off at test time).`,
    );
  }
  if (l === trace.sizes.length - 1) notes.push(`ŷ = z${layerMark(l)} is the network's output.`);
  return {
    explain:
      act === 'softmax'
        ? `Softmax turns the output layer's weighted inputs into probabilities.`
        : `Each neuron passes its weighted input through the activation function h = ${act}.`,
    lines,
    result: { symbol: neuronText('z', l, j), value: z },
    notes,
  };
}

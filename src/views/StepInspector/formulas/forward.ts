import type { Translate } from '../../../core/i18n';
import type { PlainKey } from '../../shared/useT';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { layerMark } from '../../../core/marks';
import { neuronText } from '../plain';
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
  const { trace, t } = ctx;
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
      caption: t('formula.wholeLayer'),
    },
    {
      tex: `\\begin{aligned} ${texNeuron('a', l, j)} &= ${symbolic} \\\\ &= ${numeric} \\\\ &= ${texNum(a)} \\end{aligned}`,
      caption:
        shown.length < nIn && shown[shown.length - 1] >= shown.length
          ? t('formula.forward.nonzero', { neuron: j + 1, zeros: countZeros(x), count: nIn })
          : t('formula.forward.neuron', { neuron: j + 1 }),
    },
  ];
  if (masked) {
    lines.push({
      tex: `${zName} = z^{(${l - 1})} \\odot m^{(${l - 1})}`,
      caption: t('formula.forward.dropout'),
    });
  }
  const notes: string[] = [];
  if (l === 1) notes.push(t('formula.forward.inputNote'));
  if (ctx.norm[l - 1]) notes.push(t('inspector.forward.normNote', { layer: l }));
  else if (!bias) notes.push(t('formula.noBias', { layer: l }));
  return {
    explain: t(bias ? 'formula.forward.explain' : 'formula.forward.explainNoBias', {
      layer: l,
      z: `z${layerMark(l - 1)}`,
    }),
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

/** What the activation function is, in words beside its line (keyed, so each has a text). */
const ACTIVATION_WORDS: Partial<Record<string, PlainKey>> = {
  sigmoid: 'formula.activation.sigmoid',
  tanh: 'formula.activation.tanh',
  relu: 'formula.activation.relu',
  'leaky-relu': 'formula.activation.leakyRelu',
  elu: 'formula.activation.elu',
  linear: 'formula.activation.linear',
};

function activationDefinition(act: string, t: Translate): string {
  const key = ACTIVATION_WORDS[act];
  return key ? t(key) : act;
}

export function forwardActivation(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { trace, t } = ctx;
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
      caption: t('formula.activation.softmaxLayer'),
    });
    lines.push({
      tex: `${texNeuron('z', l, j)} = \\frac{e^{${texNeuron('a', l, j)}}}{\\sum_k e^{a^{(${l})}_k}} = \\frac{e^{${texNum(a[j])}}}{${texSum(exps)}} = ${texNum(z)}`,
      caption: t('formula.activation.softmaxOutput', { output: j + 1 }),
    });
  } else {
    lines.push({
      tex: `z^{(${l})} = h(${v}^{(${l})}),\\quad h = ${texActivation(act)}`,
      caption: activationDefinition(act, t),
    });
    lines.push({
      tex: `${texNeuron('z', l, j)} = ${texActivation(act)}(${texNeuron(v, l, j)}) = ${activationTex(act, texNum(a[j]), a[j], ctx.actParams[l - 1])} = ${texNum(z)}`,
      caption: t('formula.activation.neuron', { neuron: j + 1 }),
    });
  }
  const notes: string[] = [];
  const mask = s.mask[l];
  if (mask) {
    const m = mask[j];
    const p = ctx.dropout[l - 1];
    lines.push({
      tex: `${texNeuron('\\tilde z', l, j)} = ${texNeuron('z', l, j)} \\cdot ${texNeuron('m', l, j)} = ${texFactor(z)} \\cdot ${texNum(m)} = ${texNum(z * m)}`,
      caption: m === 0 ? t('formula.activation.dropped') : t('formula.activation.kept'),
    });
    notes.push(t('formula.activation.dropoutNote', { p, layer: l }));
  }
  if (l === trace.sizes.length - 1)
    notes.push(t('formula.activation.outputNote', { z: `z${layerMark(l)}` }));
  return {
    explain:
      act === 'softmax'
        ? t('formula.activation.softmaxExplain')
        : t('formula.activation.explain', { act }),
    lines,
    result: { symbol: neuronText('z', l, j), value: z },
    notes,
  };
}

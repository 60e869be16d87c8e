import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { neuronText, sampleText, weightText } from '../plain';
import { texFactor, texNeuron, texNum, texPartial, texSum, texWeight } from '../tex';
import { layerInput } from './forward';
import type { FormulaLine, OpFormula, TermsTable } from './types';

/** Batches up to this size list every sample's term; larger ones list the first few. */
export const TERMS_SHOWN = 16;

export function gradients(ctx: InspectContext, f: OpFocus): OpFormula {
  const { trace } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const i = f.input;
  const nIn = trace.sizes[l - 1];
  const B = trace.samples.length;
  const bias = ctx.hasBias[l - 1];
  const masked = trace.samples.some((s) => s.mask[l - 1] !== null);
  const zSym = masked ? '\\tilde z' : 'z';
  const deltas = trace.samples.map((s) => s.delta[l - 1][j]);
  const inputs = trace.samples.map((_, s) => layerInput(ctx, s, l)[i]);
  const gw = trace.weightGrads[l - 1][j * nIn + i];
  const gb = trace.biasGrads[l - 1][j];
  const wSym = texWeight(l, j, i);
  const mean = B === 1 ? '' : `\\frac{1}{${B}}`;

  const products = deltas.map((d, s) => `${texFactor(d)} \\cdot ${texFactor(inputs[s])}`);
  const lines: FormulaLine[] = [
    {
      tex: `${texPartial(`W^{(${l})}`)} = ${mean}${B === 1 ? '' : '\\sum_{s}'} \\delta^{(${l})}_{s}\\, ${zSym}^{(${l - 1})\\top}_{s}${bias ? `,\\qquad ${texPartial(`b^{(${l})}`)} = ${mean}${B === 1 ? '' : '\\sum_{s}'} \\delta^{(${l})}_{s}` : ''}`,
      caption: B === 1 ? 'one sample: δ zᵀ and δ' : `the mean over the batch of ${B} samples`,
    },
    {
      tex:
        B === 1
          ? `${texPartial(wSym)} = ${texNeuron('\\delta', l, j)}\\, ${zSym}^{(${l - 1})}_{${i + 1}} = ${products[0]} = ${texNum(gw)}`
          : `\\begin{aligned} ${texPartial(wSym)} &= \\frac{1}{${B}} \\sum_{s=1}^{${B}} \\delta^{(${l})}_{${j + 1},s}\\, ${zSym}^{(${l - 1})}_{${i + 1},s} \\\\ &= \\frac{1}{${B}} \\left( ${texSum(products, 3)} \\right) \\\\ &= ${texNum(gw)} \\end{aligned}`,
      caption: `the weight from neuron ${i + 1} of layer ${l - 1} to neuron ${j + 1}`,
    },
  ];
  if (bias) {
    lines.push({
      tex:
        B === 1
          ? `${texPartial(texNeuron('b', l, j))} = ${texNeuron('\\delta', l, j)} = ${texNum(gb)}`
          : `${texPartial(texNeuron('b', l, j))} = \\frac{1}{${B}} \\sum_{s=1}^{${B}} \\delta^{(${l})}_{${j + 1},s} = \\frac{1}{${B}} \\left( ${texSum(deltas.map(texFactor), 3)} \\right) = ${texNum(gb)}`,
      caption: 'the bias: its input is always 1',
    });
  }
  const shown = Math.min(B, TERMS_SHOWN);
  const terms: TermsTable = {
    caption:
      shown < B
        ? `The first ${shown} of ${B} samples' terms; the mean is over all ${B}.`
        : `Each sample's term; the gradient is their mean.`,
    columns: [
      neuronText('δ', l, j),
      neuronText(masked ? 'z̃' : 'z', l - 1, i),
      `${neuronText('δ', l, j)} · ${neuronText(masked ? 'z̃' : 'z', l - 1, i)}`,
    ],
    rows: trace.samples.slice(0, shown).map((s, k) => ({
      label: sampleText(k, B, s.index),
      values: [deltas[k], inputs[k], deltas[k] * inputs[k]],
    })),
    total: { label: 'mean (the gradient)', values: [bias ? gb : null, null, gw] },
  };
  const notes = [
    'A multiply gate again: the gradient of a weight is the delta of the neuron it feeds times the value that came in along it.',
  ];
  if (!bias) notes.push(`Layer ${l} has no bias.`);
  return {
    explain: `Every weight of layer ${l} gets its gradient from numbers already known: the delta at its head and the activation at its tail, averaged over the batch.`,
    lines,
    result: { symbol: `∂C/∂${weightText(l, j, i)}`, value: gw },
    notes,
    terms,
  };
}

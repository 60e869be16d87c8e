import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { neuronText, sampleText, weightText } from '../plain';
import { texFactor, texNeuron, texNum, texPartial, texSum, texWeight } from '../tex';
import { layerInput } from './forward';
import type { FormulaLine, OpFormula, TermsTable } from './types';

/** Batches up to this size list every sample's term; larger ones list the first few. */
export const TERMS_SHOWN = 16;

export function gradients(ctx: InspectContext, f: OpFocus): OpFormula {
  const { trace, t } = ctx;
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
      caption: B === 1 ? t('formula.gradients.one') : t('formula.gradients.mean', { count: B }),
    },
    {
      tex:
        B === 1
          ? `${texPartial(wSym)} = ${texNeuron('\\delta', l, j)}\\, ${zSym}^{(${l - 1})}_{${i + 1}} = ${products[0]} = ${texNum(gw)}`
          : `\\begin{aligned} ${texPartial(wSym)} &= \\frac{1}{${B}} \\sum_{s=1}^{${B}} \\delta^{(${l})}_{${j + 1},s}\\, ${zSym}^{(${l - 1})}_{${i + 1},s} \\\\ &= \\frac{1}{${B}} \\bigl( ${texSum(products, 3)} \\bigr) \\\\ &= ${texNum(gw)} \\end{aligned}`,
      caption:
        l === 1
          ? t('formula.gradients.weightFromInput', { from: i + 1, to: j + 1 })
          : t('formula.gradients.weight', { from: i + 1, below: l - 1, to: j + 1 }),
    },
  ];
  if (bias) {
    lines.push({
      tex:
        B === 1
          ? `${texPartial(texNeuron('b', l, j))} = ${texNeuron('\\delta', l, j)} = ${texNum(gb)}`
          : `${texPartial(texNeuron('b', l, j))} = \\frac{1}{${B}} \\sum_{s=1}^{${B}} \\delta^{(${l})}_{${j + 1},s} = \\frac{1}{${B}} \\bigl( ${texSum(deltas.map(texFactor), 3)} \\bigr) = ${texNum(gb)}`,
      caption: t('formula.gradients.bias'),
    });
  }
  const shown = Math.min(B, TERMS_SHOWN);
  const terms: TermsTable = {
    caption: shown < B ? t('formula.termsFirst', { shown, count: B }) : t('formula.termsEach'),
    columns: [
      neuronText('δ', l, j),
      neuronText(masked ? 'z̃' : 'z', l - 1, i),
      `${neuronText('δ', l, j)} · ${neuronText(masked ? 'z̃' : 'z', l - 1, i)}`,
    ],
    rows: trace.samples.slice(0, shown).map((s, k) => ({
      label: sampleText(k, B, s.index, t),
      values: [deltas[k], inputs[k], deltas[k] * inputs[k]],
    })),
    total: { label: t('formula.gradients.total'), values: [bias ? gb : null, null, gw] },
  };
  const notes = [t('formula.gradients.gateNote')];
  if (!bias) notes.push(t('formula.noBias', { layer: l }));
  return {
    explain: t('formula.gradients.explain', { layer: l }),
    lines,
    result: { symbol: `∂C/∂${weightText(l, j, i)}`, value: gw },
    notes,
    terms,
  };
}

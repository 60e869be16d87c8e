import type { InspectContext } from '../context';
import { derivativeFromTrace, derivativeTex, scaledByDerivative } from '../derivative';
import type { OpFocus } from '../focus';
import { layerMark } from '../../../core/marks';
import { neuronText } from '../plain';
import { texFactor, texNeuron, texNum, texPartial, texSum } from '../tex';
import type { FormulaLine, OpFormula } from './types';

/** Σₖ w⁽ˡ⁺¹⁾ₖⱼ δ⁽ˡ⁺¹⁾ₖ summed as the engine sums it (from 0, k = 1 … in order). */
export function backSum(ctx: InspectContext, sample: number, layer: number, j: number): number {
  const { trace } = ctx;
  const nIn = trace.sizes[layer];
  const nOut = trace.sizes[layer + 1];
  const W = trace.weightsBefore[layer];
  const above = trace.samples[sample].delta[layer];
  let e = 0;
  for (let k = 0; k < nOut; k++) e += W[k * nIn + j] * above[k];
  return e;
}

/** δ⁽ˡ⁾ⱼ recomputed from the trace's numbers by the engine's own backward step. */
export function backwardDeltaFromTrace(
  ctx: InspectContext,
  sample: number,
  layer: number,
  j: number,
): number {
  const s = ctx.trace.samples[sample];
  const d = scaledByDerivative(
    ctx.activations[layer - 1],
    s.a[layer - 1][j],
    s.z[layer][j],
    backSum(ctx, sample, layer, j),
    ctx.actParams[layer - 1],
  );
  const mask = s.mask[layer];
  return mask ? d * mask[j] : d;
}

export function backwardDelta(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { trace, t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const nOut = trace.sizes[l + 1];
  const nIn = trace.sizes[l];
  const s = trace.samples[sample];
  const act = ctx.activations[l - 1];
  const W = trace.weightsBefore[l];
  const above = s.delta[l];
  const a = s.a[l - 1][j];
  const z = s.z[l][j];
  const mask = s.mask[l];
  const h = derivativeFromTrace(act, a, z, ctx.actParams[l - 1]);
  const e = backSum(ctx, sample, l, j);
  // Batch norm: this step computes ∂C/∂y (h′ of y); the norm's own step turns it into δ.
  const norm = s.norm[l - 1];
  const delta = norm ? norm.dy[j] : s.delta[l - 1][j];
  const aSym = texNeuron(norm ? 'y' : 'a', l, j);
  const outLayer = norm ? `\\frac{\\partial C}{\\partial y^{(${l})}}` : `\\delta^{(${l})}`;
  const outNeuron = norm ? texPartial(texNeuron('y', l, j)) : texNeuron('\\delta', l, j);
  const maskSym = mask ? ` \\cdot ${texNeuron('m', l, j)}` : '';
  const maskNum = mask ? ` \\cdot ${texNum(mask[j])}` : '';
  const terms = Array.from(
    { length: nOut },
    (_, k) => `${texFactor(W[k * nIn + j])} \\cdot ${texFactor(above[k])}`,
  );
  const sumSym =
    j + 1 > 9
      ? `\\sum_{k=1}^{${nOut}} w^{(${l + 1})}_{k,${j + 1}}\\, \\delta^{(${l + 1})}_k`
      : `\\sum_{k=1}^{${nOut}} w^{(${l + 1})}_{k${j + 1}}\\, \\delta^{(${l + 1})}_k`;
  const hTex = derivativeTex(
    act,
    aSym,
    texNeuron('z', l, j),
    a,
    texNum(z),
    ctx.actParams[l - 1],
    texNum(ctx.actParams[l - 1]),
  );
  const lines: FormulaLine[] = [
    {
      tex: `${outLayer} = h'(${norm ? 'y' : 'a'}^{(${l})}) \\odot \\left( W^{(${l + 1})\\top} \\delta^{(${l + 1})} \\right)${mask ? ` \\odot m^{(${l})}` : ''}`,
      caption: t('formula.wholeLayer'),
    },
    {
      tex: `\\begin{aligned} ${outNeuron} &= h'(${aSym}) ${sumSym}${maskSym} \\\\ &= h'(${texNum(a)}) \\cdot \\bigl( ${texSum(terms)} \\bigr)${maskNum} \\\\ &= ${texFactor(h)} \\cdot ${texFactor(e)}${maskNum} = ${texNum(delta)} \\end{aligned}`,
      caption:
        nOut === 1
          ? t('formula.backward.neuronOne', { neuron: j + 1 })
          : t('formula.backward.neuronMany', { neuron: j + 1, count: nOut }),
    },
    {
      tex: `h'(${aSym}) = ${hTex.symbolic} = ${hTex.numeric} = ${texNum(h)}`,
      caption: t('formula.derivativeOf', { act }),
    },
  ];
  return {
    explain: t('formula.backward.explain', {
      above: l + 1,
      layer: l,
      W: `W${layerMark(l + 1)}`,
      delta: `δ${layerMark(l + 1)}`,
    }),
    lines,
    result: {
      symbol: norm ? `∂C/∂${neuronText('y', l, j)}` : neuronText('δ', l, j),
      value: delta,
    },
    notes: backwardNotes(ctx, sample, f),
  };
}

/** The gates, and what dropout, batch norm or a flat ReLU do to this neuron's delta. */
function backwardNotes(ctx: InspectContext, sample: number, f: OpFocus): string[] {
  const { t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const s = ctx.trace.samples[sample];
  const mask = s.mask[l];
  const notes = [t('formula.backward.gateNote')];
  if (mask) {
    notes.push(
      mask[j] === 0
        ? t('formula.backward.droppedNote', { neuron: j + 1 })
        : t('formula.backward.keptNote', { neuron: j + 1 }),
    );
  }
  if (s.norm[l - 1]) notes.push(t('inspector.backward.normNote', { layer: l }));
  if (ctx.activations[l - 1] === 'relu' && !(s.a[l - 1][j] > 0)) {
    notes.push(t('formula.backward.reluNote'));
  }
  return notes;
}

import type { InspectContext } from '../context';
import { derivativeFromTrace, derivativeTex, scaledByDerivative } from '../derivative';
import type { OpFocus } from '../focus';
import { layerMark, neuronText } from '../plain';
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
  const { trace } = ctx;
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
      caption: 'the whole layer at once',
    },
    {
      tex: `\\begin{aligned} ${outNeuron} &= h'(${aSym}) ${sumSym}${maskSym} \\\\ &= h'(${texNum(a)}) \\cdot \\left( ${texSum(terms)} \\right)${maskNum} \\\\ &= ${texFactor(h)} \\cdot ${texFactor(e)}${maskNum} = ${texNum(delta)} \\end{aligned}`,
      caption: `neuron ${j + 1}: the deltas above, sent back along its ${nOut === 1 ? 'outgoing edge' : `${nOut} outgoing edges`}`,
    },
    {
      tex: `h'(${aSym}) = ${hTex.symbolic} = ${hTex.numeric} = ${texNum(h)}`,
      caption: `the derivative of ${act}`,
    },
  ];
  const notes = [
    'On the computational graph, each edge is a multiply gate: the delta above comes back multiplied by the edge’s weight; the add gate at the neuron sums what arrives; h′ scales the sum.',
  ];
  if (mask) {
    notes.push(
      mask[j] === 0
        ? `Neuron ${j + 1} was dropped for this sample (m = 0): no gradient flows through it.`
        : `Dropout: neuron ${j + 1} was kept (m = 1/(1−p)), so its delta is scaled like its output.`,
    );
  }
  if (norm) notes.push(ctx.t('inspector.backward.normNote', { layer: l }));
  if (act === 'relu' && !(a > 0))
    notes.push('ReLU is flat for a ≤ 0: h′ = 0 stops the gradient here.');
  return {
    explain: `Backpropagation: the deltas of layer ${l + 1} flow back through the weights W${layerMark(l + 1)} to layer ${l}, reusing δ${layerMark(l + 1)} instead of differentiating every weight separately.`,
    lines,
    result: {
      symbol: norm ? `∂C/∂${neuronText('y', l, j)}` : neuronText('δ', l, j),
      value: delta,
    },
    notes,
  };
}

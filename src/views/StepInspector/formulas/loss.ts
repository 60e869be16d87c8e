import type { Translate } from '../../../core/i18n';
import type { PlainKey } from '../../shared/useT';
import type { InspectContext } from '../context';
import { derivativeFromTrace, derivativeTex, scaledByDerivative } from '../derivative';
import type { OpFocus } from '../focus';
import { layerMark } from '../../../core/marks';
import { neuronText } from '../plain';
import { plainNum, texFactor, texNeuron, texNum, texSum } from '../tex';
import type { FormulaLine, OpFormula } from './types';

/** The loss inside a sentence: the controls' words for it. */
const LOSS_NAMES: Partial<Record<string, PlainKey>> = {
  'half-sse': 'choice.lossName.half-sse',
  mse: 'choice.lossName.mse',
  bce: 'choice.lossName.bce',
  cce: 'choice.lossName.cce',
};

export function lossName(loss: string, t: Translate): string {
  const key = LOSS_NAMES[loss];
  return key ? t(key) : loss;
}

export function sampleLoss(ctx: InspectContext, sample: number): OpFormula {
  const { trace, t } = ctx;
  const L = trace.sizes.length - 1;
  const K = trace.sizes[L];
  const s = trace.samples[sample];
  const yHat = s.z[L];
  const y = s.target;
  const k = Array.from({ length: K }, (_, i) => i);
  const sq = k.map((i) => `(${texNum(yHat[i])} - ${texFactor(y[i])})^2`);
  let symbolic: string;
  let numeric: string;
  switch (ctx.loss) {
    case 'half-sse':
      if (K === 1) {
        symbolic = `\\frac{1}{2} (\\hat y - y)^2`;
        numeric = `\\frac{1}{2} ${sq[0]}`;
        break;
      }
      symbolic = `\\frac{1}{2} \\sum_{k=1}^{${K}} (\\hat y_k - y_k)^2`;
      numeric = `\\frac{1}{2} \\left[ ${texSum(sq)} \\right]`;
      break;
    case 'mse':
      symbolic = `\\frac{1}{${K}} \\sum_{k=1}^{${K}} (\\hat y_k - y_k)^2`;
      numeric = `\\frac{1}{${K}} \\left[ ${texSum(sq)} \\right]`;
      break;
    case 'bce':
      symbolic = `-\\frac{1}{${K}} \\sum_{k=1}^{${K}} \\left[ y_k \\ln \\hat y_k + (1 - y_k) \\ln (1 - \\hat y_k) \\right]`;
      numeric = `-\\frac{1}{${K}} \\left[ ${texSum(
        k.map(
          (i) =>
            `${texFactor(y[i])} \\ln ${texNum(yHat[i])} + ${texFactor(1 - y[i])} \\ln ${texFactor(1 - yHat[i])}`,
        ),
        2,
      )} \\right]`;
      break;
    default:
      symbolic = `-\\sum_{k=1}^{${K}} y_k \\ln \\hat y_k`;
      numeric = `-\\bigl( ${texSum(k.map((i) => `${texFactor(y[i])} \\ln ${texNum(yHat[i])}`))} \\bigr)`;
  }
  const lines: FormulaLine[] = [
    {
      tex: `\\begin{aligned} C &= ${symbolic} \\\\ &= ${numeric} \\\\ &= ${texNum(s.cost)} \\end{aligned}`,
      caption: t('formula.loss.caption', { loss: lossName(ctx.loss, t), z: `z${layerMark(L)}` }),
    },
  ];
  const notes: string[] = [];
  if (ctx.loss === 'bce' || ctx.loss === 'cce') {
    notes.push(t('formula.loss.stableNote'));
  }
  const B = trace.samples.length;
  if (sample === B - 1 && B > 1) {
    notes.push(t('formula.loss.batchNote', { count: B, loss: plainNum(trace.batchLoss) }));
  }
  return {
    explain: t('formula.loss.explain'),
    lines,
    result: { symbol: 'C', value: s.cost },
    notes,
  };
}

/** ∂C/∂ŷₖ for the squared errors, as the engine scales it: (ŷ−y) or (2/K)(ŷ−y). */
function squaredErrorGradient(loss: string, yHat: number, y: number, K: number): number {
  const d = yHat - y;
  return loss === 'half-sse' ? 1 * d : (2 / K) * d;
}

/**
 * δ⁽ᴸ⁾ₖ recomputed from the trace's numbers exactly as losses.ts computes it (for the tests and
 * the Σ term of the softmax Jacobian).
 */
export function outputDeltaFromTrace(ctx: InspectContext, sample: number, k: number): number {
  const { trace } = ctx;
  const L = trace.sizes.length - 1;
  const K = trace.sizes[L];
  const s = trace.samples[sample];
  const act = ctx.activations[L - 1];
  const yHat = s.z[L];
  const y = s.target;
  if (ctx.loss === 'bce') return (yHat[k] - y[k]) / K;
  if (ctx.loss === 'cce') {
    let ySum = 0;
    for (let i = 0; i < K; i++) ySum += y[i];
    return yHat[k] * ySum - y[k];
  }
  if (act === 'softmax') {
    let dot = 0;
    for (let i = 0; i < K; i++) dot += squaredErrorGradient(ctx.loss, yHat[i], y[i], K) * yHat[i];
    return yHat[k] * (squaredErrorGradient(ctx.loss, yHat[k], y[k], K) - dot);
  }
  const g = squaredErrorGradient(ctx.loss, yHat[k], y[k], K);
  return scaledByDerivative(act, s.a[L - 1][k], yHat[k], g, ctx.actParams[L - 1]);
}

export function outputDelta(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { trace, t } = ctx;
  const L = f.layer;
  const k = f.neuron;
  const K = trace.sizes[L];
  const s = trace.samples[sample];
  const act = ctx.activations[L - 1];
  const yHat = s.z[L][k];
  const y = s.target[k];
  const aK = s.a[L - 1][k];
  const delta = s.delta[L - 1][k];
  const d = texNeuron('\\delta', L, k);
  const head = `${d} = \\frac{\\partial C}{\\partial ${texNeuron('a', L, k)}}`;
  const diff = `(${texNum(yHat)} - ${texFactor(y)})`;
  const lines: FormulaLine[] = [];
  const notes: string[] = [];
  let explain = t('formula.outputDelta.explain');

  if (ctx.loss === 'bce') {
    lines.push({
      tex: `${head} = \\frac{\\hat y_{${k + 1}} - y_{${k + 1}}}{${K}} = \\frac{${diff}}{${K}} = ${texNum(delta)}`,
      caption: t('formula.outputDelta.bce'),
    });
    explain = t('formula.outputDelta.explainBce');
  } else if (ctx.loss === 'cce') {
    lines.push({
      tex: `${head} = \\hat y_{${k + 1}} \\sum_j y_j - y_{${k + 1}} = ${texNum(yHat)} \\cdot ${texNum(sumOf(s.target))} - ${texFactor(y)} = ${texNum(delta)}`,
      caption: t('formula.outputDelta.cce'),
    });
    explain = t('formula.outputDelta.explainCce');
  } else if (act === 'softmax') {
    const scale = ctx.loss === 'half-sse' ? '' : `\\frac{2}{${K}}`;
    const g = (i: number): number => squaredErrorGradient(ctx.loss, s.z[L][i], s.target[i], K);
    let dot = 0;
    for (let i = 0; i < K; i++) dot += g(i) * s.z[L][i];
    lines.push({
      tex: `g_k = \\frac{\\partial C}{\\partial \\hat y_k} = ${scale}(\\hat y_k - y_k),\\quad ${head} = \\hat y_{${k + 1}} \\Big( g_{${k + 1}} - \\sum_j g_j \\hat y_j \\Big)`,
      caption: t('formula.outputDelta.softmax'),
    });
    lines.push({
      tex: `${d} = ${texNum(yHat)} \\left( ${texFactor(g(k))} - ${texFactor(dot)} \\right) = ${texNum(delta)}`,
      caption: t('formula.outputNeuron', { output: k + 1 }),
    });
  } else {
    const scale = ctx.loss === 'half-sse' ? '' : `\\frac{2}{${K}}`;
    const h = derivativeFromTrace(act, aK, yHat, ctx.actParams[L - 1]);
    const hTex = derivativeTex(
      act,
      texNeuron('a', L, k),
      texNeuron('z', L, k),
      aK,
      texNum(yHat),
      ctx.actParams[L - 1],
      texNum(ctx.actParams[L - 1]),
    );
    lines.push({
      tex: `${head} = ${scale}(\\hat y_{${k + 1}} - y_{${k + 1}})\\, h'(${texNeuron('a', L, k)}) = ${scale}${diff} \\cdot ${texFactor(h)} = ${texNum(delta)}`,
      caption: t('formula.outputDelta.chain'),
    });
    if (act !== 'linear') {
      lines.push({
        tex: `h'(${texNeuron('a', L, k)}) = ${hTex.symbolic} = ${hTex.numeric} = ${texNum(h)}`,
        caption: t('formula.outputDelta.derivative', { act }),
      });
    } else {
      notes.push(t('formula.outputDelta.linearNote'));
    }
  }
  return {
    explain,
    lines,
    result: { symbol: neuronText('δ', L, k), value: delta },
    notes,
  };
}

function sumOf(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}

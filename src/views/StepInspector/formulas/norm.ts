import type { TracedNorm, TracedSampleNorm } from '../../../core/trace';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { neuronText, sampleText } from '../plain';
import { plainNum, texFactor, texNeuron, texNum, texPartial, texSum } from '../tex';
import { TERMS_SHOWN } from './gradients';
import type { FormulaLine, OpFormula, TermsTable } from './types';

/**
 * Batch normalization's operations. Every number is the engine's, read from the trace (the
 * training pass's buffers and the terms the engine split ∂C/∂a into); the formulas only
 * arrange them, as the course writes them.
 */

/** ε in √(σ²_B + ε), as TeX (the engine's BN_EPSILON). */
const EPS_TEX = '10^{-5}';

/** The layer's batch norm in the trace; the inspector only asks for it on a normalized layer. */
export function layerNorm(ctx: InspectContext, layer: number): TracedNorm {
  const norm = ctx.trace.norm[layer - 1];
  if (!norm) throw new Error(`layer ${layer} has no batch norm`);
  return norm;
}

/** One sample's numbers through the layer's batch norm. */
export function sampleNorm(ctx: InspectContext, sample: number, layer: number): TracedSampleNorm {
  const norm = ctx.trace.samples[sample].norm[layer - 1];
  if (!norm) throw new Error(`layer ${layer} has no batch norm`);
  return norm;
}

const mu = (j: number): string => `\\mu_{B,${j + 1}}`;
const sigma2 = (j: number): string => `\\sigma^2_{B,${j + 1}}`;
/** x^{(l)}_{j,s}: neuron j of sample s. */
const perSample = (symbol: string, l: number, j: number, s: string): string =>
  `${symbol}^{(${l})}_{${j + 1},${s}}`;

/** Terms of a sum one under the other (the inspector is narrow): the first 3, then ⋯. */
function rows(terms: readonly string[]): string {
  const shown = terms.length <= 4 ? terms : [...terms.slice(0, 3), '\\cdots'];
  return shown.join(' \\\\ &\\qquad + ');
}

function sampleLabels(ctx: InspectContext, shown: number): string[] {
  const B = ctx.trace.samples.length;
  return ctx.trace.samples.slice(0, shown).map((s, k) => sampleText(k, B, s.index, ctx.t));
}

function termsCaption(ctx: InspectContext, shown: number): string {
  const B = ctx.trace.samples.length;
  return shown < B
    ? ctx.t('inspector.terms.firstOf', { shown, count: B })
    : ctx.t('inspector.norm.termsEach');
}

/** μ_B and σ²_B of neuron j over the batch. */
export function normStatistics(ctx: InspectContext, f: OpFocus): OpFormula {
  const { t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const norm = layerNorm(ctx, l);
  const B = ctx.trace.samples.length;
  const a = ctx.trace.samples.map((_, s) => sampleNorm(ctx, s, l).a[j]);
  const mean = norm.mean[j];
  const variance = norm.variance[j];
  const squares = a.map((v) => `\\left( ${texNum(v)} - ${texFactor(mean)} \\right)^2`);
  const lines: FormulaLine[] = [
    {
      tex: `\\begin{aligned} ${mu(j)} &= \\frac{1}{m} \\sum_{s=1}^{m} ${perSample('a', l, j, 's')} \\\\ &= \\frac{1}{${B}} \\bigl( ${texSum(a.map(texFactor), 3)} \\bigr) \\\\ &= ${texNum(mean)} \\end{aligned}`,
      caption: t('inspector.norm.meanCaption', { count: B }),
    },
    {
      tex: `\\begin{aligned} ${sigma2(j)} &= \\frac{1}{m} \\sum_{s=1}^{m} \\left( ${perSample('a', l, j, 's')} - ${mu(j)} \\right)^2 \\\\ &= \\frac{1}{${B}} \\Big[ ${rows(squares)} \\Big] \\\\ &= ${texNum(variance)} \\end{aligned}`,
      caption: t('inspector.norm.varianceCaption'),
    },
  ];
  const shown = Math.min(B, TERMS_SHOWN);
  const terms: TermsTable = {
    caption: termsCaption(ctx, shown),
    columns: [neuronText('a', l, j), 'a − μ_B', '(a − μ_B)²'],
    rows: sampleLabels(ctx, shown).map((label, k) => ({
      label,
      values: [a[k], a[k] - mean, (a[k] - mean) ** 2],
    })),
    total: { label: t('inspector.norm.meanRow'), values: [mean, null, variance] },
  };
  return {
    explain: t('inspector.norm.statisticsExplain', { layer: l }),
    lines,
    result: { symbol: `σ²_B (${neuronText('a', l, j)})`, value: variance },
    notes: [
      t('inspector.norm.statisticsNote'),
      t('inspector.norm.runningNote', {
        mean: plainNum(norm.runningMean[j]),
        variance: plainNum(norm.runningVar[j]),
      }),
    ],
    terms,
  };
}

/** â and y of neuron j for one sample. */
export function normForward(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const norm = layerNorm(ctx, l);
  const sn = sampleNorm(ctx, sample, l);
  const y = ctx.trace.samples[sample].a[l - 1][j];
  const gamma = norm.gammaBefore[j];
  const beta = norm.betaBefore[j];
  const hat = texNeuron('\\hat a', l, j);
  const lines: FormulaLine[] = [
    {
      tex: `${hat} = \\frac{${texNeuron('a', l, j)} - ${mu(j)}}{\\sqrt{${sigma2(j)} + \\varepsilon}} = \\frac{${texNum(sn.a[j])} - ${texFactor(norm.mean[j])}}{\\sqrt{${texNum(norm.variance[j])} + ${EPS_TEX}}} = ${texNum(sn.hat[j])}`,
      caption: t('inspector.norm.hatCaption'),
    },
    {
      tex: `${texNeuron('y', l, j)} = ${texNeuron('\\gamma', l, j)}\\, ${hat} + ${texNeuron('\\beta', l, j)} = ${texFactor(gamma)} \\cdot ${texFactor(sn.hat[j])} + ${texFactor(beta)} = ${texNum(y)}`,
      caption: t('inspector.norm.yCaption'),
    },
  ];
  return {
    explain: t('inspector.norm.forwardExplain', { layer: l }),
    lines,
    result: { symbol: neuronText('y', l, j), value: y },
    notes: [t('inspector.norm.epsilonNote'), t('inspector.norm.evaluationNote')],
  };
}

/** ∂C/∂γ and ∂C/∂β of neuron j: batch means of what reached y. */
export function normGradients(ctx: InspectContext, f: OpFocus): OpFormula {
  const { t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const norm = layerNorm(ctx, l);
  const B = ctx.trace.samples.length;
  const parts = ctx.trace.samples.map((_, s) => sampleNorm(ctx, s, l));
  const dy = parts.map((p) => p.dy[j]);
  const hat = parts.map((p) => p.hat[j]);
  const dySym = (s: string): string => texPartial(perSample('y', l, j, s));
  const mean = B === 1 ? '' : `\\frac{1}{${B}}`;
  const lines: FormulaLine[] = [
    {
      tex: `\\begin{aligned} ${texPartial(texNeuron('\\gamma', l, j))} &= \\frac{1}{m} \\sum_{s=1}^{m} ${dySym('s')}\\, ${perSample('\\hat a', l, j, 's')} \\\\ &= ${mean} \\Big[ ${rows(
        dy.map((d, s) => `${texFactor(d)} \\cdot ${texFactor(hat[s])}`),
      )} \\Big] \\\\ &= ${texNum(norm.gammaGrad[j])} \\end{aligned}`,
      caption: t('inspector.norm.gammaGradCaption'),
    },
    {
      tex: `\\begin{aligned} ${texPartial(texNeuron('\\beta', l, j))} &= \\frac{1}{m} \\sum_{s=1}^{m} ${dySym('s')} \\\\ &= ${mean} \\bigl( ${texSum(dy.map(texFactor), 3)} \\bigr) \\\\ &= ${texNum(norm.betaGrad[j])} \\end{aligned}`,
      caption: t('inspector.norm.betaGradCaption'),
    },
  ];
  const shown = Math.min(B, TERMS_SHOWN);
  const dyText = `∂C/∂${neuronText('y', l, j)}`;
  const terms: TermsTable = {
    caption: termsCaption(ctx, shown),
    columns: [dyText, neuronText('â', l, j), `${dyText} · ${neuronText('â', l, j)}`],
    rows: sampleLabels(ctx, shown).map((label, k) => ({
      label,
      values: [dy[k], hat[k], dy[k] * hat[k]],
    })),
    total: {
      label: t('inspector.norm.gradientRow'),
      values: [norm.betaGrad[j], null, norm.gammaGrad[j]],
    },
  };
  return {
    explain: t('inspector.norm.gradientsExplain', { layer: l }),
    lines,
    result: { symbol: `∂C/∂${neuronText('γ', l, j)}`, value: norm.gammaGrad[j] },
    notes: [t('inspector.norm.gradientsNote')],
    terms,
  };
}

/** ∂C/∂a of neuron j for one sample, through its three paths. */
export function normBackward(ctx: InspectContext, sample: number, f: OpFocus): OpFormula {
  const { t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const norm = layerNorm(ctx, l);
  const B = ctx.trace.samples.length;
  const sn = sampleNorm(ctx, sample, l);
  const all = ctx.trace.samples.map((_, s) => sampleNorm(ctx, s, l));
  const delta = ctx.trace.samples[sample].delta[l - 1][j];
  const gamma = texNeuron('\\gamma', l, j);
  const dyOf = texPartial(texNeuron('y', l, j));
  const root = `\\sqrt{${sigma2(j)} + \\varepsilon}`;
  const rootNum = `\\sqrt{${texNum(norm.variance[j])} + ${EPS_TEX}}`;
  const dVar = texPartial(sigma2(j));
  const dMu = texPartial(mu(j));
  const centred = all.map(
    (p) => `${texFactor(p.dy[j])} \\cdot ${texFactor(p.a[j] - norm.mean[j])}`,
  );
  const aHat = `${texNeuron('a', l, j)} - ${mu(j)}`;
  const lines: FormulaLine[] = [
    {
      tex: `\\begin{aligned} ${texPartial(texNeuron('a', l, j))} &= \\frac{${gamma}}{${root}}\\, ${dyOf} \\\\ &\\quad + ${dVar}\\, \\frac{2 \\left( ${aHat} \\right)}{m} \\\\ &\\quad + ${dMu}\\, \\frac{1}{m} \\end{aligned}`,
      caption: t('inspector.norm.threeTermsCaption'),
    },
    {
      tex: `\\begin{aligned} \\frac{${gamma}}{${root}}\\, ${dyOf} &= \\frac{${texNum(norm.gammaBefore[j])}}{${rootNum}} \\cdot ${texFactor(sn.dy[j])} \\\\ &= ${texNum(sn.direct[j])} \\end{aligned}`,
      caption: t('inspector.norm.directCaption'),
    },
    {
      tex: `\\begin{aligned} ${dVar} &= -\\frac{${gamma}}{2} \\left( ${sigma2(j)} + \\varepsilon \\right)^{-3/2} \\sum_{s=1}^{m} ${texPartial(perSample('y', l, j, 's'))} \\left( ${perSample('a', l, j, 's')} - ${mu(j)} \\right) \\\\ &= -\\frac{${texNum(norm.gammaBefore[j])}}{2} \\left( ${texNum(norm.variance[j])} + ${EPS_TEX} \\right)^{-3/2} \\\\ &\\qquad \\cdot \\Big[ ${rows(centred)} \\Big] \\\\ &= ${texNum(norm.varianceGrad[j])} \\\\ ${dVar}\\, \\frac{2 \\left( ${aHat} \\right)}{m} &= ${texFactor(norm.varianceGrad[j])} \\cdot \\frac{2 \\cdot ${texFactor(sn.a[j] - norm.mean[j])}}{${B}} \\\\ &= ${texNum(sn.viaVariance[j])} \\end{aligned}`,
      caption: t('inspector.norm.viaVarianceCaption'),
    },
    {
      tex: `\\begin{aligned} ${dMu} &= -\\frac{${gamma}}{${root}} \\sum_{s=1}^{m} ${texPartial(perSample('y', l, j, 's'))} \\\\ &= -\\frac{${texNum(norm.gammaBefore[j])}}{${rootNum}} \\\\ &\\qquad \\cdot \\bigl( ${texSum(
        all.map((p) => texFactor(p.dy[j])),
        3,
      )} \\bigr) \\\\ &= ${texNum(norm.meanGrad[j])} \\\\ ${dMu}\\, \\frac{1}{m} &= \\frac{${texNum(norm.meanGrad[j])}}{${B}} = ${texNum(sn.viaMean[j])} \\end{aligned}`,
      caption: t('inspector.norm.viaMeanCaption'),
    },
    {
      tex: `\\begin{aligned} ${texNeuron('\\delta', l, j)} &= ${texPartial(texNeuron('a', l, j))} \\\\ &= ${texNum(sn.direct[j])} + ${texFactor(sn.viaVariance[j])} + ${texFactor(sn.viaMean[j])} \\\\ &= ${texNum(delta)} \\end{aligned}`,
      caption: t('inspector.norm.sumCaption'),
    },
  ];
  return {
    explain: t('inspector.norm.backwardExplain'),
    lines,
    result: { symbol: neuronText('δ', l, j), value: delta },
    notes: [t('inspector.norm.backwardNote'), t('inspector.norm.sumOfCostsNote')],
  };
}

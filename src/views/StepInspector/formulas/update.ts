import { OPTIMIZER_DESCRIPTORS } from '../../../core/choices/optimizers';
import type { Translate } from '../../../core/i18n';
import type { PlainKey } from '../../shared/useT';
import type { OptimizerName } from '../../../config/types';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { weightText } from '../plain';
import { plainNum, texFactor, texNeuron, texNum, texPartial, texWeight } from '../tex';
import type { FormulaLine, OpFormula } from './types';
import { OPTIMIZER_LINES } from './updateLines';
import { updateOne, type ParamUpdate } from './updateMath';

/**
 * The optimizer's name in the inspector's headings and sentences. Names made of words have a
 * text in each language; the others (SGD, Adagrad, RMSprop, Adam, AdamW) are proper names.
 */
const OPTIMIZER_NAMES: Record<OptimizerName, PlainKey | null> = {
  sgd: null,
  momentum: 'formula.optimizer.momentum',
  nesterov: 'formula.optimizer.nesterov',
  adagrad: null,
  rmsprop: null,
  adam: null,
  adamw: null,
};

export function optimizerName(kind: OptimizerName, t: Translate): string {
  const key = OPTIMIZER_NAMES[kind];
  return key ? t(key) : OPTIMIZER_DESCRIPTORS[kind].longName;
}

/** The state an optimizer carries per parameter, in words (SGD carries none). */
const STATE_NAMES: Record<OptimizerName, PlainKey | null> = {
  sgd: null,
  momentum: 'formula.state.velocity',
  nesterov: 'formula.state.velocity',
  adagrad: 'formula.state.squares',
  rmsprop: 'formula.state.meanSquare',
  adam: 'formula.state.moments',
  adamw: 'formula.state.moments',
};

/** Which parameter an update is of: w⁽ˡ⁾ⱼᵢ, b⁽ˡ⁾ⱼ, or a batch-normalized layer's γ⁽ˡ⁾ⱼ, β⁽ˡ⁾ⱼ. */
export type ParamKind = 'weight' | 'bias' | 'gamma' | 'beta';

/** The parameter's value before the step, its batch-mean gradient and its optimizer group. */
function paramSlot(
  ctx: InspectContext,
  layer: number,
  kind: ParamKind,
  index: number,
): { before: number; grad: number; group: number } {
  const { trace } = ctx;
  const k = layer - 1;
  switch (kind) {
    case 'weight':
      return {
        before: trace.weightsBefore[k][index],
        grad: trace.weightGrads[k][index],
        group: 2 * k,
      };
    case 'bias':
      return {
        before: trace.biasesBefore[k][index],
        grad: trace.biasGrads[k][index],
        group: 2 * k + 1,
      };
  }
  const norm = trace.norm[k];
  if (!norm) throw new Error(`layer ${layer} has no batch norm`);
  return kind === 'gamma'
    ? { before: norm.gammaBefore[index], grad: norm.gammaGrad[index], group: norm.group }
    : { before: norm.betaBefore[index], grad: norm.betaGrad[index], group: norm.group + 1 };
}

/** The update of one parameter (see ParamKind) from the trace. Only weights are regularized. */
export function paramUpdate(
  ctx: InspectContext,
  layer: number,
  kind: ParamKind,
  index: number,
): ParamUpdate {
  const { trace } = ctx;
  const { before, grad, group } = paramSlot(ctx, layer, kind, index);
  const { l1, l2 } = trace.penalty;
  const second = trace.stateBefore.second[group];
  return updateOne(
    trace.optimizer,
    trace.learningRate,
    trace.optimizerStep,
    before,
    grad,
    l1,
    l2,
    kind === 'weight',
    trace.stateBefore.first[group][index],
    second.length > index ? second[index] : 0,
  );
}

/** The optimizer's lines for one parameter named `w` (TeX), its update `u`. */
function optimizerLines(ctx: InspectContext, w: string, u: ParamUpdate): FormulaLine[] {
  const { trace } = ctx;
  return OPTIMIZER_LINES[trace.optimizer.kind]({
    w,
    u,
    opt: trace.optimizer,
    eta: texNum(trace.learningRate),
    g: texFactor(u.g),
    t: trace.optimizerStep,
    words: ctx.t,
  });
}

function gradientLine(
  ctx: InspectContext,
  w: string,
  u: ParamUpdate,
  regularized: boolean,
): FormulaLine {
  const { l1, l2 } = ctx.trace.penalty;
  const dC = texPartial(w);
  if (!regularized || (l1 === 0 && l2 === 0)) {
    return { tex: `g = ${dC} = ${texNum(u.g)}`, caption: ctx.t('formula.update.gradient') };
  }
  const parts: string[] = [dC];
  const nums: string[] = [texNum(u.grad)];
  if (l2 !== 0) {
    parts.push(`\\lambda_2 ${w}`);
    nums.push(`${texNum(l2)} \\cdot ${texFactor(u.before)}`);
  }
  if (l1 !== 0) {
    parts.push(`\\lambda_1 \\operatorname{sign}(${w})`);
    nums.push(`${texNum(l1)} \\cdot ${texFactor(Math.sign(u.before))}`);
  }
  return {
    tex: `g = ${parts.join(' + ')} = ${nums.join(' + ')} = ${texNum(u.g)}`,
    caption: ctx.t('formula.update.regularized'),
  };
}

export function update(ctx: InspectContext, f: OpFocus): OpFormula {
  const { trace, t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const i = f.input;
  const nIn = trace.sizes[l - 1];
  const opt = trace.optimizer;
  const wSym = texWeight(l, j, i);
  const u = paramUpdate(ctx, l, 'weight', j * nIn + i);
  const lines: FormulaLine[] = [gradientLine(ctx, wSym, u, true), ...optimizerLines(ctx, wSym, u)];
  if (!OPTIMIZER_DESCRIPTORS[opt.kind].biasCorrection) {
    lines.push({
      tex: `\\Delta ${wSym} = ${texNum(u.step)}`,
      caption: t('formula.update.step'),
    });
  }
  const notes: string[] = [];
  if (ctx.hasBias[l - 1]) {
    const bSym = texNeuron('b', l, j);
    const ub = paramUpdate(ctx, l, 'bias', j);
    lines.push(gradientLine(ctx, bSym, ub, false));
    lines.push(...optimizerLines(ctx, bSym, ub).slice(-1));
  } else if (trace.norm[l - 1]) {
    for (const [kind, symbol] of [
      ['gamma', '\\gamma'],
      ['beta', '\\beta'],
    ] as const) {
      const sym = texNeuron(symbol, l, j);
      const up = paramUpdate(ctx, l, kind, j);
      lines.push(gradientLine(ctx, sym, up, false));
      lines.push(...optimizerLines(ctx, sym, up).slice(-1));
    }
    notes.push(t('inspector.update.normNote', { layer: l }));
  } else {
    notes.push(t('formula.noBias', { layer: l }));
  }
  notes.push(...updateNotes(ctx));
  return {
    explain: t('formula.update.explain', { optimizer: optimizerName(opt.kind, t), layer: l }),
    lines,
    result: {
      symbol: t('inspector.table.after', { symbol: weightText(l, j, i) }),
      value: trace.weightsAfter[l - 1][j * nIn + i],
    },
    notes,
  };
}

/** The learning rate in force, the penalties and the optimizer's state, in words. */
function updateNotes(ctx: InspectContext): string[] {
  const { trace, t } = ctx;
  const opt = trace.optimizer;
  const eta0 = opt.learningRate;
  const notes = [
    trace.learningRate === eta0
      ? t('formula.update.rate', { eta: trace.learningRate })
      : t('formula.update.scheduledRate', { eta: plainNum(trace.learningRate), eta0 }),
  ];
  const { l1, l2 } = trace.penalty;
  if (l1 !== 0 && l2 !== 0) notes.push(t('formula.update.bothNote', { l1, l2 }));
  else if (l2 !== 0) notes.push(t('formula.update.l2Note', { l2 }));
  else if (l1 !== 0) notes.push(t('formula.update.l1Note', { l1 }));
  const state = STATE_NAMES[opt.kind];
  if (state) notes.push(t('formula.update.stateNote', { state: t(state) }));
  return notes;
}

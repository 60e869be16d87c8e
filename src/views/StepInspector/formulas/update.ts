import { OPTIMIZER_DESCRIPTORS } from '../../../core/choices/optimizers';
import type { OptimizerName } from '../../../config/types';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { weightText } from '../plain';
import { plainNum, texFactor, texNeuron, texNum, texPartial, texWeight } from '../tex';
import type { FormulaLine, OpFormula } from './types';
import { OPTIMIZER_LINES } from './updateLines';
import { updateOne, type ParamUpdate } from './updateMath';

/** The optimizer's name in the inspector's headings and sentences. */
export function optimizerName(kind: OptimizerName): string {
  return OPTIMIZER_DESCRIPTORS[kind].longName;
}

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
    return { tex: `g = ${dC} = ${texNum(u.g)}`, caption: 'the batch-mean gradient' };
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
    caption: 'gradient plus the regularization term (weights only)',
  };
}

export function update(ctx: InspectContext, f: OpFocus): OpFormula {
  const { trace } = ctx;
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
      caption: 'the effective step',
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
    notes.push(ctx.t('inspector.update.normNote', { layer: l }));
  } else {
    notes.push(`Layer ${l} has no bias.`);
  }
  const eta0 = opt.learningRate;
  notes.push(
    trace.learningRate === eta0
      ? `Learning rate η = ${trace.learningRate}.`
      : `Learning rate η = ${plainNum(trace.learningRate)} in force (the schedule's value at this step; η₀ = ${eta0}).`,
  );
  const { l1, l2 } = trace.penalty;
  if (l1 !== 0 || l2 !== 0) {
    notes.push(
      `Regularization adds ${[l2 !== 0 ? `λ₂w (λ₂ = ${l2})` : '', l1 !== 0 ? `λ₁·sign(w) (λ₁ = ${l1})` : ''].filter(Boolean).join(' and ')} to each weight's gradient; biases are not penalized.`,
    );
  }
  if (opt.kind !== 'sgd') {
    notes.push(
      `The optimizer's state (${stateNames(opt.kind)}) is per parameter and carries over from step to step.`,
    );
  }
  return {
    explain: `${optimizerName(opt.kind)} moves every weight and bias of layer ${l} against its gradient. Until now the network still had its old weights: this is the moment they change.`,
    lines,
    result: {
      symbol: `${weightText(l, j, i)} after`,
      value: trace.weightsAfter[l - 1][j * nIn + i],
    },
    notes,
  };
}

/** The state an optimizer carries per parameter, in words: 'velocity v', 'm and v, and the count t'. */
function stateNames(kind: OptimizerName): string {
  const optimizer = OPTIMIZER_DESCRIPTORS[kind];
  const symbols = optimizer.state.map((slot) => slot.symbol).join(' and ');
  if (optimizer.biasCorrection) return `${symbols}, and the count t`;
  return optimizer.state.length === 1 ? optimizer.state[0].name : symbols;
}

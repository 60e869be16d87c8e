import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { weightText } from '../plain';
import { plainNum, texFactor, texNeuron, texNum, texPartial, texWeight } from '../tex';
import type { FormulaLine, OpFormula } from './types';
import { updateOne, type ParamUpdate } from './updateMath';

export const OPTIMIZER_NAMES: Record<string, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov momentum',
  adagrad: 'Adagrad',
  rmsprop: 'RMSprop',
  adam: 'Adam',
};

/** The update of w⁽ˡ⁾ⱼᵢ (kind 'weight') or b⁽ˡ⁾ⱼ (kind 'bias') from the trace. */
export function paramUpdate(
  ctx: InspectContext,
  layer: number,
  kind: 'weight' | 'bias',
  index: number,
): ParamUpdate {
  const { trace } = ctx;
  const group = 2 * (layer - 1) + (kind === 'bias' ? 1 : 0);
  const before = (kind === 'weight' ? trace.weightsBefore : trace.biasesBefore)[layer - 1][index];
  const grad = (kind === 'weight' ? trace.weightGrads : trace.biasGrads)[layer - 1][index];
  const { l1, l2 } = kind === 'weight' ? trace.penalty : { l1: 0, l2: 0 };
  const second = trace.stateBefore.second[group];
  return updateOne(
    trace.optimizer,
    trace.learningRate,
    trace.optimizerStep,
    before,
    grad,
    l1,
    l2,
    trace.stateBefore.first[group][index],
    second.length > index ? second[index] : 0,
  );
}

/** The optimizer's lines for one parameter `p` named `w` (TeX), its update `u`. */
function optimizerLines(ctx: InspectContext, w: string, u: ParamUpdate): FormulaLine[] {
  const { trace } = ctx;
  const opt = trace.optimizer;
  const eta = texNum(trace.learningRate);
  const g = texFactor(u.g);
  const n = texNum;
  const f = texFactor;
  switch (opt.kind) {
    case 'sgd':
      return [
        {
          tex: `${w} \\leftarrow ${w} - \\eta\\, g = ${n(u.before)} - ${eta} \\cdot ${g} = ${n(u.after)}`,
          caption: 'a step down the gradient',
        },
      ];
    case 'momentum':
      return [
        {
          tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
          caption: 'velocity: a running sum of past steps',
        },
        {
          tex: `${w} \\leftarrow ${w} + v = ${n(u.before)} + ${f(u.firstAfter)} = ${n(u.after)}`,
        },
      ];
    case 'nesterov':
      return [
        {
          tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
          caption: 'velocity, as for Momentum',
        },
        {
          tex: `${w} \\leftarrow ${w} - \\mu v_{\\text{prev}} + (1 + \\mu)\\, v = ${n(u.before)} - ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} + ${n(1 + opt.momentum)} \\cdot ${f(u.firstAfter)} = ${n(u.after)}`,
          caption: 'the look-ahead step, with g taken at the stored weights',
        },
      ];
    case 'adagrad':
      return [
        {
          tex: `G \\leftarrow G + g^2 = ${n(u.firstBefore)} + ${g}^2 = ${n(u.firstAfter)}`,
          caption: 'the sum of all squared gradients so far',
        },
        {
          tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{G} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
        },
      ];
    case 'rmsprop':
      return [
        {
          tex: `E \\leftarrow \\rho E + (1 - \\rho)\\, g^2 = ${n(opt.rho)} \\cdot ${n(u.firstBefore)} + ${n(1 - opt.rho)} \\cdot ${g}^2 = ${n(u.firstAfter)}`,
          caption: 'a moving average of squared gradients',
        },
        {
          tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{E} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
          caption: 'ε outside the root',
        },
      ];
    case 'adam': {
      const t = trace.optimizerStep;
      return [
        {
          tex: `m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g = ${n(opt.beta1)} \\cdot ${f(u.firstBefore)} + ${n(1 - opt.beta1)} \\cdot ${g} = ${n(u.firstAfter)}`,
          caption: 'first moment: a moving average of g',
        },
        {
          tex: `v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\, g^2 = ${n(opt.beta2)} \\cdot ${n(u.secondBefore)} + ${n(1 - opt.beta2)} \\cdot ${g}^2 = ${n(u.secondAfter)}`,
          caption: 'second moment: a moving average of g²',
        },
        {
          tex: `\\hat m = \\frac{m}{1 - \\beta_1^{t}} = \\frac{${n(u.firstAfter)}}{1 - ${n(opt.beta1)}^{${t}}} = ${n(u.mHat)},\\qquad \\hat v = \\frac{v}{1 - \\beta_2^{t}} = \\frac{${n(u.secondAfter)}}{1 - ${n(opt.beta2)}^{${t}}} = ${n(u.vHat)}`,
          caption: `bias correction at t = ${t}: m and v start at 0`,
        },
        {
          tex: `\\Delta ${w} = -\\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon} = -\\frac{${eta} \\cdot ${f(u.mHat)}}{\\sqrt{${n(u.vHat)}} + ${n(opt.epsilon)}} = ${n(u.step)}`,
          caption: 'the effective step',
        },
        {
          tex: `${w} \\leftarrow ${w} + \\Delta ${w} = ${n(u.before)} + ${f(u.step)} = ${n(u.after)}`,
        },
      ];
    }
  }
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
  if (opt.kind !== 'adam') {
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
    explain: `${OPTIMIZER_NAMES[opt.kind]} moves every weight and bias of layer ${l} against its gradient. Until now the network still had its old weights: this is the moment they change.`,
    lines,
    result: {
      symbol: `${weightText(l, j, i)} after`,
      value: trace.weightsAfter[l - 1][j * nIn + i],
    },
    notes,
  };
}

function stateNames(kind: string): string {
  switch (kind) {
    case 'momentum':
    case 'nesterov':
      return 'velocity v';
    case 'adagrad':
      return 'G';
    case 'rmsprop':
      return 'E';
    default:
      return 'm and v, and the count t';
  }
}

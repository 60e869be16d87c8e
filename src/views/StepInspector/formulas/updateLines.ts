/**
 * Each optimizer's update written out with the numbers of one parameter, in TeX. Keyed by
 * optimizer, so a new optimizer without its lines does not compile. The numbers come from
 * updateMath.ts, which runs the engine's own update rule.
 */
import type { OptimizerConfig, OptimizerName } from '../../../config/types';
import { texFactor as f, texNum as n } from '../tex';
import type { FormulaLine } from './types';
import type { ParamUpdate } from './updateMath';

/** What every optimizer's lines need: the parameter's TeX name `w`, its update, the step. */
export interface LineInputs {
  w: string;
  u: ParamUpdate;
  opt: OptimizerConfig;
  /** η in force, as TeX. */
  eta: string;
  /** g as a TeX factor. */
  g: string;
  /** Adam's t: the 1-based number of this update. */
  t: number;
}

/** Adam's moments and their bias corrections; AdamW shares them. */
function adamMoments({ u, opt, g, t }: LineInputs): FormulaLine[] {
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
  ];
}

function adamLines(x: LineInputs): FormulaLine[] {
  const { w, u, opt, eta } = x;
  return [
    ...adamMoments(x),
    {
      tex: `\\Delta ${w} = -\\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon} = -\\frac{${eta} \\cdot ${f(u.mHat)}}{\\sqrt{${n(u.vHat)}} + ${n(opt.epsilon)}} = ${n(u.step)}`,
      caption: 'the effective step',
    },
    {
      tex: `${w} \\leftarrow ${w} + \\Delta ${w} = ${n(u.before)} + ${f(u.step)} = ${n(u.after)}`,
    },
  ];
}

/** AdamW on a weight: the decay, Adam's moments, then the adaptive step from the decayed w. */
function adamwLines(x: LineInputs): FormulaLine[] {
  const { w, u, opt, eta } = x;
  return [
    {
      tex: `${w}\\,(1 - \\eta\\, \\mathrm{wd}) = ${n(u.before)} \\cdot (1 - ${eta} \\cdot ${n(opt.weightDecay)}) = ${n(u.decayed)}`,
      caption: 'decoupled weight decay: the weight shrinks, outside the gradient and the moments',
    },
    ...adamMoments(x),
    {
      tex: `${w} \\leftarrow ${w}\\,(1 - \\eta\\, \\mathrm{wd}) - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon} = ${n(u.decayed)} - \\frac{${eta} \\cdot ${f(u.mHat)}}{\\sqrt{${n(u.vHat)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
      caption: 'Adam’s step, taken from the decayed weight',
    },
    {
      tex: `\\Delta ${w} = ${n(u.step)}`,
      caption: 'the effective step: decay and adaptive step together',
    },
  ];
}

export const OPTIMIZER_LINES: Record<OptimizerName, (x: LineInputs) => FormulaLine[]> = {
  sgd: ({ w, u, eta, g }) => [
    {
      tex: `${w} \\leftarrow ${w} - \\eta\\, g = ${n(u.before)} - ${eta} \\cdot ${g} = ${n(u.after)}`,
      caption: 'a step down the gradient',
    },
  ],
  momentum: ({ w, u, opt, eta, g }) => [
    {
      tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
      caption: 'velocity: a running sum of past steps',
    },
    {
      tex: `${w} \\leftarrow ${w} + v = ${n(u.before)} + ${f(u.firstAfter)} = ${n(u.after)}`,
    },
  ],
  nesterov: ({ w, u, opt, eta, g }) => [
    {
      tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
      caption: 'velocity, as for Momentum',
    },
    {
      tex: `${w} \\leftarrow ${w} - \\mu v_{\\text{prev}} + (1 + \\mu)\\, v = ${n(u.before)} - ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} + ${n(1 + opt.momentum)} \\cdot ${f(u.firstAfter)} = ${n(u.after)}`,
      caption: 'the look-ahead step, with g taken at the stored weights',
    },
  ],
  adagrad: ({ w, u, opt, eta, g }) => [
    {
      tex: `G \\leftarrow G + g^2 = ${n(u.firstBefore)} + ${g}^2 = ${n(u.firstAfter)}`,
      caption: 'the sum of all squared gradients so far',
    },
    {
      tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{G} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
    },
  ],
  rmsprop: ({ w, u, opt, eta, g }) => [
    {
      tex: `E \\leftarrow \\rho E + (1 - \\rho)\\, g^2 = ${n(opt.rho)} \\cdot ${n(u.firstBefore)} + ${n(1 - opt.rho)} \\cdot ${g}^2 = ${n(u.firstAfter)}`,
      caption: 'a moving average of squared gradients',
    },
    {
      tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{E} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
      caption: 'ε outside the root',
    },
  ],
  adam: adamLines,
  // Biases are not decayed: their update is Adam's.
  adamw: (x) => (Number.isNaN(x.u.decayed) ? adamLines(x) : adamwLines(x)),
};

/**
 * Each optimizer's update written out with the numbers of one parameter, in TeX. Keyed by
 * optimizer, so a new optimizer without its lines does not compile. The numbers come from
 * updateMath.ts, which runs the engine's own update rule.
 */
import type { OptimizerConfig, OptimizerName } from '../../../config/types';
import type { Translate } from '../../../core/i18n';
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
  /** The page's language, for the captions. */
  words: Translate;
}

/** Adam's moments and their bias corrections; AdamW shares them. */
function adamMoments({ u, opt, g, t, words }: LineInputs): FormulaLine[] {
  return [
    {
      tex: `m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g = ${n(opt.beta1)} \\cdot ${f(u.firstBefore)} + ${n(1 - opt.beta1)} \\cdot ${g} = ${n(u.firstAfter)}`,
      caption: words('formula.line.firstMoment'),
    },
    {
      tex: `v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\, g^2 = ${n(opt.beta2)} \\cdot ${n(u.secondBefore)} + ${n(1 - opt.beta2)} \\cdot ${g}^2 = ${n(u.secondAfter)}`,
      caption: words('formula.line.secondMoment'),
    },
    {
      tex: `\\hat m = \\frac{m}{1 - \\beta_1^{t}} = \\frac{${n(u.firstAfter)}}{1 - ${n(opt.beta1)}^{${t}}} = ${n(u.mHat)},\\qquad \\hat v = \\frac{v}{1 - \\beta_2^{t}} = \\frac{${n(u.secondAfter)}}{1 - ${n(opt.beta2)}^{${t}}} = ${n(u.vHat)}`,
      caption: words('formula.line.biasCorrection', { t }),
    },
  ];
}

function adamLines(x: LineInputs): FormulaLine[] {
  const { w, u, opt, eta, words } = x;
  return [
    ...adamMoments(x),
    {
      tex: `\\Delta ${w} = -\\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon} = -\\frac{${eta} \\cdot ${f(u.mHat)}}{\\sqrt{${n(u.vHat)}} + ${n(opt.epsilon)}} = ${n(u.step)}`,
      caption: words('formula.update.step'),
    },
    {
      tex: `${w} \\leftarrow ${w} + \\Delta ${w} = ${n(u.before)} + ${f(u.step)} = ${n(u.after)}`,
    },
  ];
}

/** AdamW on a weight: the decay, Adam's moments, then the adaptive step from the decayed w. */
function adamwLines(x: LineInputs): FormulaLine[] {
  const { w, u, opt, eta, words } = x;
  return [
    {
      tex: `${w}\\,(1 - \\eta\\, \\mathrm{wd}) = ${n(u.before)} \\cdot (1 - ${eta} \\cdot ${n(opt.weightDecay)}) = ${n(u.decayed)}`,
      caption: words('formula.line.decay'),
    },
    ...adamMoments(x),
    {
      tex: `${w} \\leftarrow ${w}\\,(1 - \\eta\\, \\mathrm{wd}) - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon} = ${n(u.decayed)} - \\frac{${eta} \\cdot ${f(u.mHat)}}{\\sqrt{${n(u.vHat)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
      caption: words('formula.line.adamwStep'),
    },
    {
      tex: `\\Delta ${w} = ${n(u.step)}`,
      caption: words('formula.line.adamwTotal'),
    },
  ];
}

export const OPTIMIZER_LINES: Record<OptimizerName, (x: LineInputs) => FormulaLine[]> = {
  sgd: ({ w, u, eta, g, words }) => [
    {
      tex: `${w} \\leftarrow ${w} - \\eta\\, g = ${n(u.before)} - ${eta} \\cdot ${g} = ${n(u.after)}`,
      caption: words('formula.line.sgd'),
    },
  ],
  momentum: ({ w, u, opt, eta, g, words }) => [
    {
      tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
      caption: words('formula.line.velocity'),
    },
    {
      tex: `${w} \\leftarrow ${w} + v = ${n(u.before)} + ${f(u.firstAfter)} = ${n(u.after)}`,
    },
  ],
  nesterov: ({ w, u, opt, eta, g, words }) => [
    {
      tex: `v \\leftarrow \\mu v - \\eta\\, g = ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} - ${eta} \\cdot ${g} = ${n(u.firstAfter)}`,
      caption: words('formula.line.nesterovVelocity'),
    },
    {
      tex: `${w} \\leftarrow ${w} - \\mu v_{\\text{prev}} + (1 + \\mu)\\, v = ${n(u.before)} - ${n(opt.momentum)} \\cdot ${f(u.firstBefore)} + ${n(1 + opt.momentum)} \\cdot ${f(u.firstAfter)} = ${n(u.after)}`,
      caption: words('formula.line.lookAhead'),
    },
  ],
  adagrad: ({ w, u, opt, eta, g, words }) => [
    {
      tex: `G \\leftarrow G + g^2 = ${n(u.firstBefore)} + ${g}^2 = ${n(u.firstAfter)}`,
      caption: words('formula.line.squares'),
    },
    {
      tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{G} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
    },
  ],
  rmsprop: ({ w, u, opt, eta, g, words }) => [
    {
      tex: `E \\leftarrow \\rho E + (1 - \\rho)\\, g^2 = ${n(opt.rho)} \\cdot ${n(u.firstBefore)} + ${n(1 - opt.rho)} \\cdot ${g}^2 = ${n(u.firstAfter)}`,
      caption: words('formula.line.meanSquare'),
    },
    {
      tex: `${w} \\leftarrow ${w} - \\frac{\\eta\\, g}{\\sqrt{E} + \\epsilon} = ${n(u.before)} - \\frac{${eta} \\cdot ${g}}{\\sqrt{${n(u.firstAfter)}} + ${n(opt.epsilon)}} = ${n(u.after)}`,
      caption: words('formula.line.epsilon'),
    },
  ],
  adam: adamLines,
  // Biases are not decayed: their update is Adam's.
  adamw: (x) => (Number.isNaN(x.u.decayed) ? adamLines(x) : adamwLines(x)),
};

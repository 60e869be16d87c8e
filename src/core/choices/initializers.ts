/**
 * Weight initializers, one descriptor each: how a weight matrix W (nOut × nIn, row-major) is
 * filled before the first step. Biases start at zero whatever the rule.
 *
 * - zeros / constant c: every weight equal, so hidden units stay identical (symmetry is never broken)
 * - uniform ±r, normal σ: a fixed scale whatever the layer's width
 * - Xavier/Glorot: Var(w) = 2 / (nIn + nOut) keeps activation variance through tanh/linear layers
 * - He: Var(w) = 2 / nIn keeps it through ReLU layers
 */
import type { Random } from '../random';
import type { ChoiceWords } from './rules';

export const INITIALIZERS = [
  'zeros',
  'constant',
  'uniform',
  'normal',
  'xavier-uniform',
  'xavier-normal',
  'he-uniform',
  'he-normal',
] as const;
export type InitializerName = (typeof INITIALIZERS)[number];

export interface InitializerDescriptor<
  N extends InitializerName = InitializerName,
> extends ChoiceWords<N> {
  /** What the scale setting stands for under this rule (c, r, σ); null when the rule sets it. */
  readonly scaleSymbol: string | null;
  /** Fills `weights` (nOut × nIn) from the run's 'init' stream; `scale` is the setting. */
  readonly fill: (
    weights: Float64Array,
    nIn: number,
    nOut: number,
    scale: number,
    random: Random,
  ) => void;
}

/** w ~ U(−r, r), one draw per weight in order. */
function uniform(weights: Float64Array, r: number, random: Random): void {
  for (let k = 0; k < weights.length; k++) weights[k] = random.uniform(-r, r);
}

/** w ~ N(0, σ²), one draw per weight in order. */
function normal(weights: Float64Array, sigma: number, random: Random): void {
  for (let k = 0; k < weights.length; k++) weights[k] = sigma * random.normal();
}

const XAVIER = 'Var(w) = 2 / (nᵢₙ + nₒᵤₜ): keeps tanh and linear layers in range.';
const HE = 'Var(w) = 2 / nᵢₙ: keeps ReLU layers in range.';

export const INITIALIZER_DESCRIPTORS: {
  readonly [N in InitializerName]: InitializerDescriptor<N>;
} = {
  zeros: {
    name: 'zeros',
    label: 'Zeros',
    formula: 'Every weight 0: no gradient reaches the hidden layers.',
    scaleSymbol: null,
    fill: (weights) => weights.fill(0),
  },
  constant: {
    name: 'constant',
    label: 'Constant c',
    formula: 'Every weight is c: hidden units stay identical.',
    scaleSymbol: 'c',
    fill: (weights, _nIn, _nOut, scale) => weights.fill(scale),
  },
  uniform: {
    name: 'uniform',
    label: 'Uniform ±r',
    formula: 'w ~ U(−r, r), whatever the layer width.',
    scaleSymbol: 'r',
    fill: (weights, _nIn, _nOut, scale, random) => uniform(weights, scale, random),
  },
  normal: {
    name: 'normal',
    label: 'Normal σ',
    formula: 'w ~ N(0, σ²), whatever the layer width.',
    scaleSymbol: 'σ',
    fill: (weights, _nIn, _nOut, scale, random) => normal(weights, scale, random),
  },
  'xavier-uniform': {
    name: 'xavier-uniform',
    label: 'Xavier uniform',
    formula: XAVIER,
    scaleSymbol: null,
    // U(−r, r) has variance r²/3, so r = √(6 / (nIn + nOut)).
    fill: (weights, nIn, nOut, _scale, random) =>
      uniform(weights, Math.sqrt(6 / (nIn + nOut)), random),
  },
  'xavier-normal': {
    name: 'xavier-normal',
    label: 'Xavier normal',
    formula: XAVIER,
    scaleSymbol: null,
    fill: (weights, nIn, nOut, _scale, random) =>
      normal(weights, Math.sqrt(2 / (nIn + nOut)), random),
  },
  'he-uniform': {
    name: 'he-uniform',
    label: 'He uniform',
    formula: HE,
    scaleSymbol: null,
    fill: (weights, nIn, _nOut, _scale, random) => uniform(weights, Math.sqrt(6 / nIn), random),
  },
  'he-normal': {
    name: 'he-normal',
    label: 'He normal',
    formula: HE,
    scaleSymbol: null,
    fill: (weights, nIn, _nOut, _scale, random) => normal(weights, Math.sqrt(2 / nIn), random),
  },
};

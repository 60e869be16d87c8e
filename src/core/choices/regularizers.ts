/**
 * Penalties on the weights (biases are never penalized): the cost gains
 * λ₁ Σ|w| + (λ₂/2) Σ w², and each kind says what λ₁ and λ₂ are.
 */
import type { ChoiceWords, HyperParam } from './rules';

export const REGULARIZERS = ['none', 'l1', 'l2', 'elastic'] as const;
export type RegularizerName = (typeof REGULARIZERS)[number];

export interface RegularizationSettings {
  kind: RegularizerName;
  /** λ. L1 adds λ Σ|w|, L2 adds (λ/2) Σ w², elastic net mixes them. Biases are not penalized. */
  rate: number;
  /** Elastic net: the L1 share α in λ(α Σ|w| + (1−α)/2 Σ w²). */
  l1Ratio: number;
}

export type RegularizerHyperName = Exclude<keyof RegularizationSettings, 'kind'>;

export const REGULARIZER_HYPERS: Record<RegularizerHyperName, HyperParam> = {
  rate: {
    linkKey: 'lambda',
    label: 'Regularization rate',
    symbol: 'λ',
    defaultValue: 0.001,
    rule: { min: 0, max: 10, integer: false },
  },
  l1Ratio: {
    linkKey: 'l1ratio',
    label: 'L1 ratio',
    symbol: 'L1 ratio',
    defaultValue: 0.5,
    rule: { min: 0, max: 1, integer: false },
  },
};

export interface RegularizerDescriptor<
  N extends RegularizerName = RegularizerName,
> extends ChoiceWords<N> {
  readonly hypers: readonly RegularizerHyperName[];
  /** λ₁ of the penalty λ₁ Σ|w| + (λ₂/2) Σ w². */
  readonly l1: (reg: RegularizationSettings) => number;
  /** λ₂ of the same penalty. */
  readonly l2: (reg: RegularizationSettings) => number;
}

const zero = (): number => 0;

export const REGULARIZER_DESCRIPTORS: {
  readonly [N in RegularizerName]: RegularizerDescriptor<N>;
} = {
  none: {
    name: 'none',
    label: 'None',
    formula: 'No penalty on the weights.',
    hypers: [],
    l1: zero,
    l2: zero,
  },
  l1: {
    name: 'l1',
    label: 'L1',
    formula: 'Cost C + λ Σ|w| (lasso).',
    hypers: ['rate'],
    l1: (reg) => reg.rate,
    l2: zero,
  },
  l2: {
    name: 'l2',
    label: 'L2',
    formula: 'Cost C + (λ/2) Σ w² (weight decay).',
    hypers: ['rate'],
    l1: zero,
    l2: (reg) => reg.rate,
  },
  elastic: {
    name: 'elastic',
    label: 'Elastic net',
    formula: 'Cost C + λ (α Σ|w| + (1−α)/2 Σ w²).',
    hypers: ['rate', 'l1Ratio'],
    l1: (reg) => reg.rate * reg.l1Ratio,
    l2: (reg) => reg.rate * (1 - reg.l1Ratio),
  },
};

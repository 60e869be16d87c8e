/**
 * The optimizers' hyper-parameters besides the learning rate, each once: its link key, words,
 * default and range. The config's field table, its defaults, the link keys and the live
 * settings are all derived from this table, so a new hyper-parameter is one entry here.
 */
import { BELOW_ONE, type HyperParam } from '../rules';

export const OPTIMIZER_HYPERS = {
  momentum: {
    linkKey: 'mom',
    label: 'Momentum',
    symbol: 'μ',
    defaultValue: 0.9,
    rule: BELOW_ONE,
  },
  rho: { linkKey: 'rho', label: 'Rho (RMSprop)', symbol: 'ρ', defaultValue: 0.9, rule: BELOW_ONE },
  beta1: {
    linkKey: 'beta1',
    label: 'Beta 1 (Adam)',
    symbol: 'β₁',
    defaultValue: 0.9,
    rule: BELOW_ONE,
  },
  beta2: {
    linkKey: 'beta2',
    label: 'Beta 2 (Adam)',
    symbol: 'β₂',
    defaultValue: 0.999,
    rule: BELOW_ONE,
  },
  epsilon: {
    linkKey: 'eps',
    label: 'Epsilon',
    symbol: 'ε',
    defaultValue: 1e-8,
    rule: { min: 0, minExclusive: true, max: 1, integer: false },
  },
  weightDecay: {
    linkKey: 'wd',
    label: 'Weight decay (AdamW)',
    symbol: 'wd',
    defaultValue: 0.01,
    rule: { min: 0, max: 1, integer: false },
  },
} as const satisfies Record<string, HyperParam>;

export type OptimizerHyperName = keyof typeof OPTIMIZER_HYPERS;

/** Every hyper-parameter name, in table order (the order of the controls and the link). */
export const OPTIMIZER_HYPER_NAMES = Object.keys(OPTIMIZER_HYPERS) as OptimizerHyperName[];

/** The default of every hyper-parameter, as a settings object. */
export function defaultOptimizerHypers(): Record<OptimizerHyperName, number> {
  const out = {} as Record<OptimizerHyperName, number>;
  for (const name of OPTIMIZER_HYPER_NAMES) out[name] = OPTIMIZER_HYPERS[name].defaultValue;
  return out;
}

/**
 * The optimizer race's settings, their limits and their link keys:
 *
 *   race=rosenbrock&rfrom=-1.5,2&rr=adam,lr_0.01;momentum,lr_0.001,mom_0.9&rstep=200&rch=50_1_lr_0.002
 *
 * `rr` lists the runs (`;` between runs, `,` between a run's fields; the first field is the
 * optimizer's link code, the others `key_value` with the network's own optimizer keys, so a
 * run's settings read and validate exactly like the network's). `rch` logs live changes as
 * `step_run_key_value`, replayed at the same step so a shared race reopens on the same paths.
 */
import { msg, type Arg, type Message } from '../core/i18n/message';
import {
  OPTIMIZERS,
  OPTIMIZER_HYPERS,
  OPTIMIZER_HYPER_NAMES,
  defaultOptimizerHypers,
  type OptimizerHyperName,
  type OptimizerName,
  type OptimizerSettings,
} from '../core/choices/optimizers';
import type { NumberRule } from '../core/choices/rules';
import { SURFACES, type SurfaceName } from '../core/surfaces';

export const RACE_LIMITS = {
  runs: 8,
  steps: 20_000,
  changes: 200,
  /** The start point's coordinates. */
  coordinate: 100,
} as const;

/** The learning rate's rule, as the network's `lr` key has it. */
export const RACE_LR_RULE: NumberRule = { min: 0, max: 100, integer: false };

/** A setting a race run has, by its link key: `lr` or one of the optimizer hyper-parameters. */
export type RaceSettingKey = 'lr' | (typeof OPTIMIZER_HYPERS)[OptimizerHyperName]['linkKey'];

export interface RaceChange {
  step: number;
  run: number;
  key: RaceSettingKey;
  value: number;
}

export interface RaceConfig {
  surface: SurfaceName;
  from: [number, number];
  runs: OptimizerSettings[];
  /** The step the race opens at. */
  step: number;
  changes: RaceChange[];
}

const HYPER_BY_KEY = new Map<string, OptimizerHyperName>(
  OPTIMIZER_HYPER_NAMES.map((name) => [OPTIMIZER_HYPERS[name].linkKey, name]),
);

export function isRaceSettingKey(key: string): key is RaceSettingKey {
  return key === 'lr' || HYPER_BY_KEY.has(key);
}

export function isOptimizerName(name: string): name is OptimizerName {
  return (OPTIMIZERS as readonly string[]).includes(name);
}

/** A run with every hyper-parameter at the network's default and the given learning rate. */
export function defaultRun(kind: OptimizerName, learningRate: number): OptimizerSettings {
  return { kind, learningRate, ...defaultOptimizerHypers() };
}

/** The race a learner sees first: SGD, Momentum and Adam on the rotated bowl. */
export function defaultRace(): RaceConfig {
  return {
    surface: 'rotated-bowl',
    from: [SURFACES['rotated-bowl'].start[0], SURFACES['rotated-bowl'].start[1]],
    runs: [defaultRun('sgd', 0.04), defaultRun('momentum', 0.01), defaultRun('adam', 0.1)],
    step: 0,
    changes: [],
  };
}

/** The rule a setting's value must keep. */
export function ruleFor(key: RaceSettingKey): NumberRule {
  if (key === 'lr') return RACE_LR_RULE;
  const hyper = HYPER_BY_KEY.get(key);
  return hyper === undefined ? RACE_LR_RULE : OPTIMIZER_HYPERS[hyper].rule;
}

/** `subject` (a key and the value as written) breaking the rule, as a message; null if kept. */
export function ruleProblemText(subject: string, value: number, rule: NumberRule): Message | null {
  const broken = ruleBreak(value, rule);
  if (broken === null) return null;
  if (broken.kind !== 'outside') {
    const key = broken.kind === 'notFinite' ? 'problem.race.notFinite' : 'problem.race.notInteger';
    return msg(key, { subject });
  }
  return msg('problem.race.outside', { subject, interval: broken.interval });
}

/**
 * A typed value of a race run's setting breaking its rule, said beside the field (the setting
 * named by its label, a message); null when the value keeps the rule.
 */
export function fieldProblem(setting: Arg, value: number, rule: NumberRule): Message | null {
  const broken = ruleBreak(value, rule);
  if (broken === null) return null;
  if (broken.kind === 'outside')
    return msg('race.invalid.outside', { setting, range: broken.interval });
  const key = broken.kind === 'notFinite' ? 'race.invalid.notFinite' : 'race.invalid.notInteger';
  return msg(key, { setting });
}

/** How a value breaks a rule: the interval is written as in mathematics, '(0, 1]'. */
function ruleBreak(
  value: number,
  rule: NumberRule,
): { kind: 'notFinite' | 'notInteger' } | { kind: 'outside'; interval: string } | null {
  if (!Number.isFinite(value)) return { kind: 'notFinite' };
  if (rule.integer && !Number.isInteger(value)) return { kind: 'notInteger' };
  const lowOk = rule.minExclusive ? value > rule.min : value >= rule.min;
  const highOk = rule.maxExclusive ? value < rule.max : value <= rule.max;
  if (lowOk && highOk) return null;
  const low = rule.minExclusive ? '(' : '[';
  const high = rule.maxExclusive ? ')' : ']';
  return { kind: 'outside', interval: `${low}${rule.min}, ${rule.max}${high}` };
}

/** Writes `value` into the run's settings under its link key. */
export function setRunValue(run: OptimizerSettings, key: RaceSettingKey, value: number): void {
  if (key === 'lr') {
    run.learningRate = value;
    return;
  }
  const hyper = HYPER_BY_KEY.get(key);
  if (hyper !== undefined) run[hyper] = value;
}

/** Reads a run's setting by its link key. */
export function runValue(run: OptimizerSettings, key: RaceSettingKey): number {
  if (key === 'lr') return run.learningRate;
  const hyper = HYPER_BY_KEY.get(key);
  return hyper === undefined ? NaN : run[hyper];
}

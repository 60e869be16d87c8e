/**
 * Learning-rate schedules: the rate for the coming step from the base rate η₀ (the one the
 * user sets), the number of completed epochs and the number of completed steps.
 */
import { powInt } from '../detmath';
import type { ChoiceWords } from './rules';

export const SCHEDULES = [
  'constant',
  'inverse-time',
  'compound',
  'step',
  'exponential',
  'cyclic',
] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export interface ScheduleSettings {
  kind: ScheduleName;
  /**
   * Decay d. Inverse-time (per epoch): η = η₀ / (1 + d·epoch). Compounding (every step):
   * η ← η / (1 + d) at each step, so η = η₀ / (1 + d)^step.
   */
  decay: number;
  /** Step decay and exponential decay factor γ: η = η₀ γ^⌊epoch/every⌋, η = η₀ γ^epoch. */
  gamma: number;
  /** Step decay: epochs between two drops. */
  every: number;
  /** Cyclic (triangular): the lowest learning rate; the highest is the learning rate itself. */
  cycleLow: number;
  /** Cyclic: training steps in one full cycle (low → high → low). */
  cycleSteps: number;
}

export type ScheduleHyperName = Exclude<keyof ScheduleSettings, 'kind'>;

export interface ScheduleDescriptor<N extends ScheduleName = ScheduleName> extends ChoiceWords<N> {
  /** The settings it reads besides η₀ (their controls show only for it). */
  readonly hypers: readonly ScheduleHyperName[];
  /** η for the coming step. */
  readonly rate: (base: number, s: ScheduleSettings, epoch: number, step: number) => number;
}

export const SCHEDULE_DESCRIPTORS: { readonly [N in ScheduleName]: ScheduleDescriptor<N> } = {
  constant: {
    name: 'constant',
    label: 'Constant',
    formula: 'η stays η₀.',
    hypers: [],
    rate: (base) => base,
  },
  'inverse-time': {
    name: 'inverse-time',
    label: 'Inverse-time decay (per epoch)',
    formula: 'η = η₀ / (1 + d · epoch)',
    hypers: ['decay'],
    rate: (base, s, epoch) => base / (1 + s.decay * epoch),
  },
  // The form taught as "η ← η / (1 + decay) at every step". Written in closed form from the
  // step count, like every schedule here, so a link replays it from any step and a live edit
  // of η₀ or d reads as if it had been in force from the start (as for the other schedules).
  compound: {
    name: 'compound',
    label: 'Compounding decay (every step)',
    formula: 'η ← η / (1 + d) at every step: η = η₀ / (1 + d)^step',
    hypers: ['decay'],
    rate: (base, s, _epoch, step) => base / powInt(1 + s.decay, step),
  },
  step: {
    name: 'step',
    label: 'Step decay',
    formula: 'η = η₀ · γ^⌊epoch / every⌋',
    hypers: ['gamma', 'every'],
    rate: (base, s, epoch) => base * powInt(s.gamma, Math.floor(epoch / Math.max(1, s.every))),
  },
  exponential: {
    name: 'exponential',
    label: 'Exponential decay',
    formula: 'η = η₀ · γ^epoch',
    hypers: ['gamma'],
    rate: (base, s, epoch) => base * powInt(s.gamma, epoch),
  },
  cyclic: {
    name: 'cyclic',
    label: 'Cyclic (triangular)',
    formula: 'η goes from the lowest rate up to η₀ and back, once per cycle.',
    hypers: ['cycleLow', 'cycleSteps'],
    // Triangular between cycleLow and η₀, starting at the low end (Smith 2017).
    rate: (base, s, _epoch, step) => {
      const period = Math.max(2, s.cycleSteps);
      const phase = (step % period) / (period / 2); // 0 … 2
      const rise = phase <= 1 ? phase : 2 - phase; // 0 → 1 → 0
      return s.cycleLow + (base - s.cycleLow) * rise;
    },
  },
};

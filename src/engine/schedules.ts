import type { ScheduleConfig } from '../config/types';
import { powInt } from '../core/detmath';

/**
 * The learning rate for the coming step, from the base rate η₀ (the one the user sets),
 * the number of completed epochs and the number of completed steps:
 *
 * - constant:     η₀
 * - inverse-time: η₀ / (1 + d · epoch)
 * - step:         η₀ · γ^⌊epoch / every⌋
 * - exponential:  η₀ · γ^epoch
 * - cyclic:       triangular between `cycleLow` and η₀, one full cycle every `cycleSteps` steps,
 *                 starting at the low end (Smith 2017)
 */
export function scheduledLearningRate(
  base: number,
  schedule: ScheduleConfig,
  epoch: number,
  step: number,
): number {
  switch (schedule.kind) {
    case 'constant':
      return base;
    case 'inverse-time':
      return base / (1 + schedule.decay * epoch);
    case 'step':
      return base * powInt(schedule.gamma, Math.floor(epoch / Math.max(1, schedule.every)));
    case 'exponential':
      return base * powInt(schedule.gamma, epoch);
    case 'cyclic': {
      const period = Math.max(2, schedule.cycleSteps);
      const phase = (step % period) / (period / 2); // 0 … 2
      const rise = phase <= 1 ? phase : 2 - phase; // 0 → 1 → 0
      return schedule.cycleLow + (base - schedule.cycleLow) * rise;
    }
  }
}

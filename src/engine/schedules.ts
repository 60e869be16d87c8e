import type { ScheduleConfig } from '../config/types';
import { SCHEDULE_DESCRIPTORS } from '../core/choices/schedules';

/**
 * The learning rate for the coming step, from the base rate η₀ (the one the user sets), the
 * number of completed epochs and the number of completed steps. Each schedule's rule is in
 * its descriptor (src/core/choices/schedules.ts).
 */
export function scheduledLearningRate(
  base: number,
  schedule: ScheduleConfig,
  epoch: number,
  step: number,
): number {
  return SCHEDULE_DESCRIPTORS[schedule.kind].rate(base, schedule, epoch, step);
}

/**
 * The rules that compare fields, applied to the live-change log: a change must leave the
 * settings in force as valid as a link's keys must be. `lrlow=50` as a key is clamped to the
 * learning rate, so `ch=0_lrlow_50` on a run with learning rate 0.01 is refused the same way,
 * instead of training at rates up to 50.
 */
import { fieldSpec } from './fields';
import { formatNumber } from './numbers';
import { getPath, setPath, type PlainObject } from './paths';
import { msg, type Message } from '../core/i18n/message';
import { fieldLabel } from './problems';
import type { LiveChange, RunConfig, TrainingConfig } from './types';

/** A change with its position in the log as written (for messages). */
export interface NumberedChange {
  change: LiveChange;
  index: number;
}

/**
 * Walks the log in step order with the settings in force and keeps the changes that leave
 * them valid; each refused one gets a message through `refuse`.
 */
export function applyChangeRules(
  changes: readonly NumberedChange[],
  start: RunConfig,
  refuse: (entry: NumberedChange, why: Message) => void,
): NumberedChange[] {
  let training = structuredClone(start.training);
  const kept: NumberedChange[] = [];
  for (const entry of changes) {
    const { change } = entry;
    if (change.kind !== 'setting') {
      kept.push(entry);
      continue;
    }
    const candidate = structuredClone(training);
    setPath({ training: candidate } as unknown as PlainObject, change.path, change.value);
    const why = ruleProblem(change.path, { ...start, training: candidate });
    if (why === null) {
      training = candidate;
      kept.push(entry);
    } else {
      refuse(entry, why);
    }
  }
  return kept;
}

function ruleProblem(path: string, config: RunConfig): Message | null {
  const spec = fieldSpec(path);
  if (spec?.kind === 'number' && spec.range) {
    const value = getPath(config, path) as number;
    const range = spec.range(config);
    const noun = fieldLabel(spec);
    const shown = { noun, value: formatNumber(value) };
    if (value > range.max) {
      const bound = formatNumber(range.max);
      return range.maxNameText
        ? msg('problem.rule.aboveNamed', { ...shown, name: range.maxNameText, bound })
        : msg('problem.rule.aboveLimit', { ...shown, bound });
    }
    if (value < range.min) {
      return msg('problem.rule.belowMinimum', { ...shown, bound: formatNumber(range.min) });
    }
  }
  return cyclicProblem(config.training);
}

/** The lowest cyclic rate matters only while the schedule is cyclic; then it must not pass η. */
function cyclicProblem(training: TrainingConfig): Message | null {
  const { schedule, optimizer } = training;
  if (schedule.kind !== 'cyclic' || schedule.cycleLow <= optimizer.learningRate) return null;
  return msg('problem.rule.cyclic', {
    low: formatNumber(schedule.cycleLow),
    rate: formatNumber(optimizer.learningRate),
  });
}

/**
 * Reading what a person types into a number field, with a short message when it cannot be
 * used. Stricter than Number(): '', ' 7 ', '0x1f' and 'Infinity' are refused, the way the link
 * decoder refuses them, so what the field accepts is exactly what a link can hold.
 */
import type { DynamicRange, NumberSpec } from '../../config/fields';
import { formatNumber, parseNumberText } from '../../config/numbers';
import type { Translate } from '../../core/i18n';

export type ReadNumber = { ok: true; value: number } | { ok: false; message: string };

export function readNumberText(
  text: string,
  spec: NumberSpec,
  range: DynamicRange,
  t: Translate,
): ReadNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: t('controls.number.empty') };
  const parsed = parseNumberText(trimmed);
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
    return { ok: false, message: t('controls.number.notNumber', { text: trimmed.slice(0, 20) }) };
  }
  if (spec.integer && !Number.isInteger(parsed)) {
    return { ok: false, message: t('controls.number.whole') };
  }
  const problem = rangeProblem(parsed, spec, range, t);
  return problem ? { ok: false, message: problem } : { ok: true, value: parsed + 0 };
}

function rangeProblem(
  value: number,
  spec: NumberSpec,
  range: DynamicRange,
  t: Translate,
): string | null {
  const min = formatNumber(range.min);
  const max = formatNumber(range.max);
  if (spec.minExclusive ? value <= range.min : value < range.min) {
    return spec.minExclusive
      ? t('controls.number.above', { min })
      : t('controls.number.atLeast', { min });
  }
  if (spec.maxExclusive ? value >= range.max : value > range.max) {
    if (spec.maxExclusive) return t('controls.number.below', { max });
    // The one named bound so far: the lowest cyclic rate is at most the learning rate.
    return range.maxName
      ? t('controls.number.atMostLearningRate', { max })
      : t('controls.number.atMost', { max });
  }
  return null;
}

/** One step up or down for whole-number fields (arrow keys, −/+ buttons), kept in range. */
export function stepInteger(value: number, delta: number, range: DynamicRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(value) + delta));
}

import type { Translate } from '../../core/i18n';

/** Largest magnitude a typed weight or bias may have (bigger ones overflow at once). */
export const MAX_EDIT = 1e6;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A number typed by a person: accepts −, a decimal comma and exponents (1e-3). */
export function parseTypedNumber(t: Translate, text: string): Parsed {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (clean === '') return { ok: false, message: t('network.edit.empty') };
  const value = Number(clean);
  if (!Number.isFinite(value))
    return { ok: false, message: t('network.edit.notNumber', { text: text.trim() }) };
  if (Math.abs(value) > MAX_EDIT) return { ok: false, message: t('network.edit.tooBig') };
  return { ok: true, value };
}

/** Largest magnitude a typed weight or bias may have (bigger ones overflow at once). */
export const MAX_EDIT = 1e6;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A number typed by a person: accepts −, a decimal comma and exponents (1e-3). */
export function parseTypedNumber(text: string): Parsed {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (clean === '') return { ok: false, message: 'Type a number, e.g. 0.5 or −1.2' };
  const value = Number(clean);
  if (!Number.isFinite(value)) return { ok: false, message: `“${text.trim()}” is not a number` };
  if (Math.abs(value) > MAX_EDIT) return { ok: false, message: 'Use a value between −1e6 and 1e6' };
  return { ok: true, value };
}

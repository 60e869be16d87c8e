import { format } from 'd3-format';

const fixed = format('.4~f');
const sci = format('.3~e');

/** A number as a person reads it: 4 decimals for ordinary sizes, scientific for tiny or huge. */
export function formatValue(x: number): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const m = Math.abs(x);
  if (m !== 0 && (m < 1e-3 || m >= 1e5)) return sci(x).replace('-', '−');
  return fixed(x).replace('-', '−');
}

/** A whole count with thin-space thousands separators. */
export function formatCount(n: number): string {
  return format(',d')(n).replace(/,/g, '\u2009');
}

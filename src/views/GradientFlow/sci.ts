/** 3.1e−10, 4.3e4: two significant digits in compact scientific notation, a true minus sign. */
export function sci(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const [mantissa, exponent] = x.toExponential(1).split('e');
  return `${mantissa}e${exponent.replace('+', '')}`.replace(/-/g, '−');
}

/** 1.5, 0.059, 5.8e−6, 3.1e4: two significant digits, scientific when tiny or huge. */
export function short(x: number): string {
  const m = Math.abs(x);
  if (!Number.isFinite(x) || x === 0 || m < 1e-3 || m >= 1e4) return sci(x);
  return String(Number(x.toPrecision(2))).replace('-', '−');
}

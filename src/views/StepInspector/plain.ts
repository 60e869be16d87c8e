/** Course symbols as plain text (result lines, table headers): z⁽¹⁾₂, w⁽²⁾₁₃, δ⁽³⁾₁. */

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]);
}

export function sup(n: number): string {
  return String(n).replace(/\d/g, (d) => SUP[Number(d)]);
}

/** ⁽ˡ⁾ */
export function layerMark(layer: number): string {
  return `⁽${sup(layer)}⁾`;
}

/** z⁽ˡ⁾ⱼ with a 1-based subscript. */
export function neuronText(symbol: string, layer: number, index: number): string {
  return `${symbol}${layerMark(layer)}${sub(index + 1)}`;
}

/** w⁽ˡ⁾ⱼᵢ with 1-based subscripts (comma-separated when either has two digits). */
export function weightText(layer: number, j: number, i: number, symbol = 'w'): string {
  const a = j + 1;
  const b = i + 1;
  const pair = a > 9 || b > 9 ? `${sub(a)},${sub(b)}` : `${sub(a)}${sub(b)}`;
  return `${symbol}${layerMark(layer)}${pair}`;
}

/**
 * "sample 3 of 10 (#127)": position in the batch and index in the training set ("your values"
 * for a typed-in sample, index −1).
 */
export function sampleText(position: number, count: number, index: number): string {
  return `sample ${position + 1} of ${count} (${sampleIndexText(index)})`;
}

/** "#127", or "your values" for a typed-in sample. */
export function sampleIndexText(index: number): string {
  return index < 0 ? 'your values' : `#${index}`;
}

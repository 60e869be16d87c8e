/**
 * The course's notation in plain text: digits as subscripts and superscripts, and the layer
 * mark ⁽ˡ⁾ (z⁽¹⁾₂, δ⁽²⁾, 10⁻³). One place for every view and the command line.
 */

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → ₁₂ (a minus sign stays as it is). */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]);
}

/** 12 → ¹² (a minus sign stays as it is). */
export function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUP[Number(d)]);
}

/** ⁽ˡ⁾: 2 → ⁽²⁾. */
export function layerMark(layer: number): string {
  return `⁽${superscript(layer)}⁾`;
}

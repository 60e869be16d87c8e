import { format } from 'd3-format';
import { formatValue } from '../shared/format';

/**
 * TeX for the inspector's formulas: numbers formatted exactly as the rest of the page formats
 * them (formatValue: 4 decimals, scientific below 10⁻³ or from 10⁵), and the course's symbols.
 */

const sci = format('.3~e');

/** A number in TeX, the same digits formatValue shows: 0.269, -0.12, 1.23 \times 10^{-5}. */
export function texNum(x: number): string {
  if (Number.isNaN(x)) return '\\mathrm{NaN}';
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : '-\\infty';
  if (x === 0) return '0';
  const m = Math.abs(x);
  if (m < 1e-3 || m >= 1e5) {
    const [mantissa, exponent] = sci(x)
      .replace(/\u2212/g, '-')
      .split('e');
    const e = Number(exponent);
    return `${mantissa} \\times 10^{${e}}`;
  }
  return formatValue(x).replace(/\u2212/g, '-');
}

/** A factor in a product: negative numbers and powers of ten in parentheses. */
export function texFactor(x: number): string {
  const t = texNum(x);
  return x < 0 || t.includes('\\times') ? `\\left(${t}\\right)` : t;
}

/** The plain-text number as formatValue gives it (for result lines and tables). */
export function plainNum(x: number): string {
  return Object.is(x, -0) ? '0' : formatValue(x);
}

/** Subscripts j, i (1-based for people) separated by a comma when either has two digits. */
export function texPair(j: number, i: number): string {
  const a = j + 1;
  const b = i + 1;
  return a > 9 || b > 9 ? `${a},${b}` : `${a}${b}`;
}

/** w^{(l)}_{ji} for 0-based j, i. */
export function texWeight(layer: number, j: number, i: number, base = 'w'): string {
  return `${base}^{(${layer})}_{${texPair(j, i)}}`;
}

/** A neuron's symbol: z^{(l)}_{j} (1-based subscript), e.g. texNeuron('\\delta', 2, 0). */
export function texNeuron(symbol: string, layer: number, index: number): string {
  return `${symbol}^{(${layer})}_{${index + 1}}`;
}

/**
 * A sum of terms: all of them when there are at most `max` + 1, else the first `max` and ⋯. Each
 * term is a group, so a formula too wide for its column wraps between terms (after a +), never
 * inside a product such as 0.6368 · (−0.918).
 */
export function texSum(terms: readonly string[], max = 4): string {
  if (terms.length === 0) return '0';
  const shown = terms.length <= max + 1 ? terms : terms.slice(0, max);
  const sum = shown.map((term) => `{${term}}`).join(' + ');
  return terms.length <= max + 1 ? sum : `${sum} + \\cdots`;
}

/** The named activation as a TeX function: \tanh, \sigma, \operatorname{ReLU} … */
export function texActivation(name: string): string {
  switch (name) {
    case 'tanh':
      return '\\tanh';
    case 'sigmoid':
      return '\\sigma';
    case 'relu':
      return '\\operatorname{ReLU}';
    case 'leaky-relu':
      return '\\operatorname{LReLU}';
    case 'elu':
      return '\\operatorname{ELU}';
    case 'softmax':
      return '\\operatorname{softmax}';
    default:
      return '\\operatorname{id}';
  }
}

/** ∂C/∂x as a TeX fraction. */
export function texPartial(of: string): string {
  return `\\frac{\\partial C}{\\partial ${of}}`;
}

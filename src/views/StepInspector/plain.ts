/** Course symbols as plain text (result lines, table headers): z⁽¹⁾₂, w⁽²⁾₁₃, δ⁽³⁾₁. */
import { translator, type Translate } from '../../core/i18n';
import { layerMark, subscript } from '../../core/marks';

/** For callers that have no language at hand (tests, the CLI): English. */
const english = translator('en');

/** z⁽ˡ⁾ⱼ with a 1-based subscript. */
export function neuronText(symbol: string, layer: number, index: number): string {
  return `${symbol}${layerMark(layer)}${subscript(index + 1)}`;
}

/** w⁽ˡ⁾ⱼᵢ with 1-based subscripts (comma-separated when either has two digits). */
export function weightText(layer: number, j: number, i: number, symbol = 'w'): string {
  const a = j + 1;
  const b = i + 1;
  const pair =
    a > 9 || b > 9 ? `${subscript(a)},${subscript(b)}` : `${subscript(a)}${subscript(b)}`;
  return `${symbol}${layerMark(layer)}${pair}`;
}

/**
 * "sample 3 of 10 (#127)": position in the batch and index in the training set ("your values"
 * for a typed-in sample, index −1).
 */
export function sampleText(
  position: number,
  count: number,
  index: number,
  t: Translate = english,
): string {
  return t('inspector.sample', {
    position: position + 1,
    count,
    index: sampleIndexText(index, t),
  });
}

/** "#127", or "your values" for a typed-in sample. */
export function sampleIndexText(index: number, t: Translate = english): string {
  return index < 0 ? t('inspector.sample.custom') : `#${index}`;
}

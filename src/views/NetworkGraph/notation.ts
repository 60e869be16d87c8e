import type { Translate } from '../../core/i18n';
import { layerMark, subscript } from '../../core/marks';
import { classNameWords } from '../shared/dataWords';
import { activationName } from '../Controls/choiceLabels';

/**
 * Names in the course's notation: w⁽ˡ⁾ⱼᵢ connects neuron i of layer l−1 to neuron j of layer l.
 * Neurons are numbered from 1 for people (x₁, x₂ …); the code and the worker count from 0.
 */

/** ⱼᵢ as subscripts (1-based), with a comma when either has two digits: w⁽²⁾₁₂,₃. */
function pairSubscript(to: number, from: number): string {
  const j = to + 1;
  const i = from + 1;
  return j > 9 || i > 9 ? `${subscript(j)},${subscript(i)}` : `${subscript(j)}${subscript(i)}`;
}

/** w⁽ˡ⁾ⱼᵢ for the weight from neuron `from` of layer l−1 to neuron `to` of layer l (0-based). */
export function weightName(layer: number, to: number, from: number): string {
  return `w${layerMark(layer)}${pairSubscript(to, from)}`;
}

/** A symbol with a layer mark and a 1-based neuron subscript: z⁽¹⁾₂, δ⁽²⁾₁, b⁽¹⁾₃. */
export function neuronSymbol(symbol: string, layer: number, index: number): string {
  return `${symbol}${layerMark(layer)}${subscript(index + 1)}`;
}

/** How a layer is called: "Input", "Hidden 2", "Output". */
export function layerName(layer: number, depth: number, t: Translate): string {
  if (layer === 0) return t('network.layer.input');
  if (layer === depth) return t('network.layer.output');
  return t('network.layer.hidden', { layer });
}

/** The accessible name of a neuron: "Neuron 2 of hidden layer 1", "Input x₁", "Output 1". */
export function neuronLabel(
  layer: number,
  index: number,
  depth: number,
  inputNames: readonly string[],
  t: Translate,
): string {
  if (layer === 0) {
    const name = inputNames[index];
    return t('network.neuron.input', {
      name: name === undefined ? `x${subscript(index + 1)}` : classNameWords(t, name),
    });
  }
  if (layer === depth) return t('network.neuron.output', { index: index + 1 });
  return t('network.neuron.hidden', { index: index + 1, layer });
}

const SHORT_ACTIVATION: Record<string, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'LReLU',
  elu: 'ELU',
};

/** An activation's name in a formula, h(a): the same in every language. */
const FORMULA_ACTIVATION: Record<string, string> = {
  linear: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'Leaky ReLU',
  elu: 'ELU',
  softmax: 'softmax',
};

export function activationFormulaName(name: string): string {
  return FORMULA_ACTIVATION[name] ?? name;
}

/**
 * An activation's name in a caption, in the page's language ('선형' for linear); `short`
 * where the caption is narrow (σ, LReLU, 'lin').
 */
export function activationLabel(name: string, t: Translate, short = false): string {
  if (short && name in SHORT_ACTIVATION) return SHORT_ACTIVATION[name];
  if (short && name === 'linear') return t('network.caption.linearShort');
  return activationName(name, t);
}

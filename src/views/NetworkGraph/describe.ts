import { format } from 'd3-format';
import { neuronSymbol, subscript, weightName } from './notation';
import type { GraphShape } from './shape';
import type { Target } from './targets';

/**
 * The rows a tooltip shows for a target: each row names a quantity in course notation and says
 * where its number lives in the snapshot, so the same description serves the tooltip's first
 * render and every live update.
 */
export type Quantity =
  'activation' | 'preActivation' | 'delta' | 'bias' | 'biasGrad' | 'weight' | 'weightGrad';

export interface Row {
  symbol: string;
  meaning: string;
  quantity: Quantity;
}

export interface Description {
  title: string;
  subtitle: string;
  rows: Row[];
  hint: string;
}

function neuronPhrase(layer: number, index: number, shape: GraphShape): string {
  const depth = shape.sizes.length - 1;
  if (layer === 0) return `input ${shape.inputNames[index] ?? `x${subscript(index + 1)}`}`;
  if (layer === depth) return `output ${index + 1}`;
  return `neuron ${index + 1} of hidden layer ${layer}`;
}

export function describe(t: Target, shape: GraphShape): Description {
  if (t.kind === 'edge') {
    const { layer: l, to: j, from: i } = t;
    return {
      title: `Weight ${weightName(l, j, i)}`,
      subtitle: `from ${neuronPhrase(l - 1, i, shape)} to ${neuronPhrase(l, j, shape)}`,
      rows: [
        { symbol: weightName(l, j, i), meaning: 'weight', quantity: 'weight' },
        {
          symbol: `∂C/∂${weightName(l, j, i)}`,
          meaning: 'last batch',
          quantity: 'weightGrad',
        },
      ],
      hint: 'Click to edit the weight',
    };
  }
  const { layer: l, index: j } = t;
  const phrase = neuronPhrase(l, j, shape);
  const title = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  if (l === 0) {
    return {
      title,
      subtitle: 'value of the focus sample',
      rows: [{ symbol: neuronSymbol('z', 0, j), meaning: 'input value', quantity: 'activation' }],
      hint: 'Click to select',
    };
  }
  const act = shape.activations[l - 1];
  const rows: Row[] = [
    { symbol: neuronSymbol('a', l, j), meaning: 'Σ w·z + b', quantity: 'preActivation' },
    { symbol: neuronSymbol('z', l, j), meaning: `${act}(a)`, quantity: 'activation' },
    { symbol: neuronSymbol('δ', l, j), meaning: '∂C/∂a', quantity: 'delta' },
  ];
  const hasBias = shape.hasBias[l - 1];
  if (hasBias) {
    rows.push(
      { symbol: neuronSymbol('b', l, j), meaning: 'bias', quantity: 'bias' },
      {
        symbol: `∂C/∂${neuronSymbol('b', l, j)}`,
        meaning: 'last batch',
        quantity: 'biasGrad',
      },
    );
  }
  return {
    title,
    subtitle: 'a, z, δ of the focus sample',
    rows,
    hint: hasBias ? 'Click to select · click the small square to edit the bias' : 'Click to select',
  };
}

const sig = format('.6~g');

/** A number with six significant digits (the tooltip's "exact" value). */
export function exactValue(v: number): string {
  if (!(v === v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return sig(v).replace(/-/g, '−');
}

import { format } from 'd3-format';
import type { Translate } from '../../core/i18n';
import { classNameWords } from '../shared/dataWords';
import { subscript } from '../../core/marks';
import { activationFormulaName, neuronLabel, neuronSymbol, weightName } from './notation';
import type { GraphShape } from './shape';
import type { Target } from './targets';

/**
 * The rows a tooltip shows for a target: each row names a quantity in course notation and says
 * where its number lives in the snapshot, so the same description serves the tooltip's first
 * render and every live update.
 */
export type Quantity =
  | 'activation'
  | 'preActivation'
  | 'delta'
  | 'bias'
  | 'biasGrad'
  | 'weight'
  | 'weightGrad'
  | 'gamma'
  | 'beta'
  | 'gammaGrad'
  | 'betaGrad';

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

function neuronPhrase(layer: number, index: number, shape: GraphShape, t: Translate): string {
  const depth = shape.sizes.length - 1;
  if (layer === 0) {
    const name = shape.inputNames[index];
    return t('network.phrase.input', {
      name: name === undefined ? `x${subscript(index + 1)}` : classNameWords(t, name),
    });
  }
  if (layer === depth) return t('network.phrase.output', { index: index + 1 });
  return t('network.phrase.hidden', { index: index + 1, layer });
}

function describeEdge(target: Extract<Target, { kind: 'edge' }>, shape: GraphShape, t: Translate) {
  const { layer: l, to: j, from: i } = target;
  const name = weightName(l, j, i);
  return {
    title: t('network.tip.weightTitle', { name }),
    subtitle: t('network.tip.weightSubtitle', {
      from: neuronPhrase(l - 1, i, shape, t),
      to: neuronPhrase(l, j, shape, t),
    }),
    rows: [
      { symbol: name, meaning: t('network.tip.weight'), quantity: 'weight' as const },
      {
        symbol: `∂C/∂${name}`,
        meaning: t('network.tip.lastBatch'),
        quantity: 'weightGrad' as const,
      },
    ],
    hint: t('network.tip.editWeight'),
  };
}

/** The neuron's parameters: its bias, or batch norm's γ and β, with their gradients. */
function parameterRows(l: number, j: number, shape: GraphShape, t: Translate): Row[] {
  const last = t('network.tip.lastBatch');
  if (shape.batchNorm[l - 1]) {
    const gamma = neuronSymbol('γ', l, j);
    const beta = neuronSymbol('β', l, j);
    return [
      { symbol: gamma, meaning: t('network.tip.gamma'), quantity: 'gamma' },
      { symbol: beta, meaning: t('network.tip.beta'), quantity: 'beta' },
      { symbol: `∂C/∂${gamma}`, meaning: last, quantity: 'gammaGrad' },
      { symbol: `∂C/∂${beta}`, meaning: last, quantity: 'betaGrad' },
    ];
  }
  if (!shape.hasBias[l - 1]) return [];
  const b = neuronSymbol('b', l, j);
  return [
    { symbol: b, meaning: t('network.tip.bias'), quantity: 'bias' },
    { symbol: `∂C/∂${b}`, meaning: last, quantity: 'biasGrad' },
  ];
}

export function describe(target: Target, shape: GraphShape, t: Translate): Description {
  if (target.kind === 'edge') return describeEdge(target, shape, t);
  const { layer: l, index: j } = target;
  const depth = shape.sizes.length - 1;
  const title = neuronLabel(l, j, depth, shape.inputNames, t);
  if (l === 0) {
    return {
      title,
      subtitle: t('network.tip.inputSubtitle'),
      rows: [
        {
          symbol: neuronSymbol('z', 0, j),
          meaning: t('network.tip.inputValue'),
          quantity: 'activation',
        },
      ],
      hint: t('network.tip.select'),
    };
  }
  const act = activationFormulaName(shape.activations[l - 1]);
  // A batch-normalized neuron's activation receives y = γ·â + β, not a = Wz.
  const norm = shape.batchNorm[l - 1];
  const rows: Row[] = [
    norm
      ? { symbol: neuronSymbol('y', l, j), meaning: 'γ·â + β', quantity: 'preActivation' }
      : { symbol: neuronSymbol('a', l, j), meaning: 'Σ w·z + b', quantity: 'preActivation' },
    {
      symbol: neuronSymbol('z', l, j),
      meaning: `${act}(${norm ? 'y' : 'a'})`,
      quantity: 'activation',
    },
    { symbol: neuronSymbol('δ', l, j), meaning: '∂C/∂a', quantity: 'delta' },
    ...parameterRows(l, j, shape, t),
  ];
  const hasBias = shape.hasBias[l - 1];
  return {
    title,
    subtitle: t('network.tip.neuronSubtitle'),
    rows,
    hint: hasBias ? t('network.tip.selectOrBias') : t('network.tip.select'),
  };
}

const sig = format('.6~g');

/** A number with six significant digits (the tooltip's "exact" value). */
export function exactValue(v: number): string {
  if (!(v === v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return sig(v).replace(/-/g, '−');
}

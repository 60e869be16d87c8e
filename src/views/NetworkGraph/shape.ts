import { subscript } from '../../core/marks';

/** What the graph needs to know about a run's network and data (from RunInfo). */
export interface GraphShape {
  sizes: readonly number[];
  /** Activation of layers 1 … L (index l−1). */
  activations: readonly string[];
  /** Whether layers 1 … L have a bias (index l−1). */
  hasBias: readonly boolean[];
  /** Whether layers 1 … L are batch-normalized, with γ and β per neuron (index l−1). */
  batchNorm: readonly boolean[];
  inputNames: readonly string[];
  /** Names beside the output nodes (class names, or ŷ). */
  outputNames: readonly string[];
  /** Side of an image input (digits), 0 otherwise. */
  imageSide: number;
  /** Per-neuron maps expected: over the plane, along the line, or none. */
  maps: 'plane' | 'line' | null;
  /** Whether the maps include the hidden neurons (not only the outputs). */
  hiddenMaps: boolean;
}

/** The shape of a run as the graph needs it. */
export function shapeOf(
  info: {
    sizes: number[];
    activations: string[];
    hasBias: boolean[];
    batchNorm?: boolean[];
    data: {
      inputNames: string[];
      classNames: string[];
      rawKind: string;
      imageSide: number;
      task: string;
    };
  },
  hiddenMapLimit: number,
): GraphShape {
  const { sizes, data } = info;
  const depth = sizes.length - 1;
  const outputs = sizes[depth];
  const maps = data.rawKind === 'plane' ? 'plane' : data.rawKind === 'line' ? 'line' : null;
  const hiddenTotal = sizes.slice(1, depth).reduce((s, n) => s + n, 0);
  // Class names only when each output is one class; a single output is ŷ (its sign or size
  // is the answer, which the output view explains).
  const outputNames =
    data.task !== 'regression' && outputs > 1 && outputs === data.classNames.length
      ? data.classNames
      : Array.from({ length: outputs }, (_, k) => (outputs === 1 ? 'ŷ' : `ŷ${subscript(k + 1)}`));
  return {
    sizes,
    activations: info.activations,
    hasBias: info.hasBias,
    batchNorm: info.batchNorm ?? info.hasBias.map(() => false),
    inputNames: data.inputNames,
    outputNames,
    imageSide: data.rawKind === 'image' ? data.imageSide : 0,
    maps,
    hiddenMaps: maps !== null && hiddenTotal > 0 && hiddenTotal <= hiddenMapLimit,
  };
}

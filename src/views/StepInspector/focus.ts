import type { TraceOp } from '../../core/trace';
import type { SelectionSlice } from '../../state/store';
import { opLayer } from './context';

/**
 * The neuron j (in the operation's layer) and the input i (in the layer below) whose numbers the
 * formula shows: the graph's selection when it lies in that layer, else the first neuron.
 */
export interface OpFocus {
  layer: number;
  neuron: number;
  input: number;
}

export function resolveFocus(
  op: TraceOp,
  sizes: readonly number[],
  selectedNode: SelectionSlice['selectedNode'],
  selectedEdge: SelectionSlice['selectedEdge'],
): OpFocus {
  const depth = sizes.length - 1;
  const layer = opLayer(op, depth);
  const clamp = (k: number, n: number): number => Math.max(0, Math.min(n - 1, k));
  let neuron = 0;
  let input = 0;
  if (selectedNode && selectedNode.layer === layer) neuron = selectedNode.index;
  else if (selectedEdge && selectedEdge.layer === layer) neuron = selectedEdge.to;
  if (selectedEdge && selectedEdge.layer === layer) input = selectedEdge.from;
  return { layer, neuron: clamp(neuron, sizes[layer]), input: clamp(input, sizes[layer - 1]) };
}

import type { TraceOp } from '../../core/trace';
import { emptyParts, type Highlight } from '../../state/highlight';
import type { OpFocus } from './focus';

/**
 * Exactly what an operation reads and writes, as graph parts (the contract with the graph):
 * - forward-linear l: reads all of layer l−1, every edge and bias of layer l; writes layer l
 *   (a⁽ˡ⁾). Focus: neuron j, its incoming edges and its bias.
 * - forward-activation l: reads and writes layer l (a⁽ˡ⁾ → z⁽ˡ⁾). Focus: neuron j.
 * - loss: reads the output layer (ŷ; the target is not on the graph); writes nothing drawn.
 * - output-delta: reads and writes the output layer (ŷ, a⁽ᴸ⁾ → δ⁽ᴸ⁾). Focus: output k.
 * - backward-delta l: reads layer l+1 (δ⁽ˡ⁺¹⁾), the edges of layer l+1 (W⁽ˡ⁺¹⁾) and layer l
 *   (a⁽ˡ⁾ for h′); writes layer l (δ⁽ˡ⁾). Focus: neuron j and its outgoing edges.
 * - gradients l: reads layers l (δ) and l−1 (z); writes every edge and bias of layer l.
 *   Focus: the edge j←i and bias j.
 * - update l: reads and writes every edge and bias of layer l. Focus: the edge j←i and bias j.
 * - batch norm's operations on layer l (μ_B and σ²_B, â and y, ∂C/∂γ and ∂C/∂β, ∂C/∂a): read
 *   and write layer l. Focus: neuron j.
 * Biases only where the layer has them.
 */
export function opHighlight(op: TraceOp, focus: OpFocus, hasBias: readonly boolean[]): Highlight {
  const reads = emptyParts();
  const writes = emptyParts();
  const f = emptyParts();
  const l = focus.layer;
  const j = focus.neuron;
  const bias = l >= 1 && hasBias[l - 1];
  switch (op.kind) {
    case 'forward-linear':
      reads.nodes.push({ layer: l - 1, index: 'all' });
      reads.edges.push({ layer: l, to: 'all', from: 'all' });
      if (bias) reads.biases.push({ layer: l, index: 'all' });
      writes.nodes.push({ layer: l, index: 'all' });
      f.nodes.push({ layer: l, index: j });
      f.edges.push({ layer: l, to: j, from: 'all' });
      if (bias) f.biases.push({ layer: l, index: j });
      break;
    case 'forward-activation':
    case 'output-delta':
    case 'norm-statistics':
    case 'norm-forward':
    case 'norm-gradients':
    case 'norm-backward':
      reads.nodes.push({ layer: l, index: 'all' });
      writes.nodes.push({ layer: l, index: 'all' });
      f.nodes.push({ layer: l, index: j });
      break;
    case 'loss':
      reads.nodes.push({ layer: l, index: 'all' });
      break;
    case 'backward-delta':
      reads.nodes.push({ layer: l + 1, index: 'all' }, { layer: l, index: 'all' });
      reads.edges.push({ layer: l + 1, to: 'all', from: 'all' });
      writes.nodes.push({ layer: l, index: 'all' });
      f.nodes.push({ layer: l, index: j });
      f.edges.push({ layer: l + 1, to: 'all', from: j });
      break;
    case 'gradients':
      reads.nodes.push({ layer: l, index: 'all' }, { layer: l - 1, index: 'all' });
      writes.edges.push({ layer: l, to: 'all', from: 'all' });
      if (bias) writes.biases.push({ layer: l, index: 'all' });
      f.edges.push({ layer: l, to: j, from: focus.input });
      if (bias) f.biases.push({ layer: l, index: j });
      break;
    case 'update':
      reads.edges.push({ layer: l, to: 'all', from: 'all' });
      writes.edges.push({ layer: l, to: 'all', from: 'all' });
      if (bias) {
        reads.biases.push({ layer: l, index: 'all' });
        writes.biases.push({ layer: l, index: 'all' });
        f.biases.push({ layer: l, index: j });
      }
      f.edges.push({ layer: l, to: j, from: focus.input });
      break;
  }
  return { reads, writes, focus: f };
}

/**
 * What the graph shows during an operation: values forward, deltas and gradients backward, and
 * at the updates the change Δw each weight receives.
 */
export function graphModeFor(op: TraceOp): 'forward' | 'backward' | 'delta-w' {
  switch (op.kind) {
    case 'output-delta':
    case 'backward-delta':
    case 'gradients':
    case 'norm-gradients':
    case 'norm-backward':
      return 'backward';
    case 'update':
      return 'delta-w';
    default:
      return 'forward';
  }
}

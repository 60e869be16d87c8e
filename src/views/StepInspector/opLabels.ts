import type { StepTrace } from '../../state/runTypes';
import type { TraceOp } from '../../core/trace';
import { layerMark, sampleText } from './plain';
import { optimizerName } from './formulas/update';

/** How a layer is called: "hidden layer 1", "the output layer". */
export function layerWords(layer: number, depth: number): string {
  return layer === depth ? 'output layer' : `hidden layer ${layer}`;
}

/** The operation's heading: "Forward · hidden layer 1 · weighted input a⁽¹⁾". */
export function opTitle(op: TraceOp, trace: StepTrace): string {
  const depth = trace.sizes.length - 1;
  switch (op.kind) {
    case 'forward-linear':
      return `Forward · ${layerWords(op.layer, depth)} · weighted input a${layerMark(op.layer)}`;
    case 'forward-activation':
      return `Forward · ${layerWords(op.layer, depth)} · activation z${layerMark(op.layer)} = h(a${layerMark(op.layer)})`;
    case 'loss':
      return 'Loss · the cost C of this sample';
    case 'output-delta':
      return `Backward · output delta δ${layerMark(depth)} = ∂C/∂a${layerMark(depth)}`;
    case 'backward-delta':
      return `Backward · ${layerWords(op.layer, depth)} · delta δ${layerMark(op.layer)}`;
    case 'gradients':
      return `Gradients · layer ${op.layer} · ∂C/∂W${layerMark(op.layer)} and ∂C/∂b${layerMark(op.layer)}, mean over the batch`;
    case 'update':
      return `Update · layer ${op.layer} · ${optimizerName(trace.optimizer.kind)}`;
  }
}

/** The short label of an operation on the timeline: a⁽¹⁾, z⁽¹⁾, C, δ⁽³⁾, ∂W⁽²⁾, W⁽¹⁾ ←. */
export function opChip(op: TraceOp, depth: number): string {
  switch (op.kind) {
    case 'forward-linear':
      return `a${layerMark(op.layer)}`;
    case 'forward-activation':
      return `z${layerMark(op.layer)}`;
    case 'loss':
      return 'C';
    case 'output-delta':
      return `δ${layerMark(depth)}`;
    case 'backward-delta':
      return `δ${layerMark(op.layer)}`;
    case 'gradients':
      return `∂W${layerMark(op.layer)}`;
    case 'update':
      return `W${layerMark(op.layer)} ←`;
  }
}

/** "sample 3 of 10 (#127)" for a per-sample operation, "the whole batch of 10" otherwise. */
export function opScope(op: TraceOp, trace: StepTrace): string {
  const B = trace.samples.length;
  if ('sample' in op) return sampleText(op.sample, B, trace.samples[op.sample].index);
  return B === 1 ? 'the one sample' : `the whole batch of ${B}`;
}

/** Which phase an operation belongs to, for colouring the timeline. */
export function opPhase(op: TraceOp): 'forward' | 'loss' | 'backward' | 'gradients' | 'update' {
  switch (op.kind) {
    case 'forward-linear':
    case 'forward-activation':
      return 'forward';
    case 'loss':
      return 'loss';
    case 'output-delta':
    case 'backward-delta':
      return 'backward';
    case 'gradients':
      return 'gradients';
    case 'update':
      return 'update';
  }
}

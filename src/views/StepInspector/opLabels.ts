import type { Translate } from '../../core/i18n';
import type { StepTrace } from '../../state/runTypes';
import type { TraceOp } from '../../core/trace';
import { layerMark } from '../../core/marks';
import { sampleText } from './plain';
import { optimizerName } from './formulas/update';

/** How a layer is called: "hidden layer 1", "output layer". */
export function layerWords(layer: number, depth: number, t: Translate): string {
  return layer === depth ? t('inspector.layer.output') : t('inspector.layer.hidden', { layer });
}

/** Whether layer l of the trace is batch-normalized. */
function normed(trace: StepTrace, layer: number): boolean {
  return (trace.norm[layer - 1] ?? null) !== null;
}

/** The operation's heading: "Forward · hidden layer 1 · weighted input a⁽¹⁾". */
export function opTitle(op: TraceOp, trace: StepTrace, t: Translate): string {
  const depth = trace.sizes.length - 1;
  const m = layerMark;
  switch (op.kind) {
    case 'loss':
      return t('inspector.title.loss');
    case 'output-delta':
      return t('inspector.title.outputDelta', { delta: `δ${m(depth)}`, a: `a${m(depth)}` });
    case 'gradients':
      return trace.norm[op.layer - 1]
        ? t('inspector.title.gradientsNoBias', { layer: op.layer, W: `W${m(op.layer)}` })
        : t('inspector.title.gradients', {
            layer: op.layer,
            W: `W${m(op.layer)}`,
            b: `b${m(op.layer)}`,
          });
    case 'update':
      return t('inspector.title.update', {
        layer: op.layer,
        optimizer: optimizerName(trace.optimizer.kind, t),
      });
  }
  const l = op.layer;
  const where = layerWords(l, depth, t);
  switch (op.kind) {
    case 'forward-linear':
      return t('inspector.title.forwardLinear', { where, a: `a${m(l)}` });
    case 'forward-activation':
      return normed(trace, l)
        ? t('inspector.title.forwardActivation', { where, z: `z${m(l)}`, a: `y${m(l)}` })
        : t('inspector.title.forwardActivation', { where, z: `z${m(l)}`, a: `a${m(l)}` });
    case 'backward-delta':
      return normed(trace, l)
        ? t('inspector.title.backwardToNorm', { where, y: `y${m(l)}` })
        : t('inspector.title.backwardDelta', { where, delta: `δ${m(l)}` });
    case 'norm-statistics':
      return t('inspector.title.normStatistics', { where });
    case 'norm-forward':
      return t('inspector.title.normForward', { where, y: `y${m(l)}` });
    case 'norm-gradients':
      return t('inspector.title.normGradients', { where });
    case 'norm-backward':
      return t('inspector.title.normBackward', { where, delta: `δ${m(l)}` });
  }
}

/** The short label of an operation on the timeline: a⁽¹⁾, z⁽¹⁾, C, δ⁽³⁾, ∂W⁽²⁾, W⁽¹⁾ ←. */
export function opChip(op: TraceOp, trace: StepTrace): string {
  const depth = trace.sizes.length - 1;
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
      return normed(trace, op.layer) ? `∂y${layerMark(op.layer)}` : `δ${layerMark(op.layer)}`;
    case 'gradients':
      return `∂W${layerMark(op.layer)}`;
    case 'update':
      return `W${layerMark(op.layer)} ←`;
    case 'norm-statistics':
      return `μ,σ²${layerMark(op.layer)}`;
    case 'norm-forward':
      return `y${layerMark(op.layer)}`;
    case 'norm-gradients':
      return `∂γ,∂β${layerMark(op.layer)}`;
    case 'norm-backward':
      return `δ${layerMark(op.layer)}`;
  }
}

/** "sample 3 of 10 (#127)" for a per-sample operation, "the whole batch of 10" otherwise. */
export function opScope(op: TraceOp, trace: StepTrace, t: Translate): string {
  const B = trace.samples.length;
  if ('sample' in op) return sampleText(op.sample, B, trace.samples[op.sample].index, t);
  return B === 1 ? t('inspector.scope.one') : t('inspector.scope.batch', { count: B });
}

/** Which phase an operation belongs to, for colouring the timeline. */
export function opPhase(op: TraceOp): 'forward' | 'loss' | 'backward' | 'gradients' | 'update' {
  switch (op.kind) {
    case 'forward-linear':
    case 'forward-activation':
    case 'norm-statistics':
    case 'norm-forward':
      return 'forward';
    case 'loss':
      return 'loss';
    case 'output-delta':
    case 'backward-delta':
    case 'norm-backward':
      return 'backward';
    case 'gradients':
    case 'norm-gradients':
      return 'gradients';
    case 'update':
      return 'update';
  }
}

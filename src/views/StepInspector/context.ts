import { ACTIVATION_DESCRIPTORS, type ActivationName } from '../../core/choices/activations';
import type { RunConfig } from '../../config/types';
import type { StepTrace } from '../../state/runTypes';
import type { TraceOp } from '../../core/trace';
import type { RunInfo } from '../../core/runInfo';
import { translator, type Translate } from '../../core/i18n';

/** A trace with what the formulas need to name its functions. Layer-indexed arrays at l−1. */
export interface InspectContext {
  trace: StepTrace;
  /** Activation of layer l ('tanh', 'softmax' …). */
  activations: readonly ActivationName[];
  /** 'mse' | 'half-sse' | 'bce' | 'cce'. */
  loss: string;
  hasBias: readonly boolean[];
  /** Leaky ReLU slope or ELU α of layer l (0 where unused), as the engine uses it. */
  actParams: readonly number[];
  /** Dropout probability of layer l (0 for none and for the output layer). */
  dropout: readonly number[];
  /** Whether layer l is batch-normalized (its a = Wz, then y = γ·â + β goes into h). */
  norm: readonly boolean[];
  /** The page's language, for the words around the formulas. */
  t: Translate;
}

export function inspectContext(
  trace: StepTrace,
  info: RunInfo,
  config: RunConfig,
  t: Translate = translator('en'),
): InspectContext {
  const L = trace.sizes.length - 1;
  // The run info names activations as plain strings; every name the engine reports is one.
  const activations = info.activations.map((name) =>
    Object.hasOwn(ACTIVATION_DESCRIPTORS, name) ? (name as ActivationName) : 'linear',
  );
  const actParams = activations.map((name) => {
    const param = ACTIVATION_DESCRIPTORS[name].param;
    return param === null ? 0 : config.network[param];
  });
  const dropout = Array.from({ length: L }, (_, k) =>
    k < L - 1 ? (config.network.hidden[k]?.dropout ?? 0) : 0,
  );
  return {
    trace,
    activations,
    loss: info.loss,
    hasBias: info.hasBias,
    actParams,
    dropout,
    norm: trace.norm.map((n) => n !== null),
    t,
  };
}

/** The layer whose neurons an operation computes (L for the loss and the output delta). */
export function opLayer(op: TraceOp, depth: number): number {
  return 'layer' in op ? op.layer : depth;
}

/** The traced sample an operation works on; batch operations show the last one walked. */
export function opSample(op: TraceOp, trace: StepTrace): number {
  return 'sample' in op ? op.sample : trace.samples.length - 1;
}

/** Whether an operation works on the whole batch (μ_B and σ²_B, gradients, update) rather than one sample. */
export function isBatchOp(op: TraceOp): boolean {
  return !('sample' in op);
}

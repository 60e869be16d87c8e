import type { RunConfig } from '../../config/types';
import type { StepTrace } from '../../state/runTypes';
import type { TraceOp } from '../../core/trace';
import type { RunInfo } from '../../core/runInfo';

/** A trace with what the formulas need to name its functions. Layer-indexed arrays at l−1. */
export interface InspectContext {
  trace: StepTrace;
  /** Activation of layer l ('tanh', 'softmax' …). */
  activations: readonly string[];
  /** 'mse' | 'half-sse' | 'bce' | 'cce'. */
  loss: string;
  hasBias: readonly boolean[];
  /** Leaky ReLU slope or ELU α of layer l (0 where unused), as the engine uses it. */
  actParams: readonly number[];
  /** Dropout probability of layer l (0 for none and for the output layer). */
  dropout: readonly number[];
}

export function inspectContext(trace: StepTrace, info: RunInfo, config: RunConfig): InspectContext {
  const L = trace.sizes.length - 1;
  const actParams = info.activations.map((name) =>
    name === 'leaky-relu'
      ? config.network.leakySlope
      : name === 'elu'
        ? config.network.eluAlpha
        : 0,
  );
  const dropout = Array.from({ length: L }, (_, k) =>
    k < L - 1 ? (config.network.hidden[k]?.dropout ?? 0) : 0,
  );
  return {
    trace,
    activations: info.activations,
    loss: info.loss,
    hasBias: info.hasBias,
    actParams,
    dropout,
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

/** Whether an operation works on the whole batch (gradients, update) rather than one sample. */
export function isBatchOp(op: TraceOp): boolean {
  return op.kind === 'gradients' || op.kind === 'update';
}

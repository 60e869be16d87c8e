import type { OptimizerConfig } from '../config/types';
import { sampleCost } from './losses';
import { penaltyCoefficients } from './optimizers';
import type { Trainer } from './trainer';
import type { CustomSample, StepTrace as StepTraceOf, TraceOp, TracedSample } from '../core/trace';

export type { CustomSample, TraceOp, TracedSample };
/** A traced step of this engine, with the run's optimizer settings. */
export type StepTrace = StepTraceOf<OptimizerConfig>;

/**
 * A trace is one training step with every number kept, for the step inspector. It runs the
 * trainer's ordinary step and copies the buffers around it, so applying a traced step leaves
 * exactly the state a plain step leaves.
 */

/**
 * Performs one training step and returns its trace: on the next mini-batch, on the given
 * training samples, or on one custom sample (a step on hand-picked or custom samples does not
 * advance the epoch's batch order).
 */
export function traceStep(trainer: Trainer, samples?: ArrayLike<number> | CustomSample): StepTrace {
  const net = trainer.network;
  const ws = trainer.ws;
  // A step the change log took on picked samples is traced as such.
  const logged = samples === undefined ? trainer.gatherLoggedSamples() : 0;
  const rows =
    logged > 0
      ? logged
      : samples === undefined
        ? trainer.nextBatch()
        : isCustom(samples)
          ? trainer.gatherCustom(samples.inputs, samples.targets)
          : trainer.gatherSamples(samples);
  const step = trainer.stepsDone;
  const epoch = trainer.epoch;
  const weightsBefore = net.weights.map((w) => w.slice());
  const biasesBefore = net.biases.map((b) => b.slice());
  const stateBefore = copyState(trainer);
  const learningRate = trainer.learningRate;
  const optimizer = { ...trainer.optimizer };
  const penalty = penaltyCoefficients(trainer.regularization);

  const outcome = trainer.stepOnGathered(rows, samples === undefined && logged === 0);

  const { sizes, depth } = net;
  const tracedSamples: TracedSample[] = [];
  for (let r = 0; r < rows; r++) {
    const row = (buffer: Float64Array, width: number): Float64Array =>
      buffer.slice(r * width, (r + 1) * width);
    tracedSamples.push({
      index: trainer.batch.indices[r],
      target: row(ws.targets, sizes[depth]),
      z: sizes.map((n, l) => row(ws.z[l], n)),
      a: sizes.slice(1).map((n, k) => row(ws.a[k + 1], n)),
      mask: sizes.map((n, l) => {
        const m = ws.mask[l];
        return m ? row(m, n) : null;
      }),
      delta: sizes.slice(1).map((n, k) => row(ws.delta[k + 1], n)),
      cost: Number.NaN,
    });
  }
  for (const s of tracedSamples) s.cost = sampleCostOf(trainer, s);

  return {
    step,
    epoch,
    sizes: [...sizes],
    samples: tracedSamples,
    batchLoss: trainer.lastBatchLoss,
    weightGrads: trainer.grads.weights.map((g) => g.slice()),
    biasGrads: trainer.grads.biases.map((g) => g.slice()),
    penalty,
    learningRate,
    optimizer,
    optimizerStep: trainer.optimizerSteps,
    weightsBefore,
    biasesBefore,
    weightsAfter: net.weights.map((w) => w.slice()),
    biasesAfter: net.biases.map((b) => b.slice()),
    stateBefore,
    stateAfter: copyState(trainer),
    ops: traceOps(depth, rows),
    outcome,
    handPicked: samples !== undefined,
  };
}

/** The order the inspector walks: each sample forward and backward, then gradients, then updates. */
export function traceOps(depth: number, rows: number): TraceOp[] {
  const ops: TraceOp[] = [];
  for (let s = 0; s < rows; s++) {
    for (let l = 1; l <= depth; l++) {
      ops.push({ kind: 'forward-linear', layer: l, sample: s });
      ops.push({ kind: 'forward-activation', layer: l, sample: s });
    }
    ops.push({ kind: 'loss', sample: s });
    ops.push({ kind: 'output-delta', sample: s });
    for (let l = depth - 1; l >= 1; l--) ops.push({ kind: 'backward-delta', layer: l, sample: s });
  }
  for (let l = depth; l >= 1; l--) ops.push({ kind: 'gradients', layer: l });
  for (let l = 1; l <= depth; l++) ops.push({ kind: 'update', layer: l });
  return ops;
}

function isCustom(samples: ArrayLike<number> | CustomSample): samples is CustomSample {
  return 'inputs' in samples;
}

function copyState(trainer: Trainer): { first: Float64Array[]; second: Float64Array[] } {
  return {
    first: trainer.groups.map((g) => g.first.slice()),
    second: trainer.groups.map((g) => g.second.slice()),
  };
}

function sampleCostOf(trainer: Trainer, s: TracedSample): number {
  const L = trainer.network.depth;
  const width = trainer.network.sizes[L];
  return sampleCost(trainer.network.loss, s.a[L - 1], s.z[L], s.target, 0, 0, width);
}

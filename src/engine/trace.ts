import type { OptimizerConfig } from '../config/types';
import { normDeltaParts, type NormBuffers, type NormDeltaParts } from './batchNorm';
import { sampleCost } from './losses';
import { penaltyCoefficients } from './optimizers';
import type { Trainer } from './trainer';
import type {
  CustomSample,
  StepTrace as StepTraceOf,
  TraceOp,
  TracedNorm,
  TracedSample,
  TracedSampleNorm,
} from '../core/trace';

export type { CustomSample, TraceOp, TracedNorm, TracedSample };
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
  const gammaBefore = net.norm.map((bn) => bn?.gamma.slice() ?? null);
  const betaBefore = net.norm.map((bn) => bn?.beta.slice() ?? null);
  const stateBefore = copyState(trainer);
  const learningRate = trainer.learningRate;
  const optimizer = { ...trainer.optimizer };
  const penalty = penaltyCoefficients(trainer.regularization);

  const outcome = trainer.stepOnGathered(rows, samples === undefined && logged === 0);

  const { sizes, depth } = net;
  // Batch norm: the ∂C/∂a terms, from what the backward pass kept and the γ it used.
  const parts = net.norm.map((bn, k) => {
    const g = gammaBefore[k];
    return bn && g ? normDeltaParts(g, ws.norm[k + 1] as NormBuffers, rows) : null;
  });
  const tracedSamples = Array.from({ length: rows }, (_, r) => tracedSample(trainer, r, parts));
  for (const s of tracedSamples) s.cost = sampleCostOf(trainer, s);

  return {
    step,
    epoch,
    sizes: [...sizes],
    samples: tracedSamples,
    batchLoss: trainer.lastBatchLoss,
    weightGrads: trainer.grads.weights.map((g) => g.slice()),
    biasGrads: trainer.grads.biases.map((g) => g.slice()),
    norm: net.norm.map((_, k) => tracedNorm(trainer, k, parts[k], gammaBefore[k], betaBefore[k])),
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
    ops: traceOps(
      depth,
      rows,
      net.norm.map((bn) => bn !== null),
    ),
    outcome,
    handPicked: samples !== undefined,
  };
}

/** Row r of the batch as the step left the workspace: its z, a, masks, δ and batch norm. */
function tracedSample(
  trainer: Trainer,
  r: number,
  parts: readonly (NormDeltaParts | null)[],
): TracedSample {
  const ws = trainer.ws;
  const { sizes, depth } = trainer.network;
  const row = (buffer: Float64Array, width: number): Float64Array =>
    buffer.slice(r * width, (r + 1) * width);
  const sampleNorm = (k: number): TracedSampleNorm | null => {
    const buf = ws.norm[k + 1];
    const p = parts[k];
    if (!buf || !p) return null;
    const n = sizes[k + 1];
    return {
      a: row(buf.preNorm, n),
      hat: row(buf.normalized, n),
      dy: row(buf.upstream, n),
      direct: row(p.direct, n),
      viaVariance: row(p.viaVariance, n),
      viaMean: row(p.viaMean, n),
    };
  };
  return {
    index: trainer.batch.indices[r],
    target: row(ws.targets, sizes[depth]),
    z: sizes.map((n, l) => row(ws.z[l], n)),
    a: sizes.slice(1).map((n, k) => row(ws.a[k + 1], n)),
    mask: sizes.map((n, l) => {
      const m = ws.mask[l];
      return m ? row(m, n) : null;
    }),
    delta: sizes.slice(1).map((n, k) => row(ws.delta[k + 1], n)),
    norm: sizes.slice(1).map((_, k) => sampleNorm(k)),
    cost: Number.NaN,
  };
}

/**
 * Layer l−1's batch norm in a traced step (index k = l−1), or null where it has none. Reads
 * the buffers of the training pass and the layer after the step.
 */
function tracedNorm(
  trainer: Trainer,
  k: number,
  parts: NormDeltaParts | null,
  gammaBefore: Float64Array | null,
  betaBefore: Float64Array | null,
): TracedNorm | null {
  const bn = trainer.network.norm[k];
  const buf = trainer.ws.norm[k + 1];
  const grads = trainer.grads.norm[k];
  if (!bn || !buf || !grads || !parts || !gammaBefore || !betaBefore) return null;
  // γ, β groups follow every layer's W and b, two per batch-normalized layer below this one.
  const below = trainer.network.norm.slice(0, k).filter((b) => b !== null).length;
  return {
    mean: buf.mean.slice(),
    variance: buf.variance.slice(),
    invStd: buf.invStd.slice(),
    meanGrad: parts.meanGrad,
    varianceGrad: parts.varianceGrad,
    gammaBefore,
    betaBefore,
    gammaAfter: bn.gamma.slice(),
    betaAfter: bn.beta.slice(),
    gammaGrad: grads.gamma.slice(),
    betaGrad: grads.beta.slice(),
    runningMean: bn.runningMean.slice(),
    runningVar: bn.runningVar.slice(),
    group: 2 * trainer.network.depth + 2 * below,
  };
}

/**
 * The order the inspector walks: each sample forward and backward, then gradients, then
 * updates. With batch norm on any layer (`norm[l−1]`), layer by layer instead (see TraceOp).
 */
export function traceOps(depth: number, rows: number, norm: readonly boolean[] = []): TraceOp[] {
  if (norm.some(Boolean)) return normTraceOps(depth, rows, norm);
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

/** The walk of a batch-normalized network: every sample at each layer, forward then backward. */
function normTraceOps(depth: number, rows: number, norm: readonly boolean[]): TraceOp[] {
  const ops: TraceOp[] = [];
  const each = (make: (sample: number) => TraceOp): void => {
    for (let s = 0; s < rows; s++) ops.push(make(s));
  };
  for (let l = 1; l <= depth; l++) {
    each((sample) => ({ kind: 'forward-linear', layer: l, sample }));
    if (norm[l - 1]) {
      ops.push({ kind: 'norm-statistics', layer: l });
      each((sample) => ({ kind: 'norm-forward', layer: l, sample }));
    }
    each((sample) => ({ kind: 'forward-activation', layer: l, sample }));
  }
  each((sample) => ({ kind: 'loss', sample }));
  each((sample) => ({ kind: 'output-delta', sample }));
  for (let l = depth - 1; l >= 1; l--) {
    each((sample) => ({ kind: 'backward-delta', layer: l, sample }));
    if (norm[l - 1]) {
      ops.push({ kind: 'norm-gradients', layer: l });
      each((sample) => ({ kind: 'norm-backward', layer: l, sample }));
    }
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

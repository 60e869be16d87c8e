import type {
  OptimizerConfig,
  RegularizationConfig,
  RunConfig,
  ScheduleConfig,
} from '../config/types';
import type { Dataset, SampleSet } from '../data/types';
import { averageNormGradients, updateRunningStats, type NormBuffers } from './batchNorm';
import { ChangeLog } from './changeLog';
import { initializeParameters, paramGroups } from './parameters';
import { firstNonFinite } from './divergence';
import { FusedSteps } from './fusedStep';
import { averageGradients, backward, forward, Gradients, Network, Workspace } from './network';
import {
  applyUpdate,
  penaltyL1,
  penaltyL2,
  usesSecondMoment,
  type ParamGroup,
  type UpdateStats,
} from './optimizers';
import { Random, STREAMS } from '../core/random';
import type { Divergence, StepOutcome } from '../core/trace';
import { scheduledLearningRate } from './schedules';

/** Gradients larger than this are treated as divergence before they can overflow a weight. */
export const GRADIENT_LIMIT = 1e100;

export type { Divergence, StepOutcome };

/** The one successful outcome, shared so that a step allocates nothing. */
const OK: StepOutcome = Object.freeze({ ok: true });

/** The samples of the last step, kept so snapshots and traces can read its buffers. */
export interface BatchInfo {
  /** Indices into the training set. */
  indices: Int32Array;
  rows: number;
}

/**
 * Trains one network on one dataset: mini-batch order, dropout, the optimizer, the schedule and
 * regularization. Everything random comes from streams of the run's seed, so a config and a
 * dataset give the same numbers on every run, in Node and in the browser.
 */
export class Trainer {
  readonly network: Network;
  readonly dataset: Dataset;
  readonly grads: Gradients;
  /** [W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, …] with their gradients and optimizer state. */
  readonly groups: ParamGroup[];
  readonly updateStats: UpdateStats;
  /** Training-step buffers: the last batch's a, z, δ stay here until the next step. */
  readonly ws: Workspace;
  /** Settings that may change between two steps. */
  optimizer: OptimizerConfig;
  schedule: ScheduleConfig;
  regularization: RegularizationConfig;

  /** Steps completed. */
  stepsDone = 0;
  /** Epochs completed (passes through the whole training set). */
  epoch = 0;
  /** Updates made by the current optimizer (Adam's t); restarts when the optimizer changes. */
  optimizerSteps = 0;
  /** Mean cost of the last step's batch, before its update. */
  lastBatchLoss = Number.NaN;
  /** The learning rate the last step used. */
  lastLearningRate = Number.NaN;
  /** Steps taken by the fused step (fusedStep.ts) rather than layer by layer. */
  stepsFused = 0;
  readonly batch: BatchInfo;

  private readonly batchSize: number;
  private readonly order: Int32Array;
  private cursor = 0;
  private needsShuffle = true;
  private readonly shuffleRandom: Random;
  private readonly dropoutRandom: Random;
  /** The run's logged live changes, replayed when their step comes. */
  private readonly log: ChangeLog;
  /** The network's whole step written out, when it has one (fusedStep.ts). */
  private readonly fused: FusedSteps;

  constructor(config: RunConfig, dataset: Dataset) {
    this.dataset = dataset;
    const { inputSize, outputSize } = dataset;
    this.network = new Network(inputSize, outputSize, config.network, config.mathsVersion);
    initializeParameters(this.network, config);
    this.optimizer = { ...config.training.optimizer };
    this.schedule = { ...config.training.schedule };
    this.regularization = { ...config.training.regularization };
    const trainCount = dataset.train.count;
    this.batchSize = Math.max(1, Math.min(config.training.batchSize, trainCount));
    this.ws = new Workspace(this.network, this.batchSize);
    this.grads = new Gradients(this.network);
    this.fused = new FusedSteps(this.network, this.ws, this.grads, this.batchSize, GRADIENT_LIMIT);
    const secondMoment = usesSecondMoment(this.optimizer.kind);
    this.groups = paramGroups(this.network, this.grads, undefined, secondMoment);
    const groups = this.groups.length;
    this.updateStats = { updateSq: new Float64Array(groups), paramSq: new Float64Array(groups) };
    this.order = new Int32Array(trainCount);
    for (let k = 0; k < trainCount; k++) this.order[k] = k;
    this.batch = { indices: new Int32Array(this.batchSize), rows: 0 };
    this.shuffleRandom = new Random(config.seed, STREAMS.shuffle);
    this.dropoutRandom = new Random(config.seed, STREAMS.dropout);
    this.log = new ChangeLog(config.changes);
    this.log.applyDue(this);
  }

  /** How many of the run's logged changes have been applied so far. */
  get changesApplied(): number {
    return this.log.applied;
  }

  /** The mini-batch size in use (the configured size, at most the training-set size). */
  get effectiveBatchSize(): number {
    return this.batchSize;
  }

  /** Steps in one epoch: ⌈N / B⌉ (the last batch of an epoch may be smaller). */
  get stepsPerEpoch(): number {
    return Math.ceil(this.dataset.train.count / this.batchSize);
  }

  /** The learning rate the next step will use. */
  get learningRate(): number {
    return scheduledLearningRate(
      this.optimizer.learningRate,
      this.schedule,
      this.epoch,
      this.stepsDone,
    );
  }

  /** One training step on the next mini-batch (or on the samples the change log says). */
  step(): StepOutcome {
    return this.takeStep(true);
  }

  /**
   * When the change log says the coming step was taken on hand-picked or typed-in samples,
   * gathers them and returns their count (else 0). Such a step does not advance the epoch.
   */
  gatherLoggedSamples(): number {
    const due = this.log.takeSampleChange(this.stepsDone);
    if (due === null) return 0;
    if (due.kind === 'samples') {
      const train = this.dataset.train.count;
      const picked = due.samples.filter((s) => s < train);
      return picked.length > 0 ? this.gatherSamples(picked) : 0;
    }
    const { inputSize, outputSize } = this.network;
    if (due.inputs.length !== inputSize || due.targets.length !== outputSize) return 0;
    return this.gatherCustom(due.inputs, due.targets);
  }

  /**
   * One training step on the given training samples instead of the next mini-batch (for the
   * inspector's one-sample steps). The epoch's batch order is not advanced.
   */
  stepOnSamples(indices: ArrayLike<number>): StepOutcome {
    const rows = this.gatherSamples(indices);
    return this.stepOnGathered(rows, false);
  }

  /**
   * Up to `count` steps; stops early at divergence. Returns the divergence or null. Only the
   * last step works out the update statistics (updateStats): nothing can read those of the
   * steps before it. When a later step diverges, they are NaN (that update's are unknown).
   */
  run(count: number): Divergence | null {
    for (let k = 0; k < count; k++) {
      const outcome = this.takeStep(k === count - 1);
      if (!outcome.ok) {
        if (k > 0) {
          this.updateStats.updateSq.fill(Number.NaN);
          this.updateStats.paramSq.fill(Number.NaN);
        }
        return outcome.divergence;
      }
    }
    return null;
  }

  private takeStep(stats: boolean): StepOutcome {
    if (this.log.pending) {
      const rows = this.gatherLoggedSamples();
      if (rows > 0) return this.stepOnGathered(rows, false, stats);
    }
    const rows = this.nextBatch();
    if (!stats && this.stepFused(rows)) return OK;
    return this.stepOnGathered(rows, true, stats);
  }

  /**
   * Prepares the next batch of the epoch in the workspace (inputs, targets, dropout masks)
   * without training on it. Returns its size. `step()` calls this; the tracer does too.
   */
  nextBatch(): number {
    const train = this.dataset.train;
    if (this.needsShuffle) {
      this.shuffleRandom.shuffle(this.order);
      this.needsShuffle = false;
    }
    const rows = Math.min(this.batchSize, train.count - this.cursor);
    const idx = this.batch.indices;
    for (let r = 0; r < rows; r++) idx[r] = this.order[this.cursor + r];
    this.gather(train, rows);
    return rows;
  }

  /** Gathers the given training samples as the batch. Returns the batch size. */
  gatherSamples(indices: ArrayLike<number>): number {
    const train = this.dataset.train;
    const rows = Math.min(indices.length, this.batchSize);
    for (let r = 0; r < rows; r++) {
      const s = indices[r];
      if (!(s >= 0 && s < train.count))
        throw new RangeError(`sample ${s} is not in the training set`);
      this.batch.indices[r] = s;
    }
    this.gather(train, rows);
    return rows;
  }

  /**
   * Gathers one sample that is not in the training set — its network inputs and encoded targets
   * given directly (the inspector's typed-in values) — as a batch of one, with a fresh dropout
   * mask. Its index is −1. Returns the batch size, 1.
   */
  gatherCustom(inputs: ArrayLike<number>, targets: ArrayLike<number>): number {
    const nIn = this.network.inputSize;
    const nOut = this.network.outputSize;
    if (inputs.length !== nIn || targets.length !== nOut) {
      throw new RangeError(`a custom sample needs ${nIn} inputs and ${nOut} targets`);
    }
    for (let i = 0; i < nIn; i++) this.ws.z[0][i] = inputs[i];
    for (let k = 0; k < nOut; k++) this.ws.targets[k] = targets[k];
    this.batch.indices[0] = -1;
    this.batch.rows = 1;
    this.fillDropoutMasks(1);
    return 1;
  }

  /**
   * Forward, backward and update on the batch already in the workspace. `advance` moves the
   * epoch cursor (false for hand-picked samples); `stats` false skips the update statistics.
   * Exposed for the tracer, which runs the very same code and copies the buffers around it.
   */
  stepOnGathered(rows: number, advance: boolean, stats = true): StepOutcome {
    const net = this.network;
    const ws = this.ws;
    forward(net, ws, rows, true);
    // backward writes the gradients over the last step's: no clearing pass.
    const cost = backward(net, ws, this.grads, rows, true);
    const loss = cost / rows;
    this.lastBatchLoss = loss;
    if (!Number.isFinite(loss)) return this.diverge(firstNonFinite(net, ws, rows));
    // Batch norm (when on): ∂C/∂γ and ∂C/∂β are batch means too.
    const exploded =
      averageGradients(this.grads, net.depth, rows, GRADIENT_LIMIT) ||
      averageNormGradients(this.grads.norm, rows, GRADIENT_LIMIT);
    if (exploded > 0) {
      return this.diverge({
        layer: exploded,
        stage: 'gradient',
        message: `the gradient of layer ${exploded} is not finite or exceeds ${GRADIENT_LIMIT}`,
      });
    }
    const lr = this.learningRate;
    this.lastLearningRate = lr;
    const l1 = penaltyL1(this.regularization);
    const l2 = penaltyL2(this.regularization);
    this.optimizerSteps++;
    const updateStats = stats ? this.updateStats : null;
    applyUpdate(this.groups, this.optimizer, lr, this.optimizerSteps, l1, l2, updateStats);
    // Batch norm (when on): the running estimates move towards this batch's statistics.
    for (let l = 0; l < net.depth; l++) {
      const bn = net.norm[l];
      if (bn) updateRunningStats(bn, ws.norm[l + 1] as NormBuffers, rows);
    }
    this.finishStep(rows, advance);
    return OK;
  }

  /** Takes the step by the fused step (fusedStep.ts) when the network has one. */
  private stepFused(rows: number): boolean {
    if (rows !== this.batchSize) return false;
    const l1 = penaltyL1(this.regularization);
    const l2 = penaltyL2(this.regularization);
    const sgd = this.optimizer.kind === 'sgd' && l1 === 0 && l2 === 0;
    const step = this.fused.get(sgd);
    if (step === null) return false;
    const io = this.fused.io;
    const lr = this.learningRate;
    io[0] = lr;
    if (!step()) return false; // diverging: the layer-by-layer step tells where
    this.lastBatchLoss = io[1] / rows;
    this.lastLearningRate = lr;
    this.optimizerSteps++;
    if (!sgd) applyUpdate(this.groups, this.optimizer, lr, this.optimizerSteps, l1, l2, null);
    this.stepsFused++;
    this.finishStep(rows, true);
    return true;
  }

  private finishStep(rows: number, advance: boolean): void {
    this.stepsDone++;
    if (this.log.pending) this.log.applyDue(this);
    if (!advance) return;
    this.cursor += rows;
    if (this.cursor >= this.dataset.train.count) {
      this.cursor = 0;
      this.epoch++;
      this.needsShuffle = true;
    }
  }

  /** Changes the optimizer's hyper-parameters; switching to another optimizer restarts its state. */
  setOptimizer(next: OptimizerConfig): void {
    if (next.kind !== this.optimizer.kind) {
      for (const g of this.groups) {
        g.first.fill(0);
        g.second.fill(0);
      }
      this.optimizerSteps = 0;
      if (usesSecondMoment(next.kind) && this.groups[0].second.length === 0) {
        // Adam needs a second moment the other optimizers did not allocate.
        const grown = paramGroups(this.network, this.grads, this.groups, true);
        this.groups.splice(0, this.groups.length, ...grown);
      }
    }
    this.optimizer = { ...next };
  }

  setSchedule(next: ScheduleConfig): void {
    this.schedule = { ...next };
  }

  setRegularization(next: RegularizationConfig): void {
    this.regularization = { ...next };
  }

  /** w⁽ˡ⁾ⱼᵢ ← value (layer is 1-based). Applies from the next step. */
  setWeight(layer: number, to: number, from: number, value: number): void {
    const nIn = this.network.sizes[layer - 1];
    this.network.weights[layer - 1][to * nIn + from] = value;
  }

  /** b⁽ˡ⁾ⱼ ← value (layer is 1-based). */
  setBias(layer: number, to: number, value: number): void {
    this.network.biases[layer - 1][to] = value;
  }

  /** Gathers samples of `set` into the workspace's first rows (inputs and targets). */
  private gather(set: SampleSet, rows: number): void {
    const { inputSize: nIn, outputSize: nOut } = this.network;
    const z0 = this.ws.z[0];
    const y = this.ws.targets;
    const idx = this.batch.indices;
    const inputs = set.inputs;
    const targets = set.targets;
    // Plain loops: subarray() would allocate two views per sample on every step.
    for (let r = 0; r < rows; r++) {
      const s = idx[r];
      const from = s * nIn;
      const to = r * nIn;
      for (let i = 0; i < nIn; i++) z0[to + i] = inputs[from + i];
      const tFrom = s * nOut;
      const tTo = r * nOut;
      for (let k = 0; k < nOut; k++) y[tTo + k] = targets[tFrom + k];
    }
    this.batch.rows = rows;
    this.fillDropoutMasks(rows);
  }

  /** Inverted dropout: keep a unit with probability 1−p and scale it by 1/(1−p). */
  private fillDropoutMasks(rows: number): void {
    const { sizes, dropout } = this.network;
    for (let l = 1; l < sizes.length - 1; l++) {
      const mask = this.ws.mask[l];
      if (mask === null) continue;
      const p = dropout[l - 1];
      const keep = 1 / (1 - p);
      const n = rows * sizes[l];
      for (let k = 0; k < n; k++) mask[k] = this.dropoutRandom.next() < p ? 0 : keep;
    }
  }

  private diverge(where: Omit<Divergence, 'step'>): StepOutcome {
    return { ok: false, divergence: { step: this.stepsDone, ...where } };
  }
}

export { setParameters } from './parameters';

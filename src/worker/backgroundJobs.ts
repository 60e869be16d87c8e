/**
 * The work the session does besides training: measuring train/test loss for the curve,
 * computing output maps, and gradient checks. They share ONE time budget, so together they
 * never take more than BACKGROUND_SHARE of the worker's time and training keeps its pace
 * however many of them are asked for.
 */
import { msg } from '../core/i18n/message';
import type { Predictions } from '../core/confusion';
import type { GradientCheck, HistoryPoint, OutputMap } from '../core/runInfo';
import type { Dataset } from '../data/types';
import { Evaluator, gradientCheck, type SnapshotMetrics, type Trainer } from '../engine';
import { customInputsOf } from './customSample';
import { computeOutputMap, mapNeuronCount } from './outputMap';
import type { WorkerCommand, WorkerEvent } from './protocol';
import { capped, emptyMetrics } from './runFacts';

/** Background jobs may use at most about this share of the worker's time, all together. */
export const BACKGROUND_SHARE = 0.06;
/** At most this many samples' raw values per 'sample-images' answer. */
const MAX_SAMPLE_IMAGES = 64;
/** Even when a job is quick, the next one waits at least this long (the display gains nothing). */
const MIN_INTERVAL_MS = 30;
/**
 * While playing, a job of one kind comes at most this often (ms): the loss curve gains nothing
 * from points closer than a few frames apart, and a new output map makes the page repaint
 * every neuron's heat map (tens of canvases), which 10 times a second shows as smoothly as 30.
 * The time saved goes to training, on the worker and on the page.
 */
export const JOB_INTERVAL_MS = { evaluation: 50, map: 100 } as const;

/** When the next background job may start: each job's time pushes it out by time / share. */
export class TimeBudget {
  private nextAt = 0;

  constructor(private readonly now: () => number) {}

  get due(): boolean {
    return this.now() >= this.nextAt;
  }

  /** Runs `job` and charges its time to the budget. */
  charge<T>(job: () => T): T {
    const start = this.now();
    const result = job();
    const took = this.now() - start;
    this.nextAt = this.now() + Math.max(MIN_INTERVAL_MS, took / BACKGROUND_SHARE);
    return result;
  }

  reset(): void {
    this.nextAt = 0;
  }
}

export class BackgroundJobs {
  /** The newest train/test figures, written into every snapshot. */
  metrics: SnapshotMetrics = emptyMetrics();
  /** Loss-curve points measured since the last snapshot went out. */
  pendingHistory: HistoryPoint[] = [];
  /** The predicted classes of the newest evaluation, until a snapshot takes them. */
  pendingPredictions: Predictions | null = null;
  /** Output-map resolution (cells per side); 0 stops the maps. */
  mapCells = 48;
  latestMap: OutputMap | null = null;
  private readonly budget: TimeBudget;
  private trainer: Trainer | null = null;
  private dataset: Dataset | null = null;
  private evaluator: Evaluator | null = null;
  private evaluatedStep = -1;
  private mapStep = -1;
  /** Whose turn it is when the budget allows one job: evaluation (0) or the map (1). */
  private turn = 0;
  /** Earliest time of the next evaluation and of the next map while playing. */
  private nextEvaluationAt = 0;
  private nextMapAt = 0;
  private readonly now: () => number;

  constructor(now: () => number) {
    this.budget = new TimeBudget(now);
    this.now = now;
  }

  /** A new run: nothing measured yet. */
  start(trainer: Trainer, dataset: Dataset): void {
    this.trainer = trainer;
    this.dataset = dataset;
    this.evaluator = new Evaluator(trainer.network);
    this.metrics = emptyMetrics();
    this.pendingHistory = [];
    this.pendingPredictions = null;
    this.evaluatedStep = -1;
    this.mapStep = -1;
    this.latestMap = null;
    this.budget.reset();
    this.nextEvaluationAt = 0;
    this.nextMapAt = 0;
  }

  get due(): boolean {
    return this.budget.due;
  }

  /** The map must be computed again (its resolution changed). */
  invalidateMap(): void {
    this.mapStep = -1;
  }

  /**
   * Runs what is due: with `force` (a pause, a step, an edit) the evaluation and the map at
   * once; otherwise, when the budget allows, one of them in turn. Returns a new map, if any.
   */
  runDue(force: boolean): OutputMap | null {
    if (force) {
      this.evaluate();
      return this.outputMap();
    }
    for (let tries = 0; tries < 2 && this.budget.due; tries++) {
      const job = this.turn;
      this.turn = 1 - this.turn;
      const now = this.now();
      if (job === 0 && now >= this.nextEvaluationAt && this.evaluate()) {
        this.nextEvaluationAt = now + JOB_INTERVAL_MS.evaluation;
        return null;
      }
      if (job === 1 && now >= this.nextMapAt) {
        const map = this.outputMap();
        if (map) {
          this.nextMapAt = now + JOB_INTERVAL_MS.map;
          return map;
        }
      }
    }
    return null;
  }

  /** Hands over the loss-curve points measured since the last call. */
  takeHistory(): HistoryPoint[] {
    const points = this.pendingHistory;
    this.pendingHistory = [];
    return points;
  }

  /** Hands over the newest evaluation's predicted classes (null when none is new). */
  takePredictions(): Predictions | null {
    const predictions = this.pendingPredictions;
    this.pendingPredictions = null;
    return predictions;
  }

  /**
   * Measures train/test loss (on at most EVAL_SAMPLE_CAP samples each) and records a point;
   * for classification it keeps each sample's predicted class (the confusion matrix's counts),
   * read off the same forward pass. Returns false when the step was already measured.
   */
  evaluate(): boolean {
    const t = this.trainer;
    const ev = this.evaluator;
    const ds = this.dataset;
    if (!t || !ev || !ds || this.evaluatedStep === t.stepsDone) return false;
    const trainSet = capped(ds.train);
    const testSet = capped(ds.test);
    // New arrays each time: they are transferred to the page with the snapshot.
    const predictions: Predictions | null =
      ds.task === 'regression'
        ? null
        : {
            step: t.stepsDone,
            train: new Int32Array(trainSet.count),
            test: new Int32Array(testSet.count),
          };
    const [train, test] = this.budget.charge(() => [
      ev.evaluate(trainSet, ds, predictions?.train),
      ev.evaluate(testSet, ds, predictions?.test),
    ]);
    this.pendingPredictions = predictions;
    this.metrics = {
      trainLoss: train.loss,
      trainAccuracy: train.accuracy,
      testLoss: test.loss,
      testAccuracy: test.accuracy,
      evaluatedAt: t.stepsDone,
    };
    this.evaluatedStep = t.stepsDone;
    this.pendingHistory.push({
      step: t.stepsDone,
      epoch: t.epoch,
      trainLoss: train.loss,
      testLoss: test.loss,
      trainAccuracy: train.accuracy,
      testAccuracy: test.accuracy,
      learningRate: t.learningRate,
      batchLoss: t.lastBatchLoss,
    });
    return true;
  }

  /** Answers a question about the run that trains nothing (both too cheap to charge to the budget). */
  answer(
    runId: number,
    command: Extract<WorkerCommand, { type: 'predict' } | { type: 'sample-images' }>,
  ): WorkerEvent {
    if (command.type === 'predict') return this.prediction(runId, command.id, command.raw);
    const set = this.dataset?.[command.set];
    const width = this.dataset?.rawSize ?? 0;
    const indices = set
      ? command.indices
          .filter((s) => Number.isInteger(s) && s >= 0 && s < set.count)
          .slice(0, MAX_SAMPLE_IMAGES)
      : [];
    const raw = new Float64Array(indices.length * width);
    indices.forEach(
      (s, k) => set && raw.set(set.raw.subarray(s * width, (s + 1) * width), k * width),
    );
    return { type: 'sample-images', runId, set: command.set, indices, raw };
  }

  /**
   * The network's output for raw values (a drawn digit) with the current parameters: one
   * forward pass, no dropout, nothing trained.
   */
  private prediction(runId: number, id: number, raw: number[]): WorkerEvent {
    const t = this.trainer;
    const ev = this.evaluator;
    const ds = this.dataset;
    if (!t || !ev || !ds)
      return { type: 'prediction', runId, id, step: 0, outputs: msg('problem.custom.noRun') };
    const inputs = customInputsOf(ds, raw);
    if (!(inputs instanceof Float64Array)) {
      return { type: 'prediction', runId, id, step: t.stepsDone, outputs: inputs };
    }
    let outputs: number[] = [];
    ev.forwardInputs(inputs, 1, () => {
      outputs = Array.from(ev.ws.z[t.network.depth].subarray(0, t.network.outputSize));
    });
    return { type: 'prediction', runId, id, step: t.stepsDone, outputs };
  }

  /** The check of backprop against finite differences, charged to the same budget. */
  gradientCheck(): GradientCheck | null {
    const t = this.trainer;
    if (!t) return null;
    return this.budget.charge(() => gradientCheck(t.network, t.dataset));
  }

  private outputMap(): OutputMap | null {
    const t = this.trainer;
    const ds = this.dataset;
    if (!t || !ds || this.mapCells === 0 || this.mapStep === t.stepsDone) return null;
    if (mapNeuronCount(t.network, ds) === 0) return null;
    const step = t.stepsDone;
    const map = this.budget.charge(() => computeOutputMap(t.network, ds, this.mapCells, step));
    this.mapStep = step;
    this.latestMap = map;
    return map;
  }
}

import type { Dataset, DatasetAssets } from '../data/types';
import {
  Evaluator,
  SnapshotWriter,
  gradientCheck,
  type Trainer,
  traceStep,
  type SnapshotMetrics,
} from '../engine';
import { describeChanges, diffSettings } from '../config/changes';
import type { LiveChange, RunConfig } from '../config/types';
import { prepareRun } from '../run/prepare';
import { capped, emptyMetrics, inShape, runInfo, trainingOf } from './runFacts';
import { customSampleOf } from './customSample';
import { computeOutputMap, mapNeuronCount } from './outputMap';
import {
  STEPS_PER_FRAME,
  type HistoryPoint,
  type OutputMap,
  type Speed,
  type WorkerCommand,
  type WorkerEvent,
} from './protocol';

/** What the session needs from its host (the worker global, or a test double). */
export interface SessionHost {
  post(event: WorkerEvent, transfer?: Transferable[]): void;
  now(): number;
  /** Run `task` as soon as possible after pending messages (a macrotask). */
  soon(task: () => void): void;
  /** Run `task` after about `ms` milliseconds. */
  later(task: () => void, ms: number): void;
  loadAssets(config: RunConfig): Promise<DatasetAssets>;
}

/** Longest stretch of training between two looks at the message queue. */
const SLICE_MS = 12;
/** Snapshots are sent at most this often (display rate). */
const SNAPSHOT_INTERVAL_MS = 15;
/** Evaluations and maps may use at most about this share of the worker's time. */
const BACKGROUND_SHARE = 0.06;
const WARMUP_REPORT_MS = 100;

/**
 * One training session in the worker: owns the trainer, trains while playing in short slices,
 * and streams snapshots at display rate. Commands are handled between two slices, so every
 * change takes effect between two training steps.
 */
export class TrainingSession {
  private readonly host: SessionHost;
  private runId = 0;
  private config: RunConfig | null = null;
  private trainer: Trainer | null = null;
  private dataset: Dataset | null = null;
  private writer: SnapshotWriter | null = null;
  private evaluator: Evaluator | null = null;
  private pool: ArrayBuffer[] = [];
  private playing = false;
  private speed: Speed = 'max';
  private loopScheduled = false;
  private focus = 0;
  private mapCells = 48;
  private lastSnapshotAt = -Infinity;
  private dirty = true;
  private pendingHistory: HistoryPoint[] = [];
  private metrics: SnapshotMetrics = emptyMetrics();
  private lastEvalStep = -1;
  private nextEvalAt = 0;
  private lastMap: OutputMap | null = null;
  private mapStep = -1;
  private nextMapAt = 0;
  private stepsPerCheck = 1;
  private warmupCancelled = false;
  /** A forced snapshot could not be sent for want of a buffer. */
  private flushOwed = false;
  /** Logged changes already reported to the page. */
  private replayedReported = 0;

  constructor(host: SessionHost) {
    this.host = host;
  }

  handle(command: WorkerCommand): void {
    switch (command.type) {
      case 'init':
        void this.init(command.config, command.runId);
        return;
      case 'play':
        if (!this.trainer) return;
        this.playing = true;
        this.schedule();
        return;
      case 'pause':
        this.playing = false;
        // The last snapshot said "playing": the page must hear about the pause even when no
        // step was trained since.
        this.dirty = true;
        this.flush(true);
        return;
      case 'step':
        this.playing = false;
        this.train(command.count);
        this.flush(true);
        return;
      case 'speed':
        this.speed = command.speed;
        return;
      case 'set-optimizer':
        this.changeSettings((t) => t.setOptimizer(command.optimizer));
        return;
      case 'set-schedule':
        this.changeSettings((t) => t.setSchedule(command.schedule));
        return;
      case 'set-regularization':
        this.changeSettings((t) => t.setRegularization(command.regularization));
        return;
      case 'set-weight': {
        const t = this.trainer;
        if (!t || !inShape(t, command.layer, command.to, command.from)) return;
        t.setWeight(command.layer, command.to, command.from, command.value);
        const { layer, to, from, value } = command;
        this.applied([{ step: t.stepsDone, kind: 'weight', layer, to, from, value }], false);
        this.flush(true);
        return;
      }
      case 'set-bias': {
        const t = this.trainer;
        // A layer without bias keeps its biases at zero: an edit there would be used by the
        // forward pass but never trained, so it is refused.
        if (!t || !inShape(t, command.layer, command.to, 0)) return;
        if (!t.network.hasBias[command.layer - 1]) return;
        t.setBias(command.layer, command.to, command.value);
        const { layer, to, value } = command;
        this.applied([{ step: t.stepsDone, kind: 'bias', layer, to, value }], false);
        this.flush(true);
        return;
      }
      case 'focus':
        this.focus = command.sample;
        // The focus sample's numbers are part of the snapshot: send a new one even while paused.
        this.dirty = true;
        this.flush(true);
        return;
      case 'map-resolution':
        this.mapCells = Math.max(0, Math.min(128, Math.trunc(command.cells)));
        this.mapStep = -1;
        this.flush(true);
        return;
      case 'recycle':
        if (this.writer && command.buffer.byteLength === this.writer.layout.length * 8) {
          this.pool.push(command.buffer);
          // A forced snapshot (pause, step, edit) that found no free buffer goes out now.
          if (this.flushOwed || (this.dirty && !this.playing)) this.flush(true);
        }
        return;
      case 'cancel-warmup':
        this.warmupCancelled = true;
        return;
      case 'trace': {
        const t = this.trainer;
        if (!t) return;
        this.playing = false;
        const custom =
          command.custom && this.dataset ? customSampleOf(this.dataset, command.custom) : null;
        if (typeof custom === 'string') {
          this.fail(this.runId, custom);
          return;
        }
        const trace = traceStep(t, custom ?? command.samples ?? undefined);
        // A step on picked or typed-in samples goes into the change log, so links replay it.
        if (trace.outcome.ok) {
          if (custom) {
            this.applied(
              [
                {
                  step: trace.step,
                  kind: 'custom',
                  inputs: Array.from(custom.inputs),
                  targets: Array.from(custom.targets),
                },
              ],
              false,
            );
          } else if (command.samples) {
            const samples = trace.samples.map((s) => s.index);
            this.applied([{ step: trace.step, kind: 'samples', samples }], false);
          }
        }
        this.reportReplayedChanges();
        this.host.post({ type: 'trace', runId: this.runId, trace });
        if (!trace.outcome.ok) {
          this.host.post({
            type: 'diverged',
            runId: this.runId,
            divergence: trace.outcome.divergence,
          });
        }
        this.dirty = true;
        this.flush(true);
        return;
      }
      case 'gradient-check': {
        const t = this.trainer;
        if (!t) return;
        const result = gradientCheck(t.network, t.dataset);
        this.host.post({ type: 'gradient-check', runId: this.runId, result });
        return;
      }
    }
  }

  private async init(config: RunConfig, runId: number): Promise<void> {
    this.runId = runId;
    this.playing = false;
    this.trainer = null;
    this.config = config;
    let assets: DatasetAssets;
    try {
      assets = await this.host.loadAssets(config);
    } catch (error) {
      this.fail(runId, error instanceof Error ? error.message : String(error));
      return;
    }
    if (runId !== this.runId) return; // a newer init arrived meanwhile
    const prepared = prepareRun(config, assets);
    if (!prepared.ok) {
      this.fail(runId, prepared.error);
      return;
    }
    // One message, one line per warning: the page shows them as one notice.
    if (prepared.warnings.length > 0)
      this.host.post({ type: 'error', runId, message: prepared.warnings.join('\n') });
    const { trainer, dataset } = prepared;
    this.trainer = trainer;
    this.dataset = dataset;
    this.writer = new SnapshotWriter(trainer);
    this.evaluator = new Evaluator(trainer.network);
    this.pool = [
      this.writer.allocate().buffer,
      this.writer.allocate().buffer,
      this.writer.allocate().buffer,
    ];
    this.metrics = emptyMetrics();
    this.pendingHistory = [];
    this.lastEvalStep = -1;
    this.nextEvalAt = 0;
    this.lastMap = null;
    this.mapStep = -1;
    this.nextMapAt = 0;
    this.replayedReported = 0;
    this.focus = Math.min(config.open.focusSample, Math.max(0, dataset.train.count - 1));
    this.host.post({ type: 'ready', info: runInfo(runId, trainer, dataset) });
    this.reportReplayedChanges();
    this.evaluate();
    await this.warmup(config.open.step, runId);
    if (runId !== this.runId) return;
    this.dirty = true;
    this.flush(true);
  }

  /** Trains to the step a link opens at, reporting progress and yielding to messages. */
  private async warmup(target: number, runId: number): Promise<void> {
    const t = this.trainer;
    if (!t || target <= 0) return;
    this.warmupCancelled = false;
    let lastReport = this.host.now();
    while (t.stepsDone < target && !this.warmupCancelled && runId === this.runId) {
      const sliceEnd = this.host.now() + SLICE_MS * 4;
      while (t.stepsDone < target && this.host.now() < sliceEnd) {
        const before = this.host.now();
        const diverged = t.run(Math.min(this.stepsPerCheck, target - t.stepsDone));
        if (diverged) {
          this.reportReplayedChanges();
          this.host.post({ type: 'diverged', runId, divergence: diverged });
          return;
        }
        this.adaptStepsPerCheck(this.host.now() - before);
        // The loss curve fills in during warm-up too, within the same time budget.
        if (this.host.now() >= this.nextEvalAt) this.evaluate();
      }
      if (this.host.now() - lastReport > WARMUP_REPORT_MS) {
        lastReport = this.host.now();
        this.host.post({ type: 'warmup', runId, done: t.stepsDone, total: target });
      }
      await new Promise<void>((resolve) => this.host.soon(resolve));
    }
    this.reportReplayedChanges();
    this.host.post({ type: 'warmup', runId, done: t.stepsDone, total: target });
    this.evaluate();
  }

  /** Looks at the clock about once a millisecond, whatever a step costs. */
  private adaptStepsPerCheck(took: number): void {
    if (took < 0.5) this.stepsPerCheck = Math.min(this.stepsPerCheck * 2, 1 << 16);
    else if (took > 2 && this.stepsPerCheck > 1) this.stepsPerCheck >>= 1;
  }

  private schedule(): void {
    if (this.loopScheduled || !this.playing) return;
    this.loopScheduled = true;
    const finite = Number.isFinite(STEPS_PER_FRAME[this.speed]);
    const run = (): void => {
      this.loopScheduled = false;
      this.loop();
    };
    if (finite) this.host.later(run, 16);
    else this.host.soon(run);
  }

  private loop(): void {
    if (!this.playing || !this.trainer) return;
    const perFrame = STEPS_PER_FRAME[this.speed];
    if (Number.isFinite(perFrame)) {
      this.train(perFrame);
    } else {
      const end = this.host.now() + SLICE_MS;
      while (this.playing && this.host.now() < end) {
        const before = this.host.now();
        if (!this.train(this.stepsPerCheck)) break;
        this.adaptStepsPerCheck(this.host.now() - before);
      }
    }
    this.flush(false);
    this.schedule();
  }

  /** Trains up to `count` steps. Returns false when training stopped at a divergence. */
  private train(count: number): boolean {
    const t = this.trainer;
    if (!t) return false;
    const diverged = t.run(count);
    this.dirty = true;
    this.reportReplayedChanges();
    if (diverged) {
      this.playing = false;
      this.host.post({ type: 'diverged', runId: this.runId, divergence: diverged });
      this.flush(true);
      return false;
    }
    return true;
  }

  /** Sends the newest state if a buffer is free and it is time (or `force`). */
  private flush(force: boolean): void {
    const t = this.trainer;
    const writer = this.writer;
    if (!t || !writer) return;
    const now = this.host.now();
    if (!force && now - this.lastSnapshotAt < SNAPSHOT_INTERVAL_MS) return;
    if (force || now >= this.nextEvalAt) this.evaluate();
    const map = force || now >= this.nextMapAt ? this.outputMap() : null;
    if (!this.dirty && !map && this.pendingHistory.length === 0) return;
    const buffer = this.pool.pop();
    if (!buffer) {
      // The page has not drawn the last ones yet: coalesce. A forced snapshot is owed and
      // goes out as soon as a buffer comes back, so a pause is never left unreported.
      if (force) this.flushOwed = true;
      return;
    }
    this.flushOwed = false;
    const snap = new Float64Array(buffer);
    writer.write(snap, this.focus, this.metrics);
    const transfer: Transferable[] = [buffer];
    if (map) transfer.push(map.values.buffer);
    this.host.post(
      {
        type: 'snapshot',
        runId: this.runId,
        snapshot: buffer,
        history: this.pendingHistory,
        map,
        playing: this.playing,
      },
      transfer,
    );
    this.pendingHistory = [];
    this.lastSnapshotAt = now;
    this.dirty = false;
  }

  /** Measures train/test loss (on at most EVAL_SAMPLE_CAP samples each) and records a point. */
  private evaluate(): void {
    const t = this.trainer;
    const ev = this.evaluator;
    const ds = this.dataset;
    if (!t || !ev || !ds || this.lastEvalStep === t.stepsDone) return;
    const start = this.host.now();
    const train = ev.evaluate(capped(ds.train), ds);
    const test = ev.evaluate(capped(ds.test), ds);
    this.metrics = {
      trainLoss: train.loss,
      trainAccuracy: train.accuracy,
      testLoss: test.loss,
      testAccuracy: test.accuracy,
      evaluatedAt: t.stepsDone,
    };
    this.lastEvalStep = t.stepsDone;
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
    const took = this.host.now() - start;
    this.nextEvalAt = this.host.now() + Math.max(30, took / BACKGROUND_SHARE);
  }

  private outputMap(): OutputMap | null {
    const t = this.trainer;
    const ds = this.dataset;
    if (!t || !ds || this.mapCells === 0 || this.mapStep === t.stepsDone) return null;
    if (mapNeuronCount(t.network, ds) === 0) return null;
    const start = this.host.now();
    const map = computeOutputMap(t.network, ds, this.mapCells, t.stepsDone);
    this.mapStep = t.stepsDone;
    this.lastMap = map;
    const took = this.host.now() - start;
    this.nextMapAt = this.host.now() + Math.max(30, took / BACKGROUND_SHARE);
    return map;
  }

  /** Applies a settings edit between two steps and reports what changed. */
  private changeSettings(edit: (trainer: Trainer) => void): void {
    const t = this.trainer;
    if (!t) return;
    const before = trainingOf(t);
    edit(t);
    const changes = diffSettings(before, trainingOf(t), t.stepsDone);
    if (changes.length > 0) this.applied(changes, false);
  }

  private applied(changes: LiveChange[], fromLog: boolean): void {
    const t = this.trainer;
    if (!t) return;
    const what = describeChanges(changes);
    this.host.post({
      type: 'applied',
      runId: this.runId,
      step: changes[0].step,
      what,
      changes,
      fromLog,
    });
    this.dirty = true;
  }

  /** Reports the logged changes the trainer replayed since the last look. */
  private reportReplayedChanges(): void {
    const t = this.trainer;
    const config = this.config;
    if (!t || !config) return;
    while (this.replayedReported < t.changesApplied) {
      const first = config.changes[this.replayedReported];
      const group: LiveChange[] = [];
      while (
        this.replayedReported < t.changesApplied &&
        config.changes[this.replayedReported].step === first.step
      ) {
        group.push(config.changes[this.replayedReported++]);
      }
      this.applied(group, true);
    }
  }

  private fail(runId: number, message: string): void {
    this.host.post({ type: 'error', runId, message });
  }

  /** For tests: the trainer in use. */
  get currentTrainer(): Trainer | null {
    return this.trainer;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  get currentConfig(): RunConfig | null {
    return this.config;
  }

  get latestMap(): OutputMap | null {
    return this.lastMap;
  }
}

import type { OutputMap } from '../core/runInfo';
import { english, msg, type Message } from '../core/i18n/message';
import { diffSettings } from '../config/changes';
import { LIMITS } from '../config/limits';
import type { LiveChange, RunConfig } from '../config/types';
import type { Dataset, DatasetAssets } from '../data/types';
import { SnapshotWriter, type Trainer, traceStep } from '../engine';
import { prepareRun } from '../run/prepare';
import { BackgroundJobs } from './backgroundJobs';
import { LandscapeTask } from './landscapeTask';
import { OpeningPoints } from './openingPoints';
import { ChangeLogReporter } from './changeLog';
import { traceInput } from './customSample';
import { STEPS_PER_FRAME, type Speed, type WorkerCommand, type WorkerEvent } from './protocol';
import { applyEdit, runInfo, trainingOf } from './runFacts';
import { SnapshotPump } from './snapshotPump';
import { Trajectory } from './trajectory';

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

/** Longest training between two looks at the message queue; 2× at full speed with no landscape. */
const SLICE_MS = 12;
/** Training to a link's step: long slices ("Stop here" waits at most one), progress 4×/s. */
const WARMUP_SLICE_MS = 100;
const WARMUP_REPORT_MS = 250;
/**
 * No run trains past the step a link may open at: a link written beyond it could not reopen
 * at the same step. Playing pauses there and the page says why.
 */
export const STEP_LIMIT = LIMITS.openStep;

/**
 * One training session in the worker: owns the trainer and trains while playing in short
 * slices. Commands are handled between two slices, so every change takes effect between two
 * training steps. Snapshots go out through the pump (snapshotPump.ts), evaluations, maps and
 * gradient checks run as background jobs on one time budget (backgroundJobs.ts), and changes
 * are reported through the change log (changeLog.ts).
 */
export class TrainingSession {
  private readonly host: SessionHost;
  private runId = 0;
  private config: RunConfig | null = null;
  private trainer: Trainer | null = null;
  private dataset: Dataset | null = null;
  private playing = false;
  private speed: Speed = 'slow';
  private loopScheduled = false;
  private focus = 0;
  private stepsPerCheck = 1;
  private warmupCancelled = false;
  private readonly pump: SnapshotPump;
  private readonly jobs: BackgroundJobs;
  private readonly changeLog: ChangeLogReporter;
  /** The weights along the path (for the landscape), recorded as training goes. */
  private readonly trajectory = new Trajectory();
  private readonly landscape: LandscapeTask;

  constructor(host: SessionHost) {
    this.host = host;
    const now = (): number => host.now();
    this.pump = new SnapshotPump((event, transfer) => host.post(event, transfer), now);
    this.jobs = new BackgroundJobs(now);
    this.changeLog = new ChangeLogReporter((changes, fromLog) => this.applied(changes, fromLog));
    this.landscape = new LandscapeTask(host, () => this.runId);
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
        this.pump.dirty = true;
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
        return this.changeSettings((t) => t.setOptimizer(command.optimizer));
      case 'set-schedule':
        return this.changeSettings((t) => t.setSchedule(command.schedule));
      case 'set-regularization':
        return this.changeSettings((t) => t.setRegularization(command.regularization));
      case 'set-weight':
      case 'set-bias': {
        // An edit of one weight or bias, between two steps; it goes into the change log.
        const change = this.trainer ? applyEdit(this.trainer, command) : null;
        if (change) this.applied([change], false);
        if (change) this.flush(true);
        return;
      }
      case 'focus':
        this.focus = command.sample;
        // The focus sample's numbers are part of the snapshot: send a new one even while paused.
        this.pump.dirty = true;
        this.flush(true);
        return;
      case 'map-resolution':
        this.jobs.mapCells = Math.max(0, Math.min(128, Math.trunc(command.cells)));
        this.jobs.invalidateMap();
        this.flush(true);
        return;
      case 'recycle':
        // A forced snapshot (pause, step, edit) that found no free buffer goes out now.
        if (!this.pump.recycle(command.buffer)) return;
        if (this.pump.owed || (this.pump.dirty && !this.playing)) this.flush(true);
        return;
      case 'cancel-warmup':
        this.warmupCancelled = true;
        return;
      case 'trace':
        this.traceStep(command);
        return;
      case 'landscape':
        this.landscape.start(command, this.trainer, this.dataset?.train, this.trajectory);
        return;
      case 'cancel-landscape':
        this.landscape.cancel();
        return;
      case 'predict':
      case 'sample-images':
        this.host.post(this.jobs.answer(this.runId, command));
        return;
      case 'gradient-check': {
        const result = this.jobs.gradientCheck();
        if (result) this.host.post({ type: 'gradient-check', runId: this.runId, result });
        return;
      }
    }
  }

  private async init(config: RunConfig, runId: number): Promise<void> {
    this.runId = runId;
    this.playing = false;
    this.trainer = null;
    this.config = config;
    this.landscape.stop();
    this.trajectory.reset();
    let assets: DatasetAssets;
    try {
      assets = await this.host.loadAssets(config);
    } catch (error) {
      // The sentence in the page's language; the platform's own words (a failed fetch, a bad
      // file) only as the detail in brackets.
      const why = String(error instanceof Error ? error.message : error);
      this.fail(runId, msg('problem.assets.failed', { why }), 'data');
      return;
    }
    if (runId !== this.runId) return; // a newer init arrived meanwhile
    const prepared = prepareRun(config, assets);
    if (!prepared.ok) {
      this.fail(runId, prepared.errorText, prepared.cause);
      return;
    }
    // The run starts: what could not be used as asked is a warning, not an error; one message,
    // one line per warning, so the page shows them as one notice.
    const { warnings, warningTexts: texts } = prepared;
    if (warnings.length > 0)
      this.host.post({ type: 'warning', runId, message: warnings.join('\n'), texts });
    const { trainer, dataset } = prepared;
    this.trainer = trainer;
    this.dataset = dataset;
    this.pump.start(new SnapshotWriter(trainer));
    this.jobs.start(trainer, dataset);
    this.changeLog.reset();
    this.focus = Math.min(config.open.focusSample, Math.max(0, dataset.train.count - 1));
    this.host.post({ type: 'ready', info: runInfo(runId, trainer, dataset) });
    this.changeLog.reportReplayed(this.trainer, this.config);
    this.jobs.evaluate();
    await this.warmup(config.open.step, runId);
    if (runId !== this.runId) return;
    this.pump.dirty = true;
    this.flush(true);
  }

  /** Trains to the step a link opens at, reporting progress and yielding to messages. */
  private async warmup(target: number, runId: number): Promise<void> {
    const t = this.trainer;
    if (!t || target <= 0) return;
    this.warmupCancelled = false;
    // Reported before the first slice (the bar and Stop here show) and right after it (a long
    // opening's page draws itself then: state/opening.ts), then every WARMUP_REPORT_MS.
    let [lastReport, reports] = [-Infinity, 0];
    // The gradient-flow charts and the loss curve fill in too, at evenly spaced steps.
    const points = new OpeningPoints(target, this.jobs, () => this.host.now());
    while (t.stepsDone < target && !this.warmupCancelled && runId === this.runId) {
      if (reports < 2 || this.host.now() - lastReport >= WARMUP_REPORT_MS) {
        [lastReport, reports] = [this.host.now(), reports + 1];
        const layers = points.takeLayers();
        this.host.post({ type: 'warmup', runId, done: t.stepsDone, total: target, layers });
      }
      const sliceEnd = this.host.now() + WARMUP_SLICE_MS;
      while (t.stepsDone < target && this.host.now() < sliceEnd) {
        const before = this.host.now();
        const count = Math.min(
          this.stepsPerCheck,
          target - t.stepsDone,
          points.stepsToNext(t.stepsDone),
        );
        const diverged = this.trajectory.train(t, count);
        if (diverged) {
          this.changeLog.reportReplayed(this.trainer, this.config);
          this.host.post({ type: 'diverged', runId, divergence: diverged });
          return;
        }
        points.record(t);
        this.adaptStepsPerCheck(this.host.now() - before);
      }
      await new Promise<void>((resolve) => this.host.soon(resolve));
    }
    this.changeLog.reportReplayed(this.trainer, this.config);
    // After "Stop here" the run opens where it got to: done = total tells the page it is over.
    const total = this.warmupCancelled ? t.stepsDone : target;
    const layers = points.takeLayers();
    this.host.post({ type: 'warmup', runId, done: t.stepsDone, total, layers });
    this.jobs.evaluate();
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
      const end = this.host.now() + (this.landscape.computing ? SLICE_MS : 2 * SLICE_MS);
      while (this.playing && this.host.now() < end) {
        const before = this.host.now();
        if (!this.train(this.stepsPerCheck)) break;
        this.adaptStepsPerCheck(this.host.now() - before);
        if (this.pump.due) this.flush(false);
      }
    }
    this.flush(false);
    this.schedule();
  }

  /** Trains up to `count` steps. Returns false when training stopped at a divergence. */
  private train(count: number): boolean {
    const t = this.trainer;
    if (!t) return false;
    const allowed = Math.min(count, STEP_LIMIT - t.stepsDone);
    if (allowed <= 0) {
      // At the step limit: stop here (the page tells the learner why).
      this.playing = false;
      this.pump.dirty = true;
      this.flush(true);
      return false;
    }
    const diverged = this.trajectory.train(t, allowed);
    this.pump.dirty = true;
    this.changeLog.reportReplayed(this.trainer, this.config);
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
    if (!this.trainer) return;
    if (!force && !this.pump.due) return;
    const map = this.jobs.runDue(force);
    const jobs = this.jobs;
    this.pump.send(
      {
        runId: this.runId,
        focus: this.focus,
        metrics: jobs.metrics,
        history: () => jobs.takeHistory(),
        map,
        predictions: () => jobs.takePredictions(),
        playing: this.playing,
      },
      jobs.pendingHistory.length,
      force,
    );
  }

  /**
   * One traced step: on the given samples, one typed-in sample, or the next batch. A step on
   * picked or typed-in samples goes into the change log, so links replay it.
   */
  private traceStep(command: Extract<WorkerCommand, { type: 'trace' }>): void {
    const t = this.trainer;
    if (!t || t.stepsDone >= STEP_LIMIT) return;
    this.playing = false;
    const custom = traceInput(this.dataset, t.network.norm, command);
    if (custom !== null && 'key' in custom) {
      this.fail(this.runId, custom, 'command');
      return;
    }
    const trace = traceStep(t, custom ?? command.samples ?? undefined);
    this.trajectory.observe(t.network, t.stepsDone);
    if (trace.outcome.ok && custom) {
      const inputs = Array.from(custom.inputs);
      const targets = Array.from(custom.targets);
      this.applied([{ step: trace.step, kind: 'custom', inputs, targets }], false);
    } else if (trace.outcome.ok && command.samples) {
      const samples = trace.samples.map((s) => s.index);
      this.applied([{ step: trace.step, kind: 'samples', samples }], false);
    }
    this.changeLog.reportReplayed(t, this.config);
    this.host.post({ type: 'trace', runId: this.runId, trace });
    if (!trace.outcome.ok) {
      const divergence = trace.outcome.divergence;
      this.host.post({ type: 'diverged', runId: this.runId, divergence });
    }
    this.pump.dirty = true;
    this.flush(true);
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
    const step = changes[0].step;
    this.host.post({ type: 'applied', runId: this.runId, step, changes, fromLog });
    this.pump.dirty = true;
  }

  private fail(runId: number, text: Message, cause: 'data' | 'settings' | 'command'): void {
    this.host.post({ type: 'error', runId, message: english(text), text, cause });
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
    return this.jobs.latestMap;
  }
}

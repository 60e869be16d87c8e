import { applySetting } from '../config/applySetting';
import type { Message } from '../core/i18n/message';
import { describeChanges } from '../config/changeWords';
import { defaultConfig } from '../config/defaults';
import { LIMITS } from '../config/limits';
import type { Problem } from '../config/problems';
import { classifyChange } from '../config/fields';
import type { LiveChange, RunConfig } from '../config/types';
import { snapshotLayout } from '../core/snapshot';
import { headerValue } from '../core/snapshotReader';
import { TrainingClient, type WorkerFactory } from '../worker/client';
import type { CustomSampleRequest } from '../worker/customSample';
import type { Speed, WorkerCommand, WorkerEvent } from '../worker/protocol';
import { forgetSampleImages, receivePrediction, receiveSampleImages } from './digits';
import { finishInspection } from './inspector';
import { landscapeActions, useLandscapeStore } from './landscape';
import { live, resetLive, setAfterFrame, touchLive } from './live';
import {
  dataFallbackProblem,
  noticeDivergence,
  noticeCommandError,
  noticeError,
  noticeLinkProblems,
  noticeWarning,
  noticeStepLimit,
  noticeWorkerCrash,
} from './notices';
import { RunLink } from './runLink';
import { inspectedConfig, LinkedInspection } from './inspectedLink';
import { useAppStore, type AppState } from './store';
import { raceLinkPairs } from './race';

/**
 * The page's side of the worker: turns user actions into worker commands and worker events
 * into store updates and live-run data. The address bar is kept by RunLink (runLink.ts), the
 * notices are worded in notices.ts.
 */
export class RunController {
  private readonly client: TrainingClient;
  private recycleQueue: ArrayBuffer[] = [];
  private readonly runLink: RunLink;
  /** The run came from a link cut off before its version: the address bar keeps it unmarked. */
  private cutOff = false;
  /** What the link reader could not use for this run: the worker's own findings join them. */
  private problems: readonly Problem[] = [];
  private readonly inspection = new LinkedInspection();
  private readonly stopWatching: () => void;

  constructor(factory?: WorkerFactory, writeUrl?: (link: string) => void) {
    this.client = new TrainingClient(
      (event) => this.onEvent(event),
      (message) => this.onCrash(message),
      factory,
    );
    this.runLink = new RunLink(writeUrl);
    setAfterFrame(() => this.recycle());
    // The link follows the inspector: opening, walking and finishing a traced step.
    this.stopWatching = useAppStore.subscribe((s, before) => {
      if (s.trace !== before.trace || s.inspectOp !== before.inspectOp) this.syncUrl();
    });
  }

  /** Starts a new run from `config` (structural change, reset or a link). */
  start(config: RunConfig, problems: Problem[] = [], options: { cutOff?: boolean } = {}): void {
    finishInspection();
    this.cutOff = options.cutOff ?? false;
    const runId = useAppStore.getState().runId + 1;
    this.runLink.start(config);
    this.inspection.arm(config);
    useAppStore.setState({
      // The controls show the settings in force; logged changes update them as the run
      // reaches their steps (the worker reports each one).
      config,
      runId,
      playing: false,
      status: 'starting',
      warmup: null,
      info: null,
      divergence: null,
      markers: [],
      trace: null,
      gradientCheck: null,
      inspectOp: 0,
      tracePending: false,
      highlight: null,
      focusSample: config.open.focusSample,
      view: config.open.view,
      selectedNode: null,
      selectedEdge: null,
    });
    this.problems = problems;
    noticeLinkProblems(problems);
    landscapeActions.clear();
    this.recycleQueue = [];
    resetLive(null, null);
    this.client.send({ type: 'init', config, runId });
    this.syncUrl();
  }

  /** Training may go on after a divergence: the network is as it was before the failed step. */
  private canTrain(): boolean {
    const status = useAppStore.getState().status;
    return status === 'ready' || status === 'diverged';
  }

  play(): void {
    if (!this.canTrain()) return;
    if (this.runLink.step >= LIMITS.openStep) {
      noticeStepLimit();
      return;
    }
    finishInspection();
    useAppStore.setState({ playing: true, status: 'ready' });
    this.client.send({ type: 'play' });
  }

  pause(): void {
    useAppStore.setState({ playing: false });
    this.client.send({ type: 'pause' });
  }

  togglePlay(): void {
    if (useAppStore.getState().playing) this.pause();
    else this.play();
  }

  step(count = 1): void {
    if (!this.canTrain()) return;
    finishInspection();
    useAppStore.setState({ playing: false, status: 'ready' });
    this.client.send({ type: 'step', count });
  }

  /** Back to step 0 with the settings in force now (a new run with an empty change log). */
  reset(): void {
    const config = useAppStore.getState().config;
    this.start(
      { ...config, changes: [], open: { ...config.open, step: 0 } },
      [],
      // Still the settings of a cut-off link: its address stays marked as one.
      { cutOff: this.cutOff },
    );
  }

  setSpeed(speed: Speed): void {
    useAppStore.setState({ speed });
    this.client.send({ type: 'speed', speed });
  }

  /** Applies new settings: live ones between two steps, structural ones as a new run. */
  changeConfig(next: RunConfig): void {
    const before = useAppStore.getState().config;
    const kind = classifyChange(before, next);
    if (kind === 'structural') {
      this.start({ ...next, changes: [], open: { ...next.open, step: 0 } });
      return;
    }
    useAppStore.setState({ config: next });
    if (kind === 'live') {
      const a = before.training;
      const b = next.training;
      if (JSON.stringify(a.optimizer) !== JSON.stringify(b.optimizer)) {
        this.send({ type: 'set-optimizer', optimizer: b.optimizer });
      }
      if (JSON.stringify(a.schedule) !== JSON.stringify(b.schedule)) {
        this.send({ type: 'set-schedule', schedule: b.schedule });
      }
      if (JSON.stringify(a.regularization) !== JSON.stringify(b.regularization)) {
        this.send({ type: 'set-regularization', regularization: b.regularization });
      }
    }
    this.syncUrl();
  }

  editWeight(layer: number, to: number, from: number, value: number): void {
    if (!Number.isFinite(value)) return;
    this.send({ type: 'set-weight', layer, to, from, value });
  }

  editBias(layer: number, to: number, value: number): void {
    if (!Number.isFinite(value)) return;
    this.send({ type: 'set-bias', layer, to, value });
  }

  focus(sample: number): void {
    useAppStore.setState({ focusSample: sample });
    this.send({ type: 'focus', sample });
  }

  /** A traced step: on the next batch (null), the given training samples, or a typed-in sample. */
  trace(samples: number[] | null, custom?: CustomSampleRequest): void {
    useAppStore.setState({ playing: false, tracePending: true });
    this.send(custom ? { type: 'trace', samples: null, custom } : { type: 'trace', samples });
  }

  gradientCheck(): void {
    this.send({ type: 'gradient-check' });
  }

  /** Asks for the network's output on raw values (a drawn digit); the answer goes to digits.ts. */
  predict(id: number, raw: number[]): void {
    this.send({ type: 'predict', id, raw });
  }

  /** Asks for the raw images of some samples; they arrive in digits.ts. */
  sampleImages(set: 'train' | 'test', indices: number[]): void {
    this.send({ type: 'sample-images', set, indices });
  }

  cancelWarmup(): void {
    this.send({ type: 'cancel-warmup' });
  }

  /** The loss landscape around the current weights, with the plane and grid chosen in its store. */
  computeLandscape(): void {
    const { plane, grid, seed } = useLandscapeStore.getState();
    const id = landscapeActions.requested();
    this.send({ type: 'landscape', id, plane, grid, seed });
  }

  cancelLandscape(): void {
    this.send({ type: 'cancel-landscape' });
  }

  setMapResolution(cells: number): void {
    this.send({ type: 'map-resolution', cells });
  }

  /** The link of the current run, opening at the current step. */
  link(): string {
    return this.runLink.link(inspectedConfig(useAppStore.getState()), this.cutOff, raceLinkPairs());
  }

  /** Writes the current link into the address bar (the race calls it when it changes). */
  refreshUrl(): void {
    this.syncUrl();
  }

  get currentStepCount(): number {
    return this.runLink.step;
  }

  dispose(): void {
    this.stopWatching();
    this.client.stop();
    setAfterFrame(null);
  }

  private send(command: WorkerCommand): void {
    this.client.send(command);
  }

  private syncUrl(): void {
    this.runLink.sync(inspectedConfig(useAppStore.getState()), this.cutOff, raceLinkPairs());
  }

  private onEvent(event: WorkerEvent): void {
    const state = useAppStore.getState();
    if (event.type === 'ready' ? event.info.runId !== state.runId : event.runId !== state.runId) {
      // A late message from a run that has since been replaced: hand its buffer back, ignore it.
      if (event.type === 'snapshot')
        this.client.send({ type: 'recycle', buffer: event.snapshot }, [event.snapshot]);
      return;
    }
    switch (event.type) {
      case 'ready':
        resetLive(event.info, snapshotLayout(event.info.sizes, event.info.batchNorm));
        forgetSampleImages();
        useAppStore.setState({
          info: event.info,
          status: state.config.open.step > 0 ? 'warming-up' : 'ready',
        });
        return;
      case 'warmup':
        for (const point of event.layers) live.layerHistory.addStats(point.step, point.stats);
        if (event.layers.length > 0) touchLive();
        // At its end (done = total) the banner stays, full, until the run's snapshot at that
        // step, which the worker sends next (onSnapshot): the page then drops the banner and
        // draws the run in one frame. Dropped first, it moved the whole page up in a frame of
        // its own, whose repaint held back the snapshot's by about 40 ms.
        useAppStore.setState({ warmup: { done: event.done, total: event.total } });
        return;
      case 'snapshot':
        this.onSnapshot(event, state);
        return;
      case 'applied':
        this.recordChanges(event.changes, event.fromLog);
        useAppStore.setState((s) => ({
          markers: [...s.markers, { step: event.step, what: describeChanges(event.changes) }],
        }));
        if (!state.playing) this.syncUrl();
        return;
      case 'diverged':
        useAppStore.setState({ playing: false, status: 'diverged', divergence: event.divergence });
        noticeDivergence(event.divergence);
        return;
      case 'trace':
        useAppStore.setState({
          trace: event.trace,
          inspectOp: this.inspection.opFor(event.trace),
          tracePending: false,
        });
        return;
      case 'gradient-check':
        useAppStore.setState({ gradientCheck: event.result });
        return;
      case 'landscape':
        landscapeActions.report(event.progress);
        return;
      case 'landscape-refused':
        landscapeActions.refused(event.reason);
        return;
      case 'error':
        if (event.cause === 'command') {
          useAppStore.setState({ tracePending: false });
          noticeCommandError(event.text);
          return;
        }
        if (event.cause === 'data' && !state.info && this.startWithDefaultData(event.text)) return;
        useAppStore.setState({ status: state.info ? state.status : 'failed', tracePending: false });
        noticeError(event.text, this.problems);
        return;
      case 'warning':
        noticeWarning(event.texts, this.problems);
        return;
      case 'prediction':
        receivePrediction(event);
        return;
      case 'sample-images':
        receiveSampleImages(event);
        return;
    }
  }

  /** The newest numbers: kept outside React, the older buffer handed back after a frame. */
  private onSnapshot(event: Extract<WorkerEvent, { type: 'snapshot' }>, state: AppState): void {
    if (live.snapshot) this.recycleQueue.push(live.snapshot.buffer as ArrayBuffer);
    live.snapshot = new Float64Array(event.snapshot);
    if (event.map) live.map = event.map;
    if (event.predictions) live.predictions = event.predictions;
    for (const point of event.history) live.history.add(point);
    live.layerHistory.add(live.snapshot, live.layout);
    this.runLink.step = headerValue(live.snapshot, 'step');
    touchLive();
    if (state.status === 'starting') useAppStore.setState({ status: 'ready' });
    if (state.warmup && state.warmup.done >= state.warmup.total) {
      useAppStore.setState({ status: 'ready', warmup: null });
    }
    // A link open on an inspected step traces it once the run stands at its opening step.
    const standing = useAppStore.getState().status === 'ready';
    if (standing && this.inspection.shouldTrace()) this.trace(null);
    if (!event.playing && state.playing) {
      useAppStore.setState({ playing: false });
      if (this.runLink.step >= LIMITS.openStep) noticeStepLimit();
    }
    if (!event.playing) this.syncUrl();
  }

  /**
   * The worker died (it threw, failed to load or was ended): a fresh one trains the same run
   * again, the settings at step 0 and the change log, up to the last step the page showed, as
   * opening the page's own link would.
   */
  private onCrash(why: Message): void {
    const config = this.runLink.runConfig(inspectedConfig(useAppStore.getState()));
    this.client.start();
    this.start(config, [], { cutOff: this.cutOff });
    noticeWorkerCrash(why, config.open.step);
  }

  /**
   * A run whose data cannot be built (CSV that does not parse, digit images that did not load)
   * starts on the default data instead, so the page stays usable; the reason joins the link's
   * problems. False when the data already is the default (nothing left to fall back to).
   */
  private startWithDefaultData(reason: Message): boolean {
    const config = useAppStore.getState().config;
    const data = defaultConfig().data;
    if (JSON.stringify(config.data) === JSON.stringify(data)) return false;
    const problems = [...this.problems, dataFallbackProblem(reason, data.dataset)];
    this.start({ ...config, data }, problems, { cutOff: this.cutOff });
    return true;
  }

  /** Keeps the controls and the link's change log in step with what the worker applied. */
  private recordChanges(changes: readonly LiveChange[], fromLog: boolean): void {
    const config = useAppStore.getState().config;
    const training = structuredClone(config.training);
    for (const c of changes) if (c.kind === 'setting') applySetting(training, c.path, c.value);
    useAppStore.setState({ config: { ...config, training } });
    this.runLink.record(changes, fromLog);
  }

  /** Hands drawn snapshot buffers back to the worker (after a frame, so sending keeps display pace). */
  private recycle(): void {
    for (const buffer of this.recycleQueue) this.client.send({ type: 'recycle', buffer }, [buffer]);
    this.recycleQueue = [];
  }
}

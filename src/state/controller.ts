import { encodeLink } from '../config/link';
import type { Problem } from '../config/problems';
import { applySetting } from '../config/changes';
import { defaultConfig } from '../config/defaults';
import type { LiveChange, RunConfig, TrainingConfig } from '../config/types';
import { snapshotLayout } from '../core/snapshot';
import { TrainingClient, type WorkerFactory } from '../worker/client';
import type { CustomSampleRequest } from '../worker/customSample';
import type { Speed, WorkerCommand, WorkerEvent } from '../worker/protocol';
import { finishInspection } from './inspector';
import { live, resetLive, setAfterFrame, touchLive } from './live';
import { pushNotice, useAppStore } from './store';
import { raceLinkPairs } from './race';

/** What kind of change a new config is, compared with the running one. */
export type ChangeKind = 'none' | 'live' | 'structural';

/**
 * Settings that apply between two steps without rebuilding the run: the optimizer and its
 * hyper-parameters, the schedule and regularization. Everything else defines a new run.
 */
export function classifyChange(before: RunConfig, after: RunConfig): ChangeKind {
  const structural = (c: RunConfig): unknown => ({
    seed: c.seed,
    data: c.data,
    network: c.network,
    batchSize: c.training.batchSize,
    initialParams: c.initialParams,
  });
  if (JSON.stringify(structural(before)) !== JSON.stringify(structural(after))) return 'structural';
  const liveParts = (c: RunConfig): unknown => [
    c.training.optimizer,
    c.training.schedule,
    c.training.regularization,
  ];
  return JSON.stringify(liveParts(before)) === JSON.stringify(liveParts(after)) ? 'none' : 'live';
}

/**
 * Glue between the page and the worker: turns user actions into worker commands, worker events
 * into store updates and live-run data, and keeps the address bar holding the current run.
 */
export class RunController {
  private readonly client: TrainingClient;
  private recycleQueue: ArrayBuffer[] = [];
  /** Step of the newest snapshot (for the link and the step counter). */
  private currentStep = 0;
  /** The training settings at step 0 and the live changes since: what the link holds. */
  private baseline: TrainingConfig = defaultConfig().training;
  private changes: LiveChange[] = [];
  private writeUrl: (link: string) => void;

  constructor(factory?: WorkerFactory, writeUrl?: (link: string) => void) {
    this.client = new TrainingClient(
      (event) => this.onEvent(event),
      (message) => this.onCrash(message),
      factory,
    );
    this.writeUrl =
      writeUrl ??
      ((link) => {
        if (typeof history !== 'undefined') history.replaceState(null, '', link);
      });
    setAfterFrame(() => this.recycle());
  }

  /** Starts a new run from `config` (structural change, reset or a link). */
  start(config: RunConfig, problems: Problem[] = []): void {
    finishInspection();
    const runId = useAppStore.getState().runId + 1;
    this.baseline = structuredClone(config.training);
    this.changes = [...config.changes];
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
    if (problems.length > 0) {
      pushNotice({
        tone: 'warning',
        title: 'Some settings in the link could not be used',
        lines: problems.map((p) => p.message),
      });
    }
    this.currentStep = config.open.step;
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
    this.start({ ...config, changes: [], open: { ...config.open, step: 0 } });
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

  cancelWarmup(): void {
    this.send({ type: 'cancel-warmup' });
  }

  setMapResolution(cells: number): void {
    this.send({ type: 'map-resolution', cells });
  }

  /** The link of the current run, opening at the current step. */
  link(): string {
    const { config } = useAppStore.getState();
    return (
      '#' +
      encodeLink(
        {
          ...config,
          training: this.baseline,
          changes: this.changes,
          open: { ...config.open, step: this.currentStep },
        },
        raceLinkPairs(),
      )
    );
  }

  /** Writes the current link into the address bar (the race calls it when it changes). */
  refreshUrl(): void {
    this.syncUrl();
  }

  get currentStepCount(): number {
    return this.currentStep;
  }

  dispose(): void {
    this.client.stop();
    setAfterFrame(null);
  }

  private send(command: WorkerCommand): void {
    this.client.send(command);
  }

  private syncUrl(): void {
    this.writeUrl(this.link());
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
        resetLive(event.info, snapshotLayout(event.info.sizes));
        useAppStore.setState({
          info: event.info,
          status: state.config.open.step > 0 ? 'warming-up' : 'ready',
        });
        return;
      case 'warmup':
        useAppStore.setState({
          warmup: { done: event.done, total: event.total },
          status: event.done >= event.total ? 'ready' : 'warming-up',
        });
        if (event.done < event.total) return;
        useAppStore.setState({ status: 'ready', warmup: null });
        return;
      case 'snapshot': {
        if (live.snapshot) this.recycleQueue.push(live.snapshot.buffer as ArrayBuffer);
        live.snapshot = new Float64Array(event.snapshot);
        if (event.map) live.map = event.map;
        for (const point of event.history) live.history.add(point);
        live.layerHistory.add(live.snapshot, live.layout);
        this.currentStep = live.snapshot[0];
        touchLive();
        if (state.status === 'starting') useAppStore.setState({ status: 'ready' });
        if (!event.playing && state.playing) {
          useAppStore.setState({ playing: false });
        }
        if (!event.playing) this.syncUrl();
        return;
      }
      case 'applied':
        this.recordChanges(event.changes, event.fromLog);
        useAppStore.setState((s) => ({
          markers: [...s.markers, { step: event.step, what: event.what }],
        }));
        if (!state.playing) this.syncUrl();
        return;
      case 'diverged':
        useAppStore.setState({ playing: false, status: 'diverged', divergence: event.divergence });
        pushNotice({
          tone: 'error',
          title: 'Training diverged',
          lines: [
            `At step ${event.divergence.step}, ${event.divergence.message}. Training was paused; the network is as it was before that step.`,
            'Try a lower learning rate, then press Reset.',
          ],
        });
        return;
      case 'trace':
        useAppStore.setState({ trace: event.trace, inspectOp: 0, tracePending: false });
        return;
      case 'gradient-check':
        useAppStore.setState({ gradientCheck: event.result });
        return;
      case 'error':
        useAppStore.setState({ status: state.info ? state.status : 'failed', tracePending: false });
        pushNotice({
          tone: 'error',
          title: 'The run could not start as asked',
          lines: event.message.split('\n'),
        });
        return;
    }
  }

  private onCrash(message: string): void {
    pushNotice({
      tone: 'error',
      title: 'The training worker stopped',
      lines: [`${message}. It was restarted from the current settings at step 0.`],
    });
    this.client.start();
    this.start(useAppStore.getState().config);
  }

  /**
   * Keeps the controls and the change log in step with what the worker applied. A change made
   * before the first step simply becomes part of the starting settings.
   */
  private recordChanges(changes: readonly LiveChange[], fromLog: boolean): void {
    const config = useAppStore.getState().config;
    const training = structuredClone(config.training);
    for (const c of changes) if (c.kind === 'setting') applySetting(training, c.path, c.value);
    useAppStore.setState({ config: { ...config, training } });
    if (fromLog) return;
    for (const c of changes) {
      if (c.step === 0 && c.kind === 'setting') {
        applySetting(this.baseline, c.path, c.value);
        continue;
      }
      // Keep the log in step order (a link may carry later changes not yet reached).
      let at = this.changes.length;
      while (at > 0 && this.changes[at - 1].step > c.step) at--;
      this.changes.splice(at, 0, c);
    }
  }

  /** Hands drawn snapshot buffers back to the worker (after a frame, so sending keeps display pace). */
  private recycle(): void {
    for (const buffer of this.recycleQueue) this.client.send({ type: 'recycle', buffer }, [buffer]);
    this.recycleQueue = [];
  }
}

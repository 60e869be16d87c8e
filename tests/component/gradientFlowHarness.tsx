import { render } from '@testing-library/react';
import { ACTIVATIONS_BY_CODE } from '../../src/core/choices/activations';
import { defaultConfig } from '../../src/config/defaults';
import type { HiddenActivation, InitConfig, RunConfig } from '../../src/config/types';
import type { Dataset, SampleSet } from '../../src/data/types';
import { Header, SnapshotWriter, type Trainer } from '../../src/engine';
import { prepareRun } from '../../src/run/prepare';
import { RunController } from '../../src/state/controller';
import { live, resetLive, touchLive } from '../../src/state/live';
import { useAppStore } from '../../src/state/store';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import { GradientFlow } from '../../src/views/GradientFlow/GradientFlow';
import type { RunInfo, WorkerCommand, WorkerEvent } from '../../src/worker/protocol';

/** A stand-in for the worker: records commands, lets the test play the worker's part. */
export class FakeWorker {
  sent: WorkerCommand[] = [];
  onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }
  terminate(): void {}
  emit(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }
}

/** The default circle run with `count` hidden layers of 8 units of one activation. */
export function deepConfig(
  activation: HiddenActivation,
  count: number,
  init: InitConfig = { kind: 'xavier-uniform', scale: 0.1 },
): RunConfig {
  const config = defaultConfig();
  config.network.hidden = Array.from({ length: count }, () => ({
    size: 8,
    activation,
    bias: true,
    dropout: 0,
  }));
  config.network.init = init;
  return config;
}

/** A real engine run, with the RunInfo the worker would send for it. */
export interface EngineRun {
  config: RunConfig;
  trainer: Trainer;
  dataset: Dataset;
  writer: SnapshotWriter;
  info: RunInfo;
}

function plotSet(set: SampleSet): RunInfo['data']['train'] {
  return { count: set.count, raw: set.raw, labels: set.labels, rawTargets: set.rawTargets };
}

export function engineRun(config: RunConfig, runId = 1): EngineRun {
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  const { trainer, dataset } = run;
  const net = trainer.network;
  const info: RunInfo = {
    runId,
    sizes: [...net.sizes],
    activations: net.activations.map((a) => ACTIVATIONS_BY_CODE[a].name),
    hasBias: [...net.hasBias],
    loss: config.network.loss,
    batchSize: config.training.batchSize,
    stepsPerEpoch: Math.ceil(dataset.train.count / config.training.batchSize),
    parameterCount: net.parameterCount,
    data: {
      name: dataset.name,
      task: dataset.task,
      classes: dataset.classes,
      classNames: dataset.classNames,
      inputNames: dataset.inputNames,
      rawKind: dataset.rawKind,
      rawSize: dataset.rawSize,
      rawDomain: dataset.rawDomain,
      imageSide: dataset.imageSide,
      outputSize: dataset.outputSize,
      targetEncoding: dataset.targetEncoding,
      train: plotSet(dataset.train),
      test: plotSet(dataset.test),
    },
  };
  return { config, trainer, dataset, writer: new SnapshotWriter(trainer), info };
}

const METRICS = { trainLoss: 0, trainAccuracy: 0, testLoss: 0, testAccuracy: 0, evaluatedAt: 0 };

/** A snapshot of the run as it is now. */
export function snapshotOf(run: EngineRun): Float64Array {
  const snap = run.writer.allocate();
  run.writer.write(snap, 0, METRICS);
  return snap;
}

/** Starts the live run for `run` at step 0, as the controller does when the worker is ready. */
export function openLive(run: EngineRun): void {
  resetLive(run.info, run.writer.layout);
  useAppStore.setState({ info: run.info, status: 'ready', runId: run.info.runId });
  showSnapshot(snapshotOf(run));
}

/** Hands a snapshot to the page the way the controller's 'snapshot' case does. */
export function showSnapshot(snapshot: Float64Array): void {
  live.snapshot = snapshot;
  live.layerHistory.add(live.snapshot, live.layout);
  touchLive();
}

/** Trains `steps` steps, showing a snapshot every `every` steps (and after the last). */
export function trainLive(run: EngineRun, steps: number, every = 10): Float64Array {
  let last = snapshotOf(run);
  for (let s = 1; s <= steps; s++) {
    const outcome = run.trainer.step();
    if (!outcome.ok) throw new Error(outcome.divergence.message);
    if (s % every === 0 || s === steps) {
      last = snapshotOf(run);
      showSnapshot(last);
    }
  }
  expectStep(last, run.trainer.stepsDone);
  return last;
}

function expectStep(snapshot: Float64Array, step: number): void {
  if (snapshot[Header.step] !== step) throw new Error(`snapshot at ${snapshot[Header.step]}`);
}

/** Renders the view with a controller whose worker is a FakeWorker. */
export function renderGradientFlow() {
  const workers: FakeWorker[] = [];
  const controller = new RunController(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    () => {},
  );
  const view = render(
    <ControllerContext value={controller}>
      <GradientFlow />
    </ControllerContext>,
  );
  return { ...view, controller, workers };
}

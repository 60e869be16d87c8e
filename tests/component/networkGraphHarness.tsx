import { render } from '@testing-library/react';
import { ACTIVATIONS_BY_CODE } from '../../src/core/choices/activations';
import { Profiler } from 'react';
import { defaultConfig } from '../../src/config/defaults';
import type { RunConfig } from '../../src/config/types';
import { buildDataset } from '../../src/data';
import type { Dataset, DatasetAssets } from '../../src/data/types';
import { SnapshotWriter, Trainer, type SnapshotLayout } from '../../src/engine';
import { RunController } from '../../src/state/controller';
import { live } from '../../src/state/live';
import { useAppStore } from '../../src/state/store';
import { NetworkGraph } from '../../src/views/NetworkGraph/NetworkGraph';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import type { RunInfo, WorkerCommand } from '../../src/worker/protocol';

/** A stand-in for the training worker that records what the page sends. */
export class FakeWorker {
  sent: WorkerCommand[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }
  terminate(): void {}
}

export interface TestRun {
  config: RunConfig;
  dataset: Dataset;
  trainer: Trainer;
  info: RunInfo;
  layout: SnapshotLayout;
  snapshot: Float64Array;
}

/** A real run: the dataset, a trainer trained `steps` steps, its RunInfo and a snapshot. */
export function makeRun(
  patch: (c: RunConfig) => void = () => {},
  steps = 0,
  assets: DatasetAssets = {},
): TestRun {
  const config = defaultConfig();
  patch(config);
  const built = buildDataset(config, assets);
  if (!built.ok) throw new Error(built.error);
  const dataset = built.dataset;
  const trainer = new Trainer(config, dataset);
  if (steps > 0) trainer.run(steps);
  const writer = new SnapshotWriter(trainer);
  const snapshot = writer.allocate();
  writer.write(snapshot, 0, {
    trainLoss: 0.5,
    trainAccuracy: 0.5,
    testLoss: 0.5,
    testAccuracy: 0.5,
    evaluatedAt: trainer.stepsDone,
  });
  const net = trainer.network;
  const image = dataset.rawKind === 'image';
  const set = (s: Dataset['train']): RunInfo['data']['train'] => ({
    count: s.count,
    raw: image ? new Float64Array(0) : s.raw.slice(),
    labels: s.labels.slice(),
    rawTargets: image ? new Float64Array(0) : s.rawTargets.slice(),
  });
  const info: RunInfo = {
    runId: 1,
    sizes: [...net.sizes],
    activations: net.activations.map((a) => ACTIVATIONS_BY_CODE[a].name),
    hasBias: [...net.hasBias],
    loss: config.network.loss,
    batchSize: trainer.effectiveBatchSize,
    stepsPerEpoch: trainer.stepsPerEpoch,
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
      train: set(dataset.train),
      test: set(dataset.test),
    },
  };
  return { config, dataset, trainer, info, layout: writer.layout, snapshot };
}

/**
 * Renders the graph for a run, with the run in the store and in the live holder. `commits()`
 * counts React commits of the graph (a Profiler), to check that numbers do not re-render it.
 */
export function mountGraph(run: TestRun): {
  worker: FakeWorker;
  container: HTMLElement;
  commits: () => number;
} {
  let commits = 0;
  const worker = new FakeWorker();
  const controller = new RunController(
    () => worker as unknown as Worker,
    () => {},
  );
  useAppStore.setState({ config: run.config, runId: 1, info: run.info, status: 'ready' });
  live.info = run.info;
  live.layout = run.layout;
  live.snapshot = run.snapshot;
  live.map = null;
  const { container } = render(
    <ControllerContext value={controller}>
      <Profiler id="graph" onRender={() => commits++}>
        <NetworkGraph />
      </Profiler>
    </ControllerContext>,
  );
  return { worker, container, commits: () => commits };
}

export function resetLiveRun(): void {
  live.info = null;
  live.layout = null;
  live.snapshot = null;
  live.map = null;
}

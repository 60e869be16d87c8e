import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { traceStep, type StepTrace, type Trainer } from '../../../src/engine';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { prepareRun } from '../../../src/run/prepare';
import type { RunInfo } from '../../../src/worker/protocol';
import { inspectContext, type InspectContext } from '../../../src/views/StepInspector/context';

const ACTIVATION_NAMES = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'softmax'];
const LOSS_NAMES = ['mse', 'half-sse', 'bce', 'cce'];

/** A run prepared exactly as the worker and the replay command prepare it. */
export function preparedTrainer(config: RunConfig = defaultConfig()): Trainer {
  const assets = config.data.dataset === 'digits' ? { digits: loadDigitsFromDisk() } : {};
  const prepared = prepareRun(config, assets);
  if (!prepared.ok) throw new Error(prepared.error);
  return prepared.trainer;
}

/** The RunInfo fields the inspector reads, as session.ts builds them. */
export function infoOf(trainer: Trainer): RunInfo {
  const net = trainer.network;
  const ds = trainer.dataset;
  const set = (s: typeof ds.train) => ({
    count: s.count,
    raw: s.raw.slice(),
    labels: s.labels.slice(),
    rawTargets: s.rawTargets.slice(),
  });
  return {
    runId: 1,
    sizes: [...net.sizes],
    activations: net.activations.map((a) => ACTIVATION_NAMES[a]),
    hasBias: [...net.hasBias],
    loss: LOSS_NAMES[net.loss],
    batchSize: trainer.effectiveBatchSize,
    stepsPerEpoch: trainer.stepsPerEpoch,
    parameterCount: net.parameterCount,
    data: {
      name: ds.name,
      task: ds.task,
      classes: ds.classes,
      classNames: ds.classNames,
      inputNames: ds.inputNames,
      rawKind: ds.rawKind,
      rawSize: ds.rawSize,
      rawDomain: ds.rawDomain,
      imageSide: ds.imageSide,
      outputSize: ds.outputSize,
      targetEncoding: ds.targetEncoding,
      train: set(ds.train),
      test: set(ds.test),
    },
  };
}

export interface TracedRun {
  config: RunConfig;
  trainer: Trainer;
  trace: StepTrace;
  info: RunInfo;
  ctx: InspectContext;
}

/** A real traced step of `config` after `warm` plain steps. */
export function tracedRun(
  config: RunConfig = defaultConfig(),
  warm = 0,
  samples?: number[],
): TracedRun {
  const trainer = preparedTrainer(config);
  trainer.run(warm);
  const trace = traceStep(trainer, samples);
  const info = infoOf(trainer);
  return { config, trainer, trace, info, ctx: inspectContext(trace, info, config) };
}

import { defaultConfig } from '../../../src/config/defaults';
import type { LayerConfig, RunConfig } from '../../../src/config/types';
import type { Dataset, SampleSet, Task } from '../../../src/data/types';

/** A dataset from plain rows, for engine tests that must not depend on the generators. */
export function tableDataset(
  inputs: number[][],
  targets: number[][],
  options: { task?: Task; labels?: number[]; encoding?: Dataset['targetEncoding'] } = {},
): Dataset {
  const inputSize = inputs[0].length;
  const outputSize = targets[0].length;
  const set: SampleSet = {
    count: inputs.length,
    inputs: Float64Array.from(inputs.flat()),
    targets: Float64Array.from(targets.flat()),
    labels: Int32Array.from(options.labels ?? []),
    raw: Float64Array.from(inputs.flat()),
    rawTargets: Float64Array.from(targets.flat()),
  };
  const empty: SampleSet = {
    count: 0,
    inputs: new Float64Array(0),
    targets: new Float64Array(0),
    labels: new Int32Array(0),
    raw: new Float64Array(0),
    rawTargets: new Float64Array(0),
  };
  const task = options.task ?? 'regression';
  return {
    name: 'table',
    task,
    classes: task === 'regression' ? 1 : Math.max(2, outputSize),
    classNames: [],
    inputSize,
    outputSize,
    inputNames: inputs[0].map((_, i) => `x${i + 1}`),
    rawSize: inputSize,
    rawKind: 'table',
    rawDomain: [],
    imageSide: 0,
    toInput: (raw, out) => {
      for (let i = 0; i < inputSize; i++) out[i] = raw[i];
    },
    targetEncoding: options.encoding ?? 'value',
    train: set,
    test: empty,
  };
}

export function layer(
  size: number,
  activation: LayerConfig['activation'],
  bias = true,
): LayerConfig {
  return { size, activation, bias, dropout: 0 };
}

/** The default config with a patch applied to its network and training parts. */
export function configWith(patch: {
  hidden?: LayerConfig[];
  output?: RunConfig['network']['output'];
  loss?: RunConfig['network']['loss'];
  init?: RunConfig['network']['init'];
  optimizer?: Partial<RunConfig['training']['optimizer']>;
  batchSize?: number;
  seed?: number;
  initialParams?: RunConfig['initialParams'];
  regularization?: Partial<RunConfig['training']['regularization']>;
}): RunConfig {
  const c = defaultConfig();
  if (patch.hidden) c.network.hidden = patch.hidden;
  if (patch.output) c.network.output = patch.output;
  if (patch.loss) c.network.loss = patch.loss;
  if (patch.init) c.network.init = patch.init;
  if (patch.optimizer) c.training.optimizer = { ...c.training.optimizer, ...patch.optimizer };
  if (patch.regularization) {
    c.training.regularization = { ...c.training.regularization, ...patch.regularization };
  }
  if (patch.batchSize !== undefined) c.training.batchSize = patch.batchSize;
  if (patch.seed !== undefined) c.seed = patch.seed;
  if (patch.initialParams !== undefined) c.initialParams = patch.initialParams;
  return c;
}

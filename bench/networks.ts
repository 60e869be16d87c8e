import { defaultConfig } from '../src/config/defaults';
import type { HiddenActivation, LossName, OutputActivation, RunConfig } from '../src/config/types';
import type { Dataset, SampleSet } from '../src/data/types';
import { Random } from '../src/core/random';

/**
 * The four benchmark networks and their synthetic, seeded data. Every contender trains the same
 * shapes on the same samples with plain SGD; only the implementation differs.
 */
export interface BenchNetwork {
  id: 'A' | 'B' | 'C' | 'D';
  /** Layer widths from input to output. */
  sizes: number[];
  hidden: HiddenActivation;
  output: OutputActivation;
  loss: LossName;
  batchSize: number;
  samples: number;
  learningRate: number;
  /** Whether the object-per-neuron engine runs on this network. */
  objectEngine: boolean;
}

export const NETWORKS: BenchNetwork[] = [
  {
    id: 'A',
    sizes: [2, 4, 2, 1],
    hidden: 'tanh',
    output: 'tanh',
    loss: 'half-sse',
    batchSize: 10,
    samples: 1000,
    learningRate: 0.03,
    objectEngine: true,
  },
  {
    id: 'B',
    sizes: [6, 8, 8, 8, 8, 8, 8, 1],
    hidden: 'tanh',
    output: 'tanh',
    loss: 'half-sse',
    batchSize: 10,
    samples: 1000,
    learningRate: 0.03,
    objectEngine: true,
  },
  {
    id: 'C',
    sizes: [784, 64, 10],
    hidden: 'relu',
    output: 'softmax',
    loss: 'cce',
    batchSize: 32,
    samples: 2000,
    learningRate: 0.05,
    objectEngine: true,
  },
  {
    id: 'D',
    sizes: [2, 64, 64, 64, 1],
    hidden: 'relu',
    output: 'sigmoid',
    loss: 'bce',
    batchSize: 32,
    samples: 1000,
    learningRate: 0.05,
    objectEngine: true,
  },
];

/** "2-4-2-1 tanh", "784-64-10 relu/softmax" … */
export function describe(net: BenchNetwork): string {
  const out = net.output === net.hidden ? '' : `/${net.output}`;
  return `${net.sizes.join('-')} ${net.hidden}${out}`;
}

/** The seed of every benchmark run (data, initial weights, batch order). */
export const SEED = 20240611;

/**
 * Synthetic training data of the network's shape: inputs uniform in [−1, 1] (in [0, 1] for the
 * 784-wide image-shaped network), targets a fixed function of the inputs so the loss can fall:
 * ±1 for a tanh output, 0/1 for a sigmoid output, a one-hot class for a softmax output.
 */
export function syntheticData(net: BenchNetwork): SampleSet {
  const nIn = net.sizes[0];
  const nOut = net.sizes[net.sizes.length - 1];
  const random = new Random(SEED, `bench-${net.id}`);
  const count = net.samples;
  const inputs = new Float64Array(count * nIn);
  const targets = new Float64Array(count * nOut);
  const labels = new Int32Array(count);
  const images = nIn > 100;
  for (let s = 0; s < count; s++) {
    let sum = 0;
    for (let i = 0; i < nIn; i++) {
      const x = images ? random.next() : random.uniform(-1, 1);
      inputs[s * nIn + i] = x;
      sum += (i % 2 === 0 ? 1 : -1) * x * (i + 1);
    }
    if (net.output === 'softmax') {
      const label = Math.floor(random.next() * nOut);
      labels[s] = label;
      targets[s * nOut + label] = 1;
    } else {
      const positive = inputs[s * nIn] * inputs[s * nIn + 1] + 0.1 * sum > 0;
      labels[s] = positive ? 1 : 0;
      targets[s * nOut] = net.output === 'tanh' ? (positive ? 1 : -1) : positive ? 1 : 0;
    }
  }
  return { count, inputs, targets, labels, raw: inputs, rawTargets: targets };
}

/** The data as a Dataset the engine's Trainer accepts (no test set). */
export function benchDataset(net: BenchNetwork, train: SampleSet): Dataset {
  const nIn = net.sizes[0];
  const nOut = net.sizes[net.sizes.length - 1];
  const empty: SampleSet = {
    count: 0,
    inputs: new Float64Array(0),
    targets: new Float64Array(0),
    labels: new Int32Array(0),
    raw: new Float64Array(0),
    rawTargets: new Float64Array(0),
  };
  return {
    name: `bench-${net.id}`,
    task:
      net.output === 'softmax' ? 'multiclass' : net.output === 'sigmoid' ? 'binary' : 'regression',
    classes: net.output === 'softmax' ? nOut : net.output === 'sigmoid' ? 2 : 1,
    classNames: [],
    inputSize: nIn,
    outputSize: nOut,
    inputNames: Array.from({ length: nIn }, (_, i) => `x${i + 1}`),
    rawSize: nIn,
    rawKind: 'table',
    rawDomain: [],
    imageSide: 0,
    toInput: (raw, out) => {
      for (let i = 0; i < nIn; i++) out[i] = raw[i];
    },
    targetEncoding: net.output === 'softmax' ? 'one-hot' : 'value',
    train,
    test: empty,
  };
}

/** The run config of a benchmark network: plain SGD, no regularization, no dropout. */
export function benchConfig(net: BenchNetwork): RunConfig {
  const config = defaultConfig();
  config.seed = SEED;
  const hiddenSizes = net.sizes.slice(1, -1);
  config.network.hidden = hiddenSizes.map((size) => ({
    size,
    activation: net.hidden,
    bias: true,
    dropout: 0,
  }));
  config.network.output = { activation: net.output, bias: true };
  config.network.loss = net.loss;
  config.network.init = { kind: net.hidden === 'relu' ? 'he-uniform' : 'xavier-uniform', scale: 0 };
  config.training.optimizer = {
    ...config.training.optimizer,
    kind: 'sgd',
    learningRate: net.learningRate,
  };
  config.training.schedule = { ...config.training.schedule, kind: 'constant' };
  config.training.regularization = { ...config.training.regularization, kind: 'none' };
  config.training.batchSize = net.batchSize;
  return config;
}

/** The initial parameters every contender starts from: W⁽ˡ⁾ (nₗ × nₗ₋₁ row-major) and b⁽ˡ⁾. */
export interface Parameters {
  weights: Float64Array[];
  biases: Float64Array[];
}

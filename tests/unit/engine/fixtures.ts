import { defaultConfig } from '../../../src/config/defaults';
import type { LayerConfig, RunConfig } from '../../../src/config/types';
import type { Dataset, SampleSet, Task } from '../../../src/data/types';
import type { Network } from '../../../src/engine/network';
import { rows, type RefNet } from './reference';

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
  dropout = 0,
): LayerConfig {
  return { size, activation, bias, dropout };
}

/** The default config with a patch applied to its network and training parts. */
export function configWith(patch: {
  hidden?: LayerConfig[];
  output?: RunConfig['network']['output'];
  loss?: RunConfig['network']['loss'];
  init?: RunConfig['network']['init'];
  leakySlope?: number;
  eluAlpha?: number;
  optimizer?: Partial<RunConfig['training']['optimizer']>;
  schedule?: Partial<RunConfig['training']['schedule']>;
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
  if (patch.leakySlope !== undefined) c.network.leakySlope = patch.leakySlope;
  if (patch.eluAlpha !== undefined) c.network.eluAlpha = patch.eluAlpha;
  if (patch.optimizer) c.training.optimizer = { ...c.training.optimizer, ...patch.optimizer };
  if (patch.schedule) c.training.schedule = { ...c.training.schedule, ...patch.schedule };
  if (patch.regularization) {
    c.training.regularization = { ...c.training.regularization, ...patch.regularization };
  }
  if (patch.batchSize !== undefined) c.training.batchSize = patch.batchSize;
  if (patch.seed !== undefined) c.seed = patch.seed;
  if (patch.initialParams !== undefined) c.initialParams = patch.initialParams;
  return c;
}

/**
 * A small seeded generator for test inputs (mulberry32), deliberately not the engine's, so
 * test data never depends on the code under test. Returns uniform numbers in [0, 1).
 */
export function testRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `rows` × `cols` numbers uniform in [lo, hi). */
export function randomMatrix(
  rand: () => number,
  rows: number,
  cols: number,
  lo = -1,
  hi = 1,
): number[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => lo + (hi - lo) * rand()),
  );
}

/** A one-hot row of `width` with a 1 at `k`. */
export function oneHot(width: number, k: number): number[] {
  return Array.from({ length: width }, (_, j) => (j === k ? 1 : 0));
}

/** |x − y| ≤ tol · max(1, |x|, |y|): relative for large values, absolute near zero. */
export function close(x: number, y: number, tol: number): boolean {
  return Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Largest |x − y| / max(1, |x|, |y|) over two equally long sequences. */
export function maxScaledDiff(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) return Infinity;
  let worst = 0;
  for (let k = 0; k < xs.length; k++) {
    const d = Math.abs(xs[k] - ys[k]) / Math.max(1, Math.abs(xs[k]), Math.abs(ys[k]));
    if (!(d <= worst)) worst = d; // NaN counts as the worst
  }
  return worst;
}

/** True when every element is the same number, bit for bit (Object.is: 0 ≠ −0, NaN = NaN). */
export function bitEqual(xs: ArrayLike<number>, ys: ArrayLike<number>): boolean {
  if (xs.length !== ys.length) return false;
  for (let k = 0; k < xs.length; k++) if (!Object.is(xs[k], ys[k])) return false;
  return true;
}

/** Copies of a list of arrays, as plain number arrays. */
export function copyAll(arrays: readonly ArrayLike<number>[]): number[][] {
  return arrays.map((a) => Array.from(a));
}

/** The reference (nested-array) twin of an engine network: its config and current parameters. */
export function refNetOf(config: RunConfig, network: Network): RefNet {
  const { sizes } = network;
  return {
    W: network.weights.map((w, l) => rows(w, sizes[l])),
    b: network.biases.map((b) => Array.from(b)),
    acts: [...config.network.hidden.map((h) => h.activation), config.network.output.activation],
    loss: config.network.loss,
    params: { slope: config.network.leakySlope, alpha: config.network.eluAlpha },
  };
}

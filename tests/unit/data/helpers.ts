import { defaultConfig } from '../../../src/config/defaults';
import type {
  DataConfig,
  DatasetName,
  OutputActivation,
  RunConfig,
} from '../../../src/config/types';
import { buildDataset } from '../../../src/data';
import type { Dataset, DatasetAssets } from '../../../src/data/types';

export interface ConfigOptions {
  seed?: number;
  output?: OutputActivation;
}

/** The default run with another dataset and some data settings changed. */
export function configFor(
  dataset: DatasetName,
  data: Partial<DataConfig> = {},
  options: ConfigOptions = {},
): RunConfig {
  const config = defaultConfig();
  config.data = { ...config.data, dataset, ...data };
  if (options.seed !== undefined) config.seed = options.seed;
  if (options.output !== undefined) config.network.output.activation = options.output;
  return config;
}

/** buildDataset that fails the test (with the message) instead of returning an error. */
export function build(config: RunConfig, assets?: DatasetAssets): Dataset {
  const result = buildDataset(config, assets);
  if (!result.ok) throw new Error(`buildDataset failed: ${result.error}`);
  return result.dataset;
}

/** All samples (train then test) as rows of `width` numbers. */
export function rows(values: Float64Array, width: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < values.length; i += width)
    out.push(Array.from(values.subarray(i, i + width)));
  return out;
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

export function std(values: ArrayLike<number>): number {
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - m) ** 2;
  return Math.sqrt(squares / values.length);
}

/** Column j of a row-major matrix. */
export function column(values: Float64Array, width: number, j: number): Float64Array {
  const out = new Float64Array(values.length / width);
  for (let i = 0; i < out.length; i++) out[i] = values[i * width + j];
  return out;
}

/** Raw points and labels of train and test together (what the generator made, in some order). */
export function allSamples(dataset: Dataset): { raw: Float64Array; labels: Int32Array } {
  const raw = new Float64Array(dataset.train.raw.length + dataset.test.raw.length);
  raw.set(dataset.train.raw);
  raw.set(dataset.test.raw, dataset.train.raw.length);
  const labels = new Int32Array(dataset.train.labels.length + dataset.test.labels.length);
  labels.set(dataset.train.labels);
  labels.set(dataset.test.labels, dataset.train.labels.length);
  return { raw, labels };
}

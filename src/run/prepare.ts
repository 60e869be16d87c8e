import { checkInitialParams } from '../config/initialParams';
import type { RunConfig } from '../config/types';
import { buildDataset } from '../data';
import type { Dataset, DatasetAssets } from '../data/types';
import { Trainer } from '../engine';

export type PreparedRun =
  | { ok: true; trainer: Trainer; dataset: Dataset; config: RunConfig; warnings: string[] }
  | { ok: false; error: string };

/**
 * Builds a run from its config: the dataset, then the network, with the explicit initial
 * parameters when they fit the network's shape (otherwise the initializer, with a warning).
 * The worker and the replay command both start runs here, so they start them identically.
 */
export function prepareRun(config: RunConfig, assets: DatasetAssets = {}): PreparedRun {
  const built = buildDataset(config, assets);
  if (!built.ok) return built;
  const dataset = built.dataset;
  const refused = batchNormProblem(config, dataset.train.count);
  if (refused) return { ok: false, error: refused };
  const warnings: string[] = [];
  let runConfig = config;
  if (config.initialParams) {
    const sizes = [
      dataset.inputSize,
      ...config.network.hidden.map((h) => h.size),
      dataset.outputSize,
    ];
    const normed = config.network.hidden.map((h) => h.batchNorm === true);
    const problem = checkInitialParams(config.initialParams, sizes, normed);
    if (problem) {
      warnings.push(`${problem.message}; using the initializer instead`);
      runConfig = { ...config, initialParams: null };
    }
  }
  return {
    ok: true,
    trainer: new Trainer(runConfig, dataset),
    dataset,
    config: runConfig,
    warnings,
  };
}

/**
 * Batch normalization divides by the batch's standard deviation: one sample has variance 0, so
 * a batch of one is refused, with the batch size in use named.
 */
export function batchNormProblem(config: RunConfig, trainCount: number): string | null {
  const layer = config.network.hidden.findIndex((h) => h.batchNorm === true);
  if (layer < 0) return null;
  const batch = Math.min(config.training.batchSize, trainCount);
  if (batch >= 2) return null;
  const why =
    config.training.batchSize > trainCount
      ? `the batch size is ${String(batch)} (the training set has ${String(trainCount)} sample)`
      : `the batch size is ${String(batch)}`;
  return (
    `Batch normalization (hidden layer ${String(layer + 1)}) needs at least 2 samples per batch, ` +
    `but ${why}: the variance of one sample is 0. Raise the batch size or turn batch normalization off.`
  );
}

/** One batch-normalized layer (1-based) as exported: γ, β and the running μ, σ². */
export interface BatchNormParameters {
  layer: number;
  gamma: number[];
  beta: number[];
  mean: number[];
  var: number[];
}

/**
 * The parameters as plain arrays (JSON keeps every double exactly), with `bn` for the
 * batch-normalized layers when there are any.
 */
export function exportParameters(trainer: Trainer): {
  weights: number[][];
  biases: number[][];
  bn?: BatchNormParameters[];
} {
  const bn: BatchNormParameters[] = [];
  trainer.network.norm.forEach((layer, l) => {
    if (!layer) return;
    bn.push({
      layer: l + 1,
      gamma: Array.from(layer.gamma),
      beta: Array.from(layer.beta),
      mean: Array.from(layer.runningMean),
      var: Array.from(layer.runningVar),
    });
  });
  return {
    weights: trainer.network.weights.map((w) => Array.from(w)),
    biases: trainer.network.biases.map((b) => Array.from(b)),
    ...(bn.length > 0 ? { bn } : {}),
  };
}

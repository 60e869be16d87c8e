import { checkInitialParams } from '../config/initialParams';
import { boundProblems, escapeUnsafe } from '../config/problems';
import type { InitialParams, RunConfig } from '../config/types';
import { buildDataset } from '../data';
import type { Dataset, DatasetAssets } from '../data/types';
import { Trainer } from '../engine';
import { fitChangesToRun } from './changeFit';

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
  // Data errors quote the user's text; escaping keeps ANSI codes and bidi marks inert.
  if (!built.ok) return { ok: false, error: escapeUnsafe(built.error) };
  const dataset = built.dataset;
  const refused = batchNormProblem(config, dataset.train.count);
  if (refused) return { ok: false, error: refused };
  const warnings: string[] = [];
  let runConfig = config;
  const hasBias = [...config.network.hidden.map((h) => h.bias), config.network.output.bias];
  const sizes = [
    dataset.inputSize,
    ...config.network.hidden.map((h) => h.size),
    dataset.outputSize,
  ];
  if (config.initialParams) {
    const normed = config.network.hidden.map((h) => h.batchNorm === true);
    const problem = checkInitialParams(config.initialParams, sizes, normed);
    if (problem) {
      // The message already says the initializer is used instead.
      warnings.push(problem.message);
      runConfig = { ...config, initialParams: null };
    }
  }
  if (runConfig.initialParams) warnings.push(...unusedBiases(runConfig.initialParams, hasBias));
  const fitted = fitChangesToRun(runConfig.changes, {
    sizes,
    hasBias,
    trainCount: dataset.train.count,
  });
  warnings.push(...fitted.warnings);
  runConfig = { ...runConfig, changes: fitted.changes };
  return {
    ok: true,
    trainer: new Trainer(runConfig, dataset),
    dataset,
    config: runConfig,
    warnings: boundProblems(warnings.map((message) => ({ field: '', message }))).map(
      (p) => p.message,
    ),
  };
}

/** Explicit nonzero biases for a layer without bias: the network keeps them at zero. */
function unusedBiases(params: InitialParams, hasBias: readonly boolean[]): string[] {
  const warnings: string[] = [];
  params.biases.forEach((list, l) => {
    if (!hasBias[l] && list.some((b) => b !== 0)) {
      warnings.push(
        `initial biases of layer ${l + 1} are given, but that layer has no bias; ignoring them`,
      );
    }
  });
  return warnings;
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

import { checkInitialParams } from '../config/initialParams';
import { english, mapText, msg, type Message } from '../core/i18n/message';
import { boundProblems, escapeUnsafe, problem as makeProblem } from '../config/problems';
import type { InitialParams, RunConfig } from '../config/types';
import { buildDataset } from '../data';
import type { Dataset, DatasetAssets } from '../data/types';
import { Trainer } from '../engine';
import { fitChangesToRun } from './changeFit';

export type PreparedRun =
  | {
      ok: true;
      trainer: Trainer;
      dataset: Dataset;
      config: RunConfig;
      /** In English, for the command line and the exported script. */
      warnings: string[];
      /** The same warnings, for the page to say in its language. */
      warningTexts: Message[];
    }
  | {
      ok: false;
      error: string;
      errorText: Message;
      /** 'data': the dataset could not be built; 'settings': the network refuses these settings. */
      cause: 'data' | 'settings';
    };

/**
 * Builds a run from its config: the dataset, then the network, with the explicit initial
 * parameters when they fit the network's shape (otherwise the initializer, with a warning).
 * The worker and the replay command both start runs here, so they start them identically.
 */
export function prepareRun(config: RunConfig, assets: DatasetAssets = {}): PreparedRun {
  const built = buildDataset(config, assets);
  // Data errors quote the user's text; escaping keeps ANSI codes and bidi marks inert.
  if (!built.ok) {
    const errorText = mapText(built.text, escapeUnsafe);
    return { ok: false, error: english(errorText), errorText, cause: 'data' };
  }
  const dataset = built.dataset;
  const refused = batchNormProblem(config, dataset.train.count);
  if (refused) return { ok: false, error: english(refused), errorText: refused, cause: 'settings' };
  const warnings: Message[] = [];
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
      warnings.push(problem.text);
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
    ...boundWarnings(warnings),
  };
}

/** Explicit nonzero biases for a layer without bias: the network keeps them at zero. */
function unusedBiases(params: InitialParams, hasBias: readonly boolean[]): Message[] {
  const warnings: Message[] = [];
  params.biases.forEach((list, l) => {
    if (!hasBias[l] && list.some((b) => b !== 0)) {
      warnings.push(msg('problem.params.unusedBiases', { layer: l + 1 }));
    }
  });
  return warnings;
}

/** At most MAX_PROBLEMS warnings (then '…and N more'), escaped, in English and as messages. */
function boundWarnings(texts: readonly Message[]): { warnings: string[]; warningTexts: Message[] } {
  const bounded = boundProblems(texts.map((text) => makeProblem('', text)));
  return { warnings: bounded.map((p) => p.message), warningTexts: bounded.map((p) => p.text) };
}

/**
 * Batch normalization divides by the batch's standard deviation: one sample has variance 0, so
 * a batch of one is refused, with the batch size in use named.
 */
export function batchNormProblem(config: RunConfig, trainCount: number): Message | null {
  const layer = config.network.hidden.findIndex((h) => h.batchNorm === true);
  if (layer < 0) return null;
  const batch = Math.min(config.training.batchSize, trainCount);
  if (batch >= 2) return null;
  return config.training.batchSize > trainCount
    ? msg('problem.batchNorm.smallSet', { layer: layer + 1, batch, count: trainCount })
    : msg('problem.batchNorm.smallBatch', { layer: layer + 1, batch });
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

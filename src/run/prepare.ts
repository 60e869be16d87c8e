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
  const warnings: string[] = [];
  let runConfig = config;
  const hasBias = [...config.network.hidden.map((h) => h.bias), config.network.output.bias];
  const sizes = [
    dataset.inputSize,
    ...config.network.hidden.map((h) => h.size),
    dataset.outputSize,
  ];
  if (config.initialParams) {
    const problem = checkInitialParams(config.initialParams, sizes);
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

/** The parameters as plain arrays (JSON keeps every double exactly). */
export function exportParameters(trainer: Trainer): { weights: number[][]; biases: number[][] } {
  return {
    weights: trainer.network.weights.map((w) => Array.from(w)),
    biases: trainer.network.biases.map((b) => Array.from(b)),
  };
}

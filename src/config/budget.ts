/**
 * The work budget of a run, next to LIMITS: each field may be within its own limit while the
 * combination is not (784 inputs, ten layers of 256 and a batch of 10 000 is 24 billion
 * multiply-adds and about a gigabyte for ONE step). A config over the budget is clamped after
 * validation — the batch first, then the sample count — with a message naming both.
 *
 * The sizes used here are upper bounds worked out from the config alone (the config layer
 * cannot build the data): digits have px² inputs, CSV data at most as many as its first line
 * has fields, every other dataset at most one per feature; every output layer has at most
 * LIMITS.outputWidth neurons. Over-estimating only ever makes the budget stricter.
 */
import { msg } from '../core/i18n/message';
import { sampleRange } from './fields';
import { LIMITS } from './limits';
import { problem, type Problem } from './problems';
import { FEATURES, type RunConfig } from './types';

export const BUDGET = {
  /**
   * Multiply-adds of one training step: batch × (weights of all layers) × 3 (the forward pass,
   * the backward δ and ∂C/∂W each cost one per weight and sample). 50 million take about 40 ms
   * on the 2-core reference machine, so the worker answers a command within about one step.
   */
  stepMultiplyAdds: 50_000_000,
  /** Bytes of data (every sample's inputs and targets) plus the activations of a batch. */
  memoryBytes: 256 * 2 ** 20,
} as const;

/** Copies of the data a run holds: the generated set, its train/test split, normalized inputs. */
const DATA_COPIES = 3;
/** Arrays of batch × width a layer needs while training: a, z, δ and the dropout mask. */
const ACTIVATION_ARRAYS = 4;
const BYTES = 8;

/** [inputs, hidden…, outputs], each at most what the run will build. */
export function layerWidthBounds(config: RunConfig): number[] {
  const { data, network } = config;
  let inputs: number;
  if (data.dataset === 'digits') inputs = data.digitSize * data.digitSize;
  else if (data.dataset === 'csv') inputs = Math.min(csvFieldBound(data.csv), LIMITS.inputWidth);
  else inputs = FEATURES.length;
  return [inputs, ...network.hidden.map((layer) => layer.size), LIMITS.outputWidth];
}

/** Fields on the longest of the first few lines: separators + 1 (a header counts too). */
function csvFieldBound(text: string): number {
  let most = 1;
  let fields = 1;
  for (let i = 0; i < text.length && i < 20_000; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      most = Math.max(most, fields);
      fields = 1;
    } else if (c === 44 || c === 59 || c === 9 || c === 32) fields++;
  }
  return Math.max(most, fields);
}

function weightCount(widths: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < widths.length; l++) total += widths[l - 1] * widths[l];
  return total;
}

export function stepMultiplyAdds(widths: readonly number[], batch: number): number {
  return 3 * batch * weightCount(widths);
}

export function memoryBytes(widths: readonly number[], batch: number, samples: number): number {
  const dataWidth = widths[0] + widths[widths.length - 1];
  const activationWidth = widths.reduce((sum, w) => sum + w, 0);
  return BYTES * (DATA_COPIES * samples * dataWidth + ACTIVATION_ARRAYS * batch * activationWidth);
}

/** Samples the run generates (CSV data brings its own rows, bounded by its length). */
function sampleCount(config: RunConfig): number {
  return config.data.dataset === 'csv' ? LIMITS.csvRows : config.data.samples;
}

/**
 * Clamps `config` (in place) into the budget, batch first, then samples, and says so. A config
 * within the budget is left exactly as it was.
 */
export function applyBudget(config: RunConfig, problems: Problem[]): void {
  const widths = layerWidthBounds(config);
  const training = config.training;
  const samples = sampleCount(config);
  const batchForWork = Math.floor(BUDGET.stepMultiplyAdds / stepMultiplyAdds(widths, 1));
  const perBatchRow = memoryBytes(widths, 1, 0);
  const batchForMemory = Math.floor(
    (BUDGET.memoryBytes - memoryBytes(widths, 0, samples)) / perBatchRow,
  );
  const batch = Math.max(1, Math.min(training.batchSize, batchForWork, batchForMemory));
  if (batch < training.batchSize) {
    const text =
      batchForWork <= batchForMemory
        ? msg('problem.budget.batchWork', {
            batch: training.batchSize,
            needed: millions(stepMultiplyAdds(widths, training.batchSize)),
            budget: millions(BUDGET.stepMultiplyAdds),
            using: batch,
          })
        : msg('problem.budget.batchMemory', {
            batch: training.batchSize,
            needed: megabytes(memoryBytes(widths, training.batchSize, samples)),
            budget: megabytes(BUDGET.memoryBytes),
            using: batch,
          });
    problems.push(problem('training.batchSize', text));
    training.batchSize = batch;
  }
  if (config.data.dataset === 'csv') return; // its rows are bounded by LIMITS.csvChars
  const dataRow = memoryBytes(widths, 0, 1);
  const samplesForMemory = Math.floor(
    (BUDGET.memoryBytes - memoryBytes(widths, batch, 0)) / dataRow,
  );
  if (samplesForMemory < config.data.samples) {
    const kept = Math.max(samplesForMemory, sampleRange(config.data.dataset).min);
    const text = msg('problem.budget.samplesMemory', {
      samples: config.data.samples,
      batch,
      needed: megabytes(memoryBytes(widths, batch, config.data.samples)),
      budget: megabytes(BUDGET.memoryBytes),
      using: kept,
    });
    problems.push(problem('data.samples', text));
    config.data.samples = kept;
  }
}

/** Whole millions: the budget message's scale. */
function millions(n: number): number {
  return Math.round(n / 1e6);
}

/** Whole mebibytes, written MB as the message says. */
function megabytes(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

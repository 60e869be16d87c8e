import type { DatasetName, LayerConfig, RunConfig } from '../../config/types';
import { datasetInfo } from '../../data/info';

/** A network fit for a kind of data, offered in one click when the current one is not. */
export interface DatasetPreset {
  /** What the click sets up, in words. */
  summary: string;
  /** The settings it sets (dotted paths, as the panel's other changes). */
  fields: Record<string, unknown>;
}

function layer(size: number, activation: LayerConfig['activation']): LayerConfig {
  return { size, activation, bias: true, dropout: 0 };
}

/**
 * The preset for a dataset, or null when there is none (2-D classification and CSV data train
 * with what the learner built). Each makes the output and loss match the targets and the
 * hidden layers big enough for the task.
 */
export function presetFor(dataset: DatasetName): DatasetPreset | null {
  switch (datasetInfo(dataset).kind) {
    case 'digits':
      return {
        // 784·64 + 64 + 64·10 + 10 = 50 890 parameters: the course's 784-15-10 network (11 935)
        // with room for more strokes; 5 000 images keep a 1 000-image test set honest.
        summary:
          '784-64-10 ReLU (50 890 parameters), softmax + cross-entropy, 5 000 samples of 28×28 (test 0.2), Adam',
        fields: {
          'data.digitSize': 28,
          'data.samples': 5000,
          'data.testFraction': 0.2,
          'network.hidden': [layer(64, 'relu')],
          'network.output.activation': 'softmax',
          'network.loss': 'cce',
          'network.init.kind': 'he-normal',
          'training.batchSize': 32,
          'training.optimizer.kind': 'adam',
          'training.optimizer.learningRate': 0.001,
        },
      };
    case 'iris':
      return {
        summary: '4-8-3 tanh, softmax over the 3 species + cross-entropy',
        fields: {
          'network.hidden': [layer(8, 'tanh')],
          'network.output.activation': 'softmax',
          'network.loss': 'cce',
        },
      };
    case 'regression-1d':
      return {
        summary: '1-16-1 tanh, a linear output + MSE',
        fields: {
          'network.hidden': [layer(16, 'tanh')],
          'network.output.activation': 'linear',
          'network.loss': 'mse',
        },
      };
    case 'regression-2d':
      return {
        summary: '2-16-8-1 tanh, a linear output + MSE',
        fields: {
          'network.hidden': [layer(16, 'tanh'), layer(8, 'tanh')],
          'network.output.activation': 'linear',
          'network.loss': 'mse',
        },
      };
    case 'gate':
      return {
        summary: '2-4-1 tanh, a sigmoid output + binary cross-entropy (enough for XOR)',
        fields: {
          'network.hidden': [layer(4, 'tanh')],
          'network.output.activation': 'sigmoid',
          'network.loss': 'bce',
          'training.batchSize': 4,
          'training.optimizer.learningRate': 0.5,
        },
      };
    default:
      return null;
  }
}

/** The squared errors differ by a constant factor only: either fits real-valued targets. */
const SAME_LOSS: Readonly<Record<string, string>> = { 'half-sse': 'mse' };

/**
 * Whether `config`'s network suits the data as the preset's does: the same output and loss
 * (the learner's own hidden layers are theirs to choose). Only then is the offer kept back.
 */
export function fitsData(config: RunConfig, preset: DatasetPreset): boolean {
  const loss = (name: unknown) => (typeof name === 'string' ? (SAME_LOSS[name] ?? name) : name);
  const output = preset.fields['network.output.activation'];
  const presetLoss = preset.fields['network.loss'];
  return (
    (output === undefined || config.network.output.activation === output) &&
    (presetLoss === undefined || loss(config.network.loss) === loss(presetLoss))
  );
}

/** Whether `config` already has every setting of `preset`. */
export function hasPreset(config: RunConfig, preset: DatasetPreset): boolean {
  return Object.entries(preset.fields).every(
    ([path, value]) => canonical(valueAt(config, path)) === canonical(value),
  );
}

/** JSON with object keys sorted, so equal settings compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function valueAt(config: RunConfig, path: string): unknown {
  let at: unknown = config;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * How a previous run's settings differ from the current run's, in the short notation of the
 * chart ("η=0.03", "batch=10", "layers 4-2 tanh"), to label its ghost curve.
 */
import { FIELD_SPECS } from '../../config/fields';
import { getPath } from '../../config/paths';
import type { LayerConfig, RunConfig } from '../../config/types';

/** Short names for the settings people compare most; others use their lower-cased label. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'training.optimizer.learningRate': 'η',
  'training.optimizer.momentum': 'μ',
  'training.optimizer.rho': 'ρ',
  'training.optimizer.beta1': 'β₁',
  'training.optimizer.beta2': 'β₂',
  'training.optimizer.epsilon': 'ε',
  'training.batchSize': 'batch',
  'training.regularization.rate': 'λ',
  'network.hidden': 'layers',
  'network.init.kind': 'init',
  'network.init.scale': 'init scale',
  'network.output.activation': 'output',
  'training.optimizer.kind': 'optimizer',
  'training.schedule.kind': 'schedule',
  'training.regularization.kind': 'regularization',
  'data.dataset': 'data',
};

/** Fields that say where a run opens, not what it computes. */
const IGNORED = new Set(['open.step', 'open.view', 'open.focusSample', 'data.csv']);

function formatLayers(layers: readonly LayerConfig[]): string {
  if (layers.length === 0) return 'none';
  const sizes = layers.map((l) => l.size).join('-');
  const activations = new Set(layers.map((l) => l.activation));
  if (activations.size === 1) return `${sizes} ${layers[0].activation}`;
  return layers.map((l) => `${l.size} ${l.activation}`).join(', ');
}

function formatSetting(path: string, value: unknown): string {
  if (path === 'network.hidden') return formatLayers(value as LayerConfig[]);
  if (path === 'initialParams') return value === null ? 'initializer' : 'explicit weights';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The previous run's values of every setting that differs from the current run. */
export function describeDifference(previous: RunConfig, current: RunConfig): string[] {
  const parts: string[] = [];
  for (const spec of FIELD_SPECS) {
    if (IGNORED.has(spec.path)) continue;
    const before = getPath(previous, spec.path);
    if (JSON.stringify(before) === JSON.stringify(getPath(current, spec.path))) continue;
    if (spec.path === 'initialParams') {
      parts.push(formatSetting(spec.path, before));
      continue;
    }
    const name = SHORT_NAMES[spec.path] ?? spec.label.toLowerCase();
    const value = formatSetting(spec.path, before);
    parts.push(name.length <= 2 ? `${name}=${value}` : `${name} ${value}`);
  }
  if (previous.data.csv !== current.data.csv) parts.push('other CSV data');
  return parts;
}

/** A ghost's label: "η=0.03, batch 10" (at most `max` settings), or "same settings". */
export function differenceLabel(previous: RunConfig, current: RunConfig, max = 2): string {
  const parts = describeDifference(previous, current);
  if (parts.length === 0) return 'same settings';
  const shown = parts.slice(0, max).join(', ');
  return parts.length > max ? `${shown} +${parts.length - max} more` : shown;
}

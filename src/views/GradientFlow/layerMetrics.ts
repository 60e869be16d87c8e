/**
 * What the gradient-flow charts read from a layer's block of statistics (see core/snapshot.ts),
 * and which unit-health figure a layer's activation has.
 */
import { statOf } from '../../core/snapshotReader';

/** mean |∂C/∂W|, ‖ΔW‖/‖W‖, or the share of dead (ReLU) or saturated (sigmoid, tanh) units. */
export type FlowMetric = 'grad' | 'update' | 'units';

/** The figure a chart plots for layer l (1-based) from a block of per-layer statistics. */
export function metricValue(metric: FlowMetric, stats: Float64Array, layer: number): number {
  if (metric === 'grad') return statOf(stats, layer, 'meanAbsGrad');
  if (metric === 'update') return statOf(stats, layer, 'updateRatio');
  const dead = statOf(stats, layer, 'deadFraction');
  return Number.isNaN(dead) ? statOf(stats, layer, 'saturatedFraction') : dead;
}

/** ReLU units can die; sigmoid and tanh units saturate; the other activations report neither. */
export function unitKind(activation: string): 'dead' | 'saturated' | null {
  if (activation === 'relu') return 'dead';
  if (activation === 'sigmoid' || activation === 'tanh') return 'saturated';
  return null;
}

/** Activations whose derivative jumps at 0, where a finite difference can straddle the kink. */
export function hasKink(activation: string): boolean {
  return activation === 'relu' || activation === 'leaky-relu' || activation === 'elu';
}

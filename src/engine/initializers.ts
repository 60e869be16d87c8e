import type { InitConfig } from '../config/types';
import type { Random } from '../core/random';

/**
 * Fills a weight matrix W (nOut × nIn, row-major) by the chosen rule. Biases start at zero.
 *
 * - zeros / constant c: every weight equal, so hidden units stay identical (symmetry is never broken)
 * - uniform ±r, normal σ: a fixed scale whatever the layer's width
 * - Xavier/Glorot: Var(w) = 2 / (nIn + nOut) keeps activation variance through tanh/linear layers
 * - He: Var(w) = 2 / nIn keeps it through ReLU layers
 */
export function initializeWeights(
  weights: Float64Array,
  nIn: number,
  nOut: number,
  init: InitConfig,
  random: Random,
): void {
  const n = weights.length;
  switch (init.kind) {
    case 'zeros':
      weights.fill(0);
      return;
    case 'constant':
      weights.fill(init.scale);
      return;
    case 'uniform':
      for (let k = 0; k < n; k++) weights[k] = random.uniform(-init.scale, init.scale);
      return;
    case 'normal':
      for (let k = 0; k < n; k++) weights[k] = init.scale * random.normal();
      return;
    case 'xavier-uniform': {
      const r = Math.sqrt(6 / (nIn + nOut));
      for (let k = 0; k < n; k++) weights[k] = random.uniform(-r, r);
      return;
    }
    case 'xavier-normal': {
      const sigma = Math.sqrt(2 / (nIn + nOut));
      for (let k = 0; k < n; k++) weights[k] = sigma * random.normal();
      return;
    }
    case 'he-uniform': {
      const r = Math.sqrt(6 / nIn);
      for (let k = 0; k < n; k++) weights[k] = random.uniform(-r, r);
      return;
    }
    case 'he-normal': {
      const sigma = Math.sqrt(2 / nIn);
      for (let k = 0; k < n; k++) weights[k] = sigma * random.normal();
      return;
    }
  }
}

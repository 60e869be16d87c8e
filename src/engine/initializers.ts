import { INITIALIZER_DESCRIPTORS } from '../core/choices/initializers';
import type { Random } from '../core/random';
import type { InitConfig } from '../config/types';

/**
 * Fills a weight matrix W (nOut × nIn, row-major) by the chosen rule (its descriptor in
 * src/core/choices/initializers.ts). Biases start at zero.
 */
export function initializeWeights(
  weights: Float64Array,
  nIn: number,
  nOut: number,
  init: InitConfig,
  random: Random,
): void {
  INITIALIZER_DESCRIPTORS[init.kind].fill(weights, nIn, nOut, init.scale, random);
}

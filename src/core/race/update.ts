/**
 * The race's update: the optimizer registry's own rule, the function the engine's training
 * step calls for every weight array. The runner's (x, y) is updated as a weight array would
 * be (weight decay applies to it, like to any weight); the surfaces carry no L1/L2 penalty.
 */
import {
  OPTIMIZER_DESCRIPTORS,
  fillCoefficients,
  newCoefficients,
  type UpdateSums,
} from '../choices/optimizers';
import type { RaceParams } from './types';

const coefficients = newCoefficients();
const sums: UpdateSums = { updateSq: 0, paramSq: 0 };

export function optimizerUpdate(run: RaceParams, t: number): void {
  const descriptor = OPTIMIZER_DESCRIPTORS[run.settings.kind];
  fillCoefficients(coefficients, descriptor, run.settings, run.settings.learningRate, t, 0, 0);
  descriptor.update(
    { param: run.position, grad: run.gradient, first: run.first, second: run.second },
    coefficients,
    true,
    sums,
  );
}

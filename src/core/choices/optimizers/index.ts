/**
 * Every optimizer, one descriptor each (one file each in this folder). The record is typed by
 * name, so an optimizer added to OPTIMIZERS without a descriptor does not compile.
 */
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamw } from './adamw';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { OptimizerDescriptor } from './types';

/** The optimizers in menu order; the names are link codes (`opt=adamw`). */
export const OPTIMIZERS = [
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
  'adamw',
] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const OPTIMIZER_DESCRIPTORS: { readonly [N in OptimizerName]: OptimizerDescriptor<N> } = {
  sgd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adam,
  adamw,
};

export {
  OPTIMIZER_HYPERS,
  OPTIMIZER_HYPER_NAMES,
  defaultOptimizerHypers,
  type OptimizerHyperName,
} from './hyper';
export {
  fillCoefficients,
  newCoefficients,
  penalizedGradient,
  type OptimizerDescriptor,
  type OptimizerSettings,
  type ParamArrays,
  type StateSlot,
  type StepCoefficients,
  type UpdateSums,
} from './types';

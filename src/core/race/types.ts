import type { OptimizerSettings } from '../choices/optimizers';

/** The settings of one runner: an optimizer with its learning rate and hyper-parameters. */
export type RaceRunSettings = OptimizerSettings;

/** The parameters, gradient and state of one runner, as the optimizer update sees them. */
export interface RaceParams {
  readonly settings: RaceRunSettings;
  readonly position: Float64Array;
  readonly gradient: Float64Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
}

/** Applies the runner's optimizer to its position; t is the 1-based number of this update. */
export type RaceUpdate = (run: RaceParams, t: number) => void;

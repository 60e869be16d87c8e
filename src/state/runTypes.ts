/**
 * The run's reports as the page sees them, with the config's types filled in where the
 * ground floor leaves them open.
 */
import type { OptimizerConfig } from '../config/types';
import type { StepTrace as StepTraceOf } from '../core/trace';

/** A traced step of this run (its optimizer settings typed as the config's). */
export type StepTrace = StepTraceOf<OptimizerConfig>;

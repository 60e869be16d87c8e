/**
 * English texts of the chart views (loss, gradient flow, output, optimizer race, computational
 * graph); one file per view keeps each readable. See `./ui.ts` for the conventions.
 */
import { enFlow } from './graphs/flow';
import { enLoss } from './graphs/loss';
import { enOutput } from './graphs/output';
import { enRace } from './graphs/race';
import { enScalar } from './graphs/scalar';

export const enGraphs = {
  ...enLoss,
  ...enFlow,
  ...enOutput,
  ...enRace,
  ...enScalar,
} as const;

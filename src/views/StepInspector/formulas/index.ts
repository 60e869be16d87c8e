import type { TraceOp } from '../../../core/trace';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { backwardDelta } from './backward';
import { forwardActivation, forwardLinear } from './forward';
import { gradients } from './gradients';
import { outputDelta, sampleLoss } from './loss';
import { normBackward, normForward, normGradients, normStatistics } from './norm';
import type { OpFormula } from './types';
import { update } from './update';

export type { FormulaLine, OpFormula, TermsTable } from './types';

/** The formula view of one traced operation, for the focused neuron (and input). */
export function opFormula(ctx: InspectContext, op: TraceOp, focus: OpFocus): OpFormula {
  switch (op.kind) {
    case 'forward-linear':
      return forwardLinear(ctx, op.sample, focus);
    case 'forward-activation':
      return forwardActivation(ctx, op.sample, focus);
    case 'loss':
      return sampleLoss(ctx, op.sample);
    case 'output-delta':
      return outputDelta(ctx, op.sample, focus);
    case 'backward-delta':
      return backwardDelta(ctx, op.sample, focus);
    case 'gradients':
      return gradients(ctx, focus);
    case 'update':
      return update(ctx, focus);
    case 'norm-statistics':
      return normStatistics(ctx, focus);
    case 'norm-forward':
      return normForward(ctx, op.sample, focus);
    case 'norm-gradients':
      return normGradients(ctx, focus);
    case 'norm-backward':
      return normBackward(ctx, op.sample, focus);
  }
}

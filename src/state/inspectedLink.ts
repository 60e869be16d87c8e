/**
 * The step inspector in the link. While a traced step of the next mini-batch is open, the
 * link opens at the step before it (the worker has applied the traced step N; the link says
 * step=N) with `op` the operation's number from 1 and view=inspector: opening it traces the
 * same step again, bit for bit, and goes to that operation. A step on a hand-picked or
 * typed-in sample is not the next mini-batch: its link opens after it, as before (the change
 * log replays it), and names no operation.
 */
import type { RunConfig } from '../config/types';
import type { StepTrace } from '../core/trace';
import type { AppState } from './store';

/** The page's config as the link writes it: `open` says where the inspector is, if anywhere. */
export function inspectedConfig(
  state: Pick<AppState, 'config' | 'trace' | 'inspectOp'>,
): RunConfig {
  const { config, trace, inspectOp } = state;
  if (!trace || trace.handPicked) return { ...config, open: { ...config.open, inspectOp: 0 } };
  return {
    ...config,
    open: { ...config.open, step: trace.step, inspectOp: inspectOp + 1, view: 'inspector' },
  };
}

/** A link's inspected operation, from the run's start to its traced step. */
export class LinkedInspection {
  /** The operation to show (0-based) once the traced step arrives; null: none asked for. */
  private pending: number | null = null;
  private asked = false;

  /** A new run: its link may ask for an operation. */
  arm(config: RunConfig): void {
    this.pending = config.open.inspectOp > 0 ? config.open.inspectOp - 1 : null;
    this.asked = false;
  }

  /** The run stands at its opening step: true once, when the traced step should be asked for. */
  shouldTrace(): boolean {
    if (this.pending === null || this.asked) return false;
    this.asked = true;
    return true;
  }

  /** The operation to open a trace at: the link's (clamped to the step's last), else the first. */
  opFor(trace: StepTrace): number {
    const op = this.pending;
    this.pending = null;
    return op === null ? 0 : Math.min(op, trace.ops.length - 1);
  }
}

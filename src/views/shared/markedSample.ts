import type { AppState } from '../../state/store';

/**
 * The training sample the output view rings: while a step is inspected, the sample its
 * current operation works on (a mini-batch walks through several); otherwise the focus sample.
 * −1 when the inspected sample was typed in (it is not in the data).
 */
export function selectMarkedSample(s: AppState): number {
  const trace = s.trace;
  if (!trace) return s.focusSample;
  const op = trace.ops[Math.min(s.inspectOp, trace.ops.length - 1)];
  const k = op && 'sample' in op ? op.sample : 0;
  return trace.samples[k]?.index ?? s.focusSample;
}

export function selectInspectingSample(s: AppState): boolean {
  return s.trace !== null;
}

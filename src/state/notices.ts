/**
 * The page's notices: the worker and the link reader report facts, and these say them to the
 * learner. Each sentence is kept as a message (a catalogue key and its values), so a notice on
 * show changes language with the switch; the words are in the ui catalogue (notice.*).
 */
import type { Problem } from '../config/problems';
import type { Divergence } from '../core/trace';
import { LIMITS } from '../config/limits';
import { message, rawMessage } from './message';
import { pushNotice } from './store';

export function noticeLinkProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  pushNotice({
    tone: 'warning',
    kind: 'link-problems',
    title: message('notice.linkProblems'),
    lines: problems.map((problem) => ({ kind: 'problem', problem })),
  });
}

export function noticeDivergence(divergence: Divergence): void {
  pushNotice({
    tone: 'error',
    kind: 'diverged',
    title: message('notice.diverged'),
    lines: [
      message('notice.divergedAt', { step: divergence.step, what: divergence.message }),
      message('notice.divergedAdvice'),
    ],
  });
}

/** The run could not start, or a command could not be carried out. */
export function noticeError(text: string): void {
  pushNotice({
    tone: 'error',
    kind: 'error',
    title: message('notice.error'),
    lines: text.split('\n').map(rawMessage),
  });
}

/** The run started, with part of its settings replaced (one line per warning). */
export function noticeWarning(text: string): void {
  pushNotice({
    tone: 'warning',
    kind: 'warning',
    title: message('notice.warning'),
    lines: text.split('\n').map(rawMessage),
  });
}

export function noticeWorkerCrash(text: string): void {
  pushNotice({
    tone: 'error',
    kind: 'worker-crash',
    title: message('notice.workerCrash'),
    lines: [message('notice.workerCrashLine', { what: text })],
  });
}

/** Training stopped at the step limit a link can reopen at. */
export function noticeStepLimit(): void {
  pushNotice({
    tone: 'info',
    kind: 'step-limit',
    title: message('notice.stepLimit', { step: LIMITS.openStep.toLocaleString('en') }),
    lines: [message('notice.stepLimitWhy'), message('notice.stepLimitAdvice')],
  });
}

/**
 * The words of the page's notices: the worker and the link reader report facts, and these
 * say them to the learner.
 */
import type { Problem } from '../config/problems';
import type { Divergence } from '../core/trace';
import { LIMITS } from '../config/limits';
import { pushNotice } from './store';

export function noticeLinkProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  pushNotice({
    tone: 'warning',
    title: 'Some settings in the link could not be used',
    lines: problems.map((p) => p.message),
  });
}

export function noticeDivergence(divergence: Divergence): void {
  pushNotice({
    tone: 'error',
    title: 'Training diverged',
    lines: [
      `At step ${divergence.step}, ${divergence.message}. Training was paused; the network is as it was before that step.`,
      'Try a lower learning rate, then press Reset.',
    ],
  });
}

/** The run could not start, or a command could not be carried out. */
export function noticeError(message: string): void {
  pushNotice({
    tone: 'error',
    title: 'The run could not start as asked',
    lines: message.split('\n'),
  });
}

/** The run started, with part of its settings replaced (one line per warning). */
export function noticeWarning(message: string): void {
  pushNotice({
    tone: 'warning',
    title: 'The run started with a change',
    lines: message.split('\n'),
  });
}

/** The worker died; a new one trains the same run again up to `step`. */
export function noticeWorkerCrash(message: string, step: number): void {
  pushNotice({
    tone: 'error',
    title: 'The training worker stopped',
    lines: [
      step > 0
        ? `${message}. A new worker is training the same run again up to step ${step}, with the same settings and changes.`
        : `${message}. A new worker restarted the run at step 0 with the same settings.`,
    ],
  });
}

/** Training stopped at the step limit a link can reopen at. */
export function noticeStepLimit(): void {
  pushNotice({
    tone: 'info',
    title: `Paused at step ${LIMITS.openStep.toLocaleString('en')}, the step limit`,
    lines: [
      'A link opens a run by training it again up to its step, and links go up to this step, so training stops here to keep the link exact.',
      'Press Reset to start over, or change a setting that restarts the run.',
    ],
  });
}

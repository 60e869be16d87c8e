/**
 * The words of the page's notices: the worker and the link reader report facts, and these
 * say them to the learner.
 */
import type { Problem } from '../config/problems';
import type { Divergence } from '../core/trace';
import { LIMITS } from '../config/limits';
import { pushNotice, useAppStore } from './store';

const LINK_PROBLEMS_TITLE = 'Some settings in the link could not be used';

/** What the link reader could not use, and what the worker then found (one notice for both). */
export function noticeLinkProblems(
  problems: readonly Problem[],
  found: readonly string[] = [],
): void {
  if (problems.length === 0 && found.length === 0) return;
  pushNotice({
    tone: 'warning',
    title: LINK_PROBLEMS_TITLE,
    lines: [...problems.map((p) => p.message), ...found],
  });
}

/** Why a run starts on other data than it asked for, as one more of its link's problems. */
export function dataFallbackProblem(reason: string, dataset: string): Problem {
  return { field: 'data.dataset', message: `${reason}; using the ${dataset} data instead` };
}

/** Takes back a notice that a newer one says again (the page shows one notice for a link). */
function withdrawNotice(title: string): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n.title !== title) }));
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

/**
 * The run could not start, or a command could not be carried out. A link's problems are
 * listed under it, as they often say why.
 */
export function noticeError(message: string, problems: readonly Problem[] = []): void {
  withdrawNotice(LINK_PROBLEMS_TITLE);
  pushNotice({
    tone: 'error',
    title: 'The run could not start as asked',
    lines: [...message.split('\n'), ...problems.map((p) => p.message)],
  });
}

/**
 * The run started, with part of its settings replaced (one line per warning). After a link
 * with problems, the warnings join that link's notice.
 */
export function noticeWarning(message: string, problems: readonly Problem[] = []): void {
  if (problems.length > 0) {
    noticeLinkProblems(problems, message.split('\n'));
    return;
  }
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

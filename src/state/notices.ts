/**
 * The words of the page's notices: the worker and the link reader report facts, and these
 * say them to the learner. A notice holds catalogue messages, so the page shows it in the
 * language chosen when it is read, not when it was made.
 */
import type { Problem } from '../config/problems';
import type { Divergence } from '../core/trace';
import { msg, type Message } from '../core/i18n/message';
import { LIMITS } from '../config/limits';
import { pushNotice } from './store';

/**
 * The engine's gradient limit (GRADIENT_LIMIT in engine/trainer.ts), as its divergence message
 * writes it; the state does not import the engine, and a test checks the two agree.
 */
const GRADIENT_LIMIT_TEXT = '1e+100';

export function noticeLinkProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  pushNotice({
    tone: 'warning',
    title: msg('runNotice.linkProblems'),
    lines: problems.map((p) => p.text),
  });
}

/** Where and how a step diverged, said from the divergence's facts. */
export function divergenceText(divergence: Divergence): Message {
  const { layer } = divergence;
  switch (divergence.stage) {
    case 'forward':
      return msg('runNotice.divergedForward', { layer, value: String(divergence.value ?? NaN) });
    case 'loss':
      return msg('runNotice.divergedLoss');
    case 'gradient':
      return msg('runNotice.divergedGradient', { layer, limit: GRADIENT_LIMIT_TEXT });
  }
}

export function noticeDivergence(divergence: Divergence): void {
  pushNotice({
    tone: 'error',
    title: msg('runNotice.diverged'),
    lines: [
      msg('runNotice.divergedAt', { step: divergence.step, what: divergenceText(divergence) }),
      msg('runNotice.divergedAdvice'),
    ],
  });
}

/** The run could not start, or a command could not be carried out. */
export function noticeError(text: Message): void {
  pushNotice({ tone: 'error', title: msg('runNotice.error'), lines: [text] });
}

/** The run started, with part of its settings replaced (one line per warning). */
export function noticeWarning(texts: readonly Message[]): void {
  pushNotice({ tone: 'warning', title: msg('runNotice.warning'), lines: [...texts] });
}

/** The worker stopped, for the reason `why`. */
export function noticeWorkerCrash(why: Message): void {
  pushNotice({
    tone: 'error',
    title: msg('runNotice.crash'),
    lines: [msg('runNotice.crashRestarted', { why })],
  });
}

/** Training stopped at the step limit a link can reopen at. */
export function noticeStepLimit(): void {
  pushNotice({
    tone: 'info',
    title: msg('runNotice.stepLimit', { limit: LIMITS.openStep.toLocaleString('en') }),
    lines: [msg('runNotice.stepLimitWhy'), msg('runNotice.stepLimitAdvice')],
  });
}

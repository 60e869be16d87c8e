/**
 * The words of the page's notices: the worker and the link reader report facts, and these
 * say them to the learner. A notice holds catalogue messages, so the page shows it in the
 * language chosen when it is read, not when it was made.
 */
import { problem, type Problem } from '../config/problems';
import type { Divergence } from '../core/trace';
import { msg, type Message } from '../core/i18n/message';
import { LIMITS } from '../config/limits';
import { pushNotice, useAppStore } from './store';

/** What the link reader could not use, and what the worker then found (one notice for both). */
export function noticeLinkProblems(
  problems: readonly Problem[],
  found: readonly Message[] = [],
): void {
  if (problems.length === 0 && found.length === 0) return;
  pushNotice({
    tone: 'warning',
    title: msg('runNotice.linkProblems'),
    lines: [...problems.map((p) => p.text), ...found],
  });
}

/** Why a run starts on other data than it asked for, as one more of its link's problems. */
export function dataFallbackProblem(reason: Message, dataset: string): Problem {
  return problem('data.dataset', msg('runNotice.dataFallback', { reason, dataset }));
}

/** Takes back a notice that a newer one says again (the page shows one notice for a link). */
function withdrawNotice(title: Message): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n.title.key !== title.key) }));
}

/**
 * The engine's gradient limit (GRADIENT_LIMIT in engine/trainer.ts), as its divergence message
 * writes it; the state does not import the engine, and a test checks the two agree.
 */
const GRADIENT_LIMIT_TEXT = '1e+100';

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

/**
 * The run could not start, or a command could not be carried out. A link's problems are
 * listed under it, as they often say why.
 */
export function noticeError(text: Message, problems: readonly Problem[] = []): void {
  withdrawNotice(msg('runNotice.linkProblems'));
  pushNotice({
    tone: 'error',
    title: msg('runNotice.error'),
    lines: [text, ...problems.map((p) => p.text)],
  });
}

/** A command the worker refused (a step it cannot take, a typed-in sample that does not fit). */
export function noticeCommandError(text: Message): void {
  pushNotice({ tone: 'error', title: msg('runNotice.command'), lines: [text] });
}

/**
 * The run started, with part of its settings replaced (one line per warning). After a link
 * with problems, the warnings join that link's notice.
 */
export function noticeWarning(texts: readonly Message[], problems: readonly Problem[] = []): void {
  if (problems.length > 0) {
    noticeLinkProblems(problems, texts);
    return;
  }
  pushNotice({ tone: 'warning', title: msg('runNotice.warning'), lines: [...texts] });
}

/** The worker died, for the reason `why`; a new one trains the same run again up to `step`. */
export function noticeWorkerCrash(why: Message, step: number): void {
  pushNotice({
    tone: 'error',
    title: msg('runNotice.crash'),
    lines: [
      step > 0
        ? msg('runNotice.crashResumed', { why, step })
        : msg('runNotice.crashRestarted', { why }),
    ],
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

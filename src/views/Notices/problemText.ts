import type { Translate } from '../../core/i18n';
import type { Problem } from '../../config/problems';

/**
 * How a problem found in a link or a config reads on the page. Every problem the page shows
 * goes through here, so the messages' catalogue can word them in the page's language.
 */
export function problemText(problem: Problem, _t: Translate): string {
  return problem.message;
}

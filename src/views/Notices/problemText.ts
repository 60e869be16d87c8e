import type { Translate } from '../../core/i18n';
import type { Problem } from '../../config/problems';

/** A presentation key's value that is not one of its names (presentation.ts words it so). */
const NOT_ONE_OF = /^(embed|hide|lang): ('.*') is not one of ([a-z, -]+); ignored$/s;

/**
 * How a problem found in a link or a config reads on the page. Every problem the page shows
 * goes through here, so the messages' catalogue can word them in the page's language. Until
 * problems carry their catalogue key, the presentation keys' own check (embed=, hide=, lang=)
 * is recognised by its wording and said in the page's language; the rest keep their English.
 */
export function problemText(problem: Problem, t: Translate): string {
  const notOneOf = NOT_ONE_OF.exec(problem.message);
  if (notOneOf) {
    const [, key, value, names] = notOneOf;
    return t('notice.notOneOf', { key, value, names });
  }
  return problem.message;
}

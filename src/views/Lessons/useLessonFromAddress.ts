import { useEffect } from 'react';
import { splitPresentation } from '../../config/presentation';
import { lessonForLink } from '../../lessons';
import { showLesson, useLessonState } from '../../state/lessonState';

/** The lesson an address opens, whatever presentation keys (hide=, lang=) ride along. */
function lessonAt(hash: string) {
  return lessonForLink(splitPresentation(hash).runLink);
}

/**
 * A shared lesson link shows its lesson's note too: on load, and whenever the address changes
 * by navigation (Back, a pasted link). An address that is no lesson closes the note.
 */
export function useLessonFromAddress(): void {
  useEffect(() => {
    // The page's run came from this same address: it is the lesson's own.
    const match = lessonAt(window.location.hash);
    if (match) showLesson(match, true);
    const onHashChange = (): void => {
      const next = lessonAt(window.location.hash);
      const current = useLessonState.getState().active;
      if (next?.variant !== current?.variant) showLesson(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}

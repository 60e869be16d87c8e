import { useRef, useState } from 'react';
import { LESSONS, lessonWords, type LessonChoice } from '../../lessons';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { showLesson, useLessonState } from '../../state/lessonState';
import { openLesson } from './openLesson';
import { useLessonFromAddress } from './useLessonFromAddress';
import { useNoteHeight } from './useNoteHeight';
import { keepTogether } from './keepTogether';
import { VariantButtons } from './VariantButtons';
import './Lessons.css';

/**
 * The open lesson beside the run: its title, what it shows, where to look, and its variants
 * one click apart. It stays in sight in the sticky header while the page scrolls to any view;
 * dismissible, and folds down to one line to leave the views more room.
 */
export function LessonNote() {
  useLessonFromAddress();
  const active = useLessonState((s) => s.active);
  if (!active) return null;
  return <Note choice={active} />;
}

function Note({ choice }: { choice: LessonChoice }) {
  const controller = useController();
  const [folded, setFolded] = useState(false);
  const box = useRef<HTMLElement>(null);
  const t = useT();
  useNoteHeight(box);
  const { lesson, variant } = choice;
  const number = LESSONS.indexOf(lesson) + 1;
  const titleId = `lesson-note-${lesson.id}`;
  const words = lessonWords(lesson, t);
  return (
    <aside ref={box} className="lesson-note" aria-labelledby={titleId}>
      <div className="lesson-note-head">
        <h2 id={titleId}>
          <span className="lesson-number">{t('lessonMenu.number', { number })}</span> {words.title}
        </h2>
        <VariantButtons
          lesson={lesson}
          active={variant}
          onChoose={(next) => openLesson({ lesson, variant: next }, controller)}
        />
        <button
          type="button"
          className="lesson-fold"
          aria-expanded={!folded}
          onClick={() => setFolded(!folded)}
        >
          {folded ? t('lessonMenu.showText') : t('lessonMenu.hideText')}
        </button>
        <button
          type="button"
          className="lesson-close"
          aria-label={t('lessonMenu.closeNote')}
          onClick={() => {
            // The note leaves with its button: the focus goes back to the Lessons menu's button.
            document.querySelector<HTMLElement>('[data-lessons-menu]')?.focus();
            showLesson(null);
          }}
        >
          ×
        </button>
      </div>
      {!folded && (
        <div className="lesson-note-body">
          <p>{keepTogether(words.text)}</p>
          {variant.race ? (
            <p className="lesson-look">
              <strong>{t('landscape.lesson.race')} </strong>
              {keepTogether(t(variant.race.watch))}
            </p>
          ) : (
            <p className="lesson-look">
              <strong>{t('lessonMenu.lookAt')} </strong>
              {keepTogether(words.lookAt)}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}

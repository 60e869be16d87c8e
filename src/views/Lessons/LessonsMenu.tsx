import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { LESSONS, lessonWords, type LessonChoice } from '../../lessons';
import { useController } from '../shared/controllerContext';
import { setLessonMenu, useLessonState } from '../../state/lessonState';
import { openLesson } from './openLesson';
import { VariantButtons } from './VariantButtons';
import { useT } from '../shared/useT';
import './Lessons.css';

/** The header's "Lessons" button and the panel listing the lessons with their variants. */
export function LessonsMenu() {
  const open = useLessonState((s) => s.menuOpen);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = useT();
  const close = (): void => {
    setLessonMenu(false);
    trigger.current?.focus();
  };
  return (
    <div className="lessons-menu">
      <button
        ref={trigger}
        type="button"
        data-lessons-menu
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setLessonMenu(!open)}
      >
        {t('lessonMenu.menu')}
      </button>
      {open && <LessonsPanel id={panelId} onClose={close} trigger={trigger} />}
    </div>
  );
}

interface LessonsPanelProps {
  id: string;
  onClose: () => void;
  trigger: React.RefObject<HTMLButtonElement | null>;
}

function LessonsPanel({ id, onClose, trigger }: LessonsPanelProps) {
  const controller = useController();
  const panel = useRef<HTMLDivElement>(null);
  const headingId = `${id}-title`;
  const t = useT();

  useLayoutEffect(() => {
    // Anchored below its button, but moved left as far as needed to stay on a narrow screen.
    const box = panel.current;
    const anchor = trigger.current;
    if (!box || !anchor) return;
    const overflow =
      anchor.getBoundingClientRect().left + box.offsetWidth - (window.innerWidth - 16);
    if (overflow > 0) box.style.left = `${-overflow}px`;
  }, [trigger]);

  useEffect(() => {
    panel.current?.querySelector<HTMLButtonElement>('.lesson-variants button')?.focus();
    // A click anywhere outside the panel (and its button) closes it.
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (panel.current?.contains(target) || trigger.current?.contains(target)) return;
      setLessonMenu(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [trigger]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
    // Keys typed here are the menu's, not the page's shortcuts (Space = Play, R = Reset).
    event.stopPropagation();
  };

  // Tab out of the panel (but not back to its button) closes it, as a click outside does: it
  // would otherwise stay open over the controls the focus went on to.
  const onBlur = (event: React.FocusEvent): void => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || panel.current?.contains(to) || trigger.current?.contains(to))
      return;
    setLessonMenu(false);
  };

  return (
    <div
      ref={panel}
      id={id}
      className="lessons-panel"
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="lessons-panel-head">
        <h2 id={headingId}>{t('lessonMenu.menu')}</h2>
        <p>{t('lessonMenu.menuIntro')}</p>
        <button
          type="button"
          className="lesson-close"
          aria-label={t('lessonMenu.closeMenu')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <LessonList
        id={id}
        onChoose={(choice) => {
          onClose();
          openLesson(choice, controller, { toTop: true });
        }}
      />
    </div>
  );
}

/** Every lesson with its summary and variant buttons, the active variant marked. */
function LessonList({ id, onChoose }: { id: string; onChoose: (choice: LessonChoice) => void }) {
  const active = useLessonState((s) => s.active);
  const t = useT();
  return (
    <ol className="lessons-list">
      {LESSONS.map((lesson) => (
        <li key={lesson.id} aria-labelledby={`${id}-${lesson.id}`}>
          <h3 id={`${id}-${lesson.id}`}>{lessonWords(lesson, t).title}</h3>
          <p>{lessonWords(lesson, t).summary}</p>
          <VariantButtons
            lesson={lesson}
            active={active?.lesson === lesson ? active.variant : null}
            onChoose={(variant) => onChoose({ lesson, variant })}
          />
        </li>
      ))}
    </ol>
  );
}

import { create } from 'zustand';
import type { LessonChoice } from '../lessons';

/**
 * Which lesson the side note explains, and whether the lessons menu is open. Kept beside the
 * lesson views (only they read it); the run itself is opened through the address bar.
 */
interface LessonState {
  active: LessonChoice | null;
  /**
   * The run on show is the active choice's own (the page opened on its link), not one that
   * its new run will replace: what waits for the lesson's run may act at once.
   */
  ownRun: boolean;
  menuOpen: boolean;
}

export const useLessonState = create<LessonState>()(() => ({
  active: null,
  ownRun: false,
  menuOpen: false,
}));

export const initialLessonState: LessonState = useLessonState.getState();

export function showLesson(choice: LessonChoice | null, ownRun = false): void {
  useLessonState.setState({ active: choice, ownRun });
}

export function setLessonMenu(open: boolean): void {
  useLessonState.setState({ menuOpen: open });
}

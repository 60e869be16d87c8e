import { create } from 'zustand';
import type { LessonChoice } from '../lessons';

/**
 * Which lesson the side note explains, and whether the lessons menu is open. Kept beside the
 * lesson views (only they read it); the run itself is opened through the address bar.
 */
interface LessonState {
  active: LessonChoice | null;
  menuOpen: boolean;
}

export const useLessonState = create<LessonState>()(() => ({ active: null, menuOpen: false }));

export const initialLessonState: LessonState = useLessonState.getState();

export function showLesson(choice: LessonChoice | null): void {
  useLessonState.setState({ active: choice });
}

export function setLessonMenu(open: boolean): void {
  useLessonState.setState({ menuOpen: open });
}

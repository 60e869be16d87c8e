import { createContext, use } from 'react';
import { changeModeOf, type ChangeMode } from './liveness';

/** Ids of the two hidden sentences ("applies live" / "restarts the run") fields point to. */
export const ModeNoteIds = createContext<Record<ChangeMode, string> | null>(null);

/** How most fields of the enclosing section apply; only fields that differ get a visible mark. */
export const SectionMode = createContext<ChangeMode>('restart');

/** The change mode of a field, the id of its description, and whether to mark it visibly. */
export function useChangeMode(path: string): {
  mode: ChangeMode;
  noteId: string | undefined;
  marked: boolean;
} {
  const ids = use(ModeNoteIds);
  const sectionMode = use(SectionMode);
  const mode = changeModeOf(path);
  return { mode, noteId: ids?.[mode], marked: mode !== sectionMode };
}

/** Joins the ids that describe a control, skipping the missing ones. */
export function describedBy(...ids: (string | null | undefined | false)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

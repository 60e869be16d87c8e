import { useLayoutEffect, type RefObject } from 'react';

/** The CSS variable other sticky parts of the page offset themselves by (0 without a note). */
export const NOTE_HEIGHT_VAR = '--lesson-note-height';

/**
 * Publishes the note's height as a CSS variable while it is shown. The note sits in the sticky
 * header, so the sticky settings panel and views scrolled into sight move down by that much
 * instead of sliding under it.
 */
export function useNoteHeight(note: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = note.current;
    const root = document.documentElement;
    if (!element) return;
    const publish = (): void => {
      // The note's own height plus the gap above it: what it adds to the header.
      const parent = element.parentElement;
      const gap = parent ? parseFloat(getComputedStyle(parent).rowGap) || 0 : 0;
      const height = Math.ceil(element.getBoundingClientRect().height + gap);
      root.style.setProperty(NOTE_HEIGHT_VAR, `${height}px`);
    };
    publish();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(publish);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(NOTE_HEIGHT_VAR);
    };
  }, [note]);
}

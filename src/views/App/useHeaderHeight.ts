import { useEffect, type RefObject } from 'react';
import { headerResized } from '../shared/scrollIntoSight';

/**
 * Publishes the sticky header's height as --header-height, so the sticky settings column and
 * views scrolled into sight stop below it however many rows the header wraps to (and one
 * scrolled there just before the header grew goes there again: scrollIntoSight.ts).
 */
export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--header-height', `${Math.round(element.offsetHeight)}px`);
      headerResized();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}

import { useEffect, useRef, type RefObject } from 'react';
import type { ViewName } from '../../config/types';
import { useAppStore } from '../../state/store';
import { selectReady, selectView } from '../../state/selectors';
import { scrollIntoSight } from './scrollIntoSight';

/**
 * Brings a view into sight when a link opens on it (`view=`), once its run is ready. Once per
 * opening: a structural change keeps the link's view and must not scroll again, but a later
 * link that opens elsewhere and then one that opens here again (a lesson) scrolls again.
 */
export function useOpenViewScroll(
  box: RefObject<HTMLElement | null>,
  view: ViewName,
  block: ScrollLogicalPosition = 'start',
): void {
  const ready = useAppStore(selectReady);
  const openView = useAppStore(selectView);
  const scrolled = useRef(false);
  useEffect(() => {
    if (openView !== view) scrolled.current = false;
    if (scrolled.current || !ready || openView !== view) return;
    scrolled.current = true;
    if (box.current) scrollIntoSight(box.current, block);
  }, [box, view, block, ready, openView]);
}

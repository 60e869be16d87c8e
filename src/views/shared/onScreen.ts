/**
 * Whether an element is on screen (or within MARGIN of it), for views that draw live numbers:
 * while it is scrolled away, drawing it costs the page's frame and the worker's core for
 * nothing.
 */
export interface OnScreen {
  /** True until an observer reports otherwise (there is none without layout, e.g. in tests). */
  visible(): boolean;
  stop(): void;
}

/** How far outside the viewport a view still counts as on screen (it draws before it shows). */
const MARGIN = '100px';

/** Watches `element`; `onShow` runs each time it comes (back) into view. */
export function watchOnScreen(element: Element | null, onShow: () => void): OnScreen {
  let visible = true;
  let observer: IntersectionObserver | null = null;
  if (element && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver(
      (entries) => {
        const now = entries[entries.length - 1].isIntersecting;
        const shown = now && !visible;
        visible = now;
        if (shown) onShow();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
  }
  return {
    visible: () => visible,
    stop: () => observer?.disconnect(),
  };
}

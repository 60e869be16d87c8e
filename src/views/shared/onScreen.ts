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

/** The catch-ups of every watched view, for drawOutOfSight. */
const catchUps = new Set<() => void>();

/**
 * Watches `element`. `catchUp` draws what the view missed while out of sight; it runs each time
 * the element comes (back) into view, and on drawOutOfSight.
 */
export function watchOnScreen(element: Element | null, catchUp: () => void): OnScreen {
  let visible = true;
  let observer: IntersectionObserver | null = null;
  if (element && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver(
      (entries) => {
        const now = entries[entries.length - 1].isIntersecting;
        const shown = now && !visible;
        visible = now;
        if (shown) catchUp();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
  }
  catchUps.add(catchUp);
  return {
    visible: () => visible,
    stop: () => {
      observer?.disconnect();
      catchUps.delete(catchUp);
    },
  };
}

/**
 * Brings every view out of sight up to the newest numbers at once: a picture saved of one
 * (the exports) must show the step its file is named after.
 */
export function drawOutOfSight(): void {
  for (const catchUp of catchUps) catchUp();
}

/**
 * Brings a view into sight below the sticky header, and keeps it there while the header settles.
 * A view scrolled to as a page opens (a link's `view=`, a lesson's race) may be scrolled before
 * the header has its final height: a lesson's note, mounted in the same moment, grows it by
 * 150 px, and the view's title and first lines would end up under it. So for a short while after
 * such a scroll, a change of the header's height (useHeaderHeight) scrolls to the view again,
 * unless the reader has scrolled or clicked since.
 */

/** How long after a scroll a change of the header's height still moves to the view again. */
const SETTLE_MS = 2_000;

let anchor: { element: HTMLElement; block: ScrollLogicalPosition; until: number } | null = null;
let listening = false;

function forget(): void {
  anchor = null;
}

/** Scrolls `element` into sight (its scroll-margin keeps it below the header) and anchors it. */
export function scrollIntoSight(
  element: HTMLElement,
  block: ScrollLogicalPosition = 'start',
): void {
  element.scrollIntoView?.({ block });
  anchor = { element, block, until: performance.now() + SETTLE_MS };
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // The reader takes over: a wheel, a touch, a key or a click ends the anchoring.
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
    window.addEventListener(type, forget, { capture: true, passive: true });
}

/** The sticky header changed height: a view scrolled into sight just before goes there again. */
export function headerResized(): void {
  if (anchor === null) return;
  if (performance.now() > anchor.until || !anchor.element.isConnected) {
    anchor = null;
    return;
  }
  anchor.element.scrollIntoView?.({ block: anchor.block });
}

/**
 * Brings a view into sight below the sticky header, and keeps it there while the page settles.
 * A view scrolled to as a page opens (a link's `view=`, a lesson's race) may be scrolled before
 * the page has its final layout: a lesson's note, mounted in the same moment, grows the header
 * by 150 px, and the panels above the view draw their first numbers when the opening's run
 * arrives (a race lesson's race moved 250 px down then). So for a short while after such a
 * scroll, a change of the header's height (useHeaderHeight) or of the view's place on the
 * screen scrolls to the view again, unless the reader has scrolled or clicked since.
 */

/** How long after a scroll a change of the header's height still moves to the view again. */
const SETTLE_MS = 5_000;
/** However often the view moves, the anchoring ends this long after the first scroll. */
const LONGEST_MS = 15_000;

interface Anchor {
  element: HTMLElement;
  block: ScrollLogicalPosition;
  until: number;
  last: number;
  /** The view's top on the screen after the last scroll to it (null: not measured yet). */
  top: number | null;
}

let anchor: Anchor | null = null;
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
  const now = performance.now();
  anchor = { element, block, until: now + SETTLE_MS, last: now + LONGEST_MS, top: null };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => follow(anchor));
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

/**
 * A view near the page's end cannot reach the top of the screen until the panels below it
 * have drawn (a lazy view still loading): it stopped short, and the page has grown since.
 */
function stoppedShort(watched: Anchor, top: number): boolean {
  if (watched.block !== 'start') return false;
  const margin = parseFloat(getComputedStyle(watched.element).scrollMarginTop) || 0;
  const page = document.documentElement;
  return top > margin + 2 && window.scrollY + window.innerHeight < page.scrollHeight - 1;
}

/**
 * Once a frame while anchored: the view moved on the screen (the panels above it changed
 * height) or can now go where it stopped short of, so it is scrolled to again, and the
 * anchoring lasts SETTLE_MS more (at most until LONGEST_MS after the first scroll).
 */
function follow(watched: Anchor | null): void {
  if (watched === null || anchor !== watched) return;
  const now = performance.now();
  if (now > watched.until || !watched.element.isConnected) {
    anchor = null;
    return;
  }
  const top = watched.element.getBoundingClientRect().top;
  const moved = watched.top !== null && Math.abs(top - watched.top) > 2;
  if (moved || (watched.top !== null && stoppedShort(watched, top))) {
    watched.element.scrollIntoView?.({ block: watched.block });
    watched.until = Math.min(watched.last, now + SETTLE_MS);
    watched.top = watched.element.getBoundingClientRect().top;
  } else {
    watched.top = top;
  }
  requestAnimationFrame(() => follow(watched));
}

/**
 * Keyboard focus across the inspector's two faces. Starting an inspected step replaces the start
 * buttons with the operation navigator, and Finish step brings the start buttons back: the
 * focused button leaves the page, the browser puts the focus on <body>, and the next Tab started
 * again from the top of the page. The control that goes calls `handOver()`; the one that takes
 * its place passes `takeOver` as its ref, and gets the focus if it is still lost when it appears
 * (never taking it from wherever the reader has moved it meanwhile).
 */
let handing = false;

export function handOver(): void {
  handing = true;
}

export function takeOver(el: HTMLElement | null): void {
  if (el === null || !handing) return;
  handing = false;
  const active = document.activeElement;
  if (active === null || active === document.body || !active.isConnected) {
    el.focus({ preventScroll: true });
  }
}

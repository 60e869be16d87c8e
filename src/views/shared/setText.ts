/**
 * Sets an element's text only when it changes. Writing textContent replaces the text node even
 * with the same words, and the browser then lays the text out again; the live counters and
 * readouts are written on every animation frame, most of them unchanged.
 */
export function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

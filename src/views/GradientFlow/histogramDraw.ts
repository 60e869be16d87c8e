/**
 * Writes histogram bars into their `<rect>` elements (no React render per frame), touching
 * only attributes whose value changed: every write invalidates style and layout.
 */
import type { Bar } from './histogramBins';

export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function applyBars(
  rects: readonly (SVGRectElement | null)[],
  bars: readonly Bar[] | null,
  highlighted?: (k: number) => boolean,
): void {
  rects.forEach((rect, k) => {
    if (!rect) return;
    const bar = bars?.[k];
    if (!bar || bar.height === 0) {
      setAttr(rect, 'height', '0');
      return;
    }
    setAttr(rect, 'x', bar.x.toFixed(1));
    setAttr(rect, 'width', bar.width.toFixed(1));
    setAttr(rect, 'y', bar.y.toFixed(1));
    setAttr(rect, 'height', bar.height.toFixed(1));
    const marked = highlighted?.(k) ?? false;
    if (rect.classList.contains('highlighted') !== marked) rect.classList.toggle('highlighted');
  });
}

/** Sets an element's text, touching the DOM only when it changes. */
export function setText(el: SVGTextElement | HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

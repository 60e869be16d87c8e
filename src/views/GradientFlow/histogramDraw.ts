/** Writes histogram bars into their `<rect>` elements (no React render per frame). */
import type { Bar } from './histogramBins';

export function applyBars(
  rects: readonly (SVGRectElement | null)[],
  bars: readonly Bar[] | null,
  highlighted?: (k: number) => boolean,
): void {
  rects.forEach((rect, k) => {
    if (!rect) return;
    const bar = bars?.[k];
    if (!bar || bar.height === 0) {
      rect.setAttribute('height', '0');
      return;
    }
    rect.setAttribute('x', bar.x.toFixed(2));
    rect.setAttribute('width', bar.width.toFixed(2));
    rect.setAttribute('y', bar.y.toFixed(2));
    rect.setAttribute('height', bar.height.toFixed(2));
    rect.classList.toggle('highlighted', highlighted?.(k) ?? false);
  });
}

/** Sets an element's text, touching the DOM only when it changes. */
export function setText(el: SVGTextElement | HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

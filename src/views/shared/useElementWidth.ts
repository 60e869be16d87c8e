import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, re-measured when it resizes (a structural change: the
 * chart re-renders at the new size). `fallback` is used until the element is laid out and
 * wherever layout is not measured (tests in a DOM without layout).
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (): void => {
      const w = Math.floor(element.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

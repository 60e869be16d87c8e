import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds the newest `value` after each render: a callback registered once (a frame
 * listener) reads the current props and state through it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}

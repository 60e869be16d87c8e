import { useEffect, useRef } from 'react';
import { onFrame, type LiveRun } from '../../state/live';

/**
 * Calls `draw` once per animation frame after the live run changed, without re-rendering.
 * The newest `draw` is always used, so it may close over props and state.
 */
export function useLiveFrame(draw: (run: LiveRun) => void): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => onFrame((run) => latest.current(run)), []);
}

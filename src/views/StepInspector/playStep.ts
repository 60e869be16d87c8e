import { useEffect } from 'react';
import { create } from 'zustand';
import { nextOp } from '../../state/inspector';
import { useAppStore } from '../../state/store';

/** Time each operation stays on show while a step plays, slowest first. */
export const STEP_PACES: readonly number[] = [3000, 1500, 700, 300];

interface StepPlayer {
  /** Walking the inspected step's operations on a timer. */
  playing: boolean;
  paceMs: number;
}

/** "Play the step": only the page's presentation, so it lives with the view, not in the run. */
export const useStepPlayer = create<StepPlayer>()(() => ({
  playing: false,
  paceMs: STEP_PACES[1],
}));

export function setStepPlaying(playing: boolean): void {
  useStepPlayer.setState({ playing });
}

export function setStepPace(paceMs: number): void {
  useStepPlayer.setState({ paceMs });
}

/**
 * Moves the inspector to the next operation every `paceMs` while playing, and stops at the
 * last one (the update), so the step ends where a plain Step would. Back, forward and the
 * timeline work at any time; the timer just carries on from wherever they left it.
 */
export function useStepPlayback(): void {
  const playing = useStepPlayer((s) => s.playing);
  const paceMs = useStepPlayer((s) => s.paceMs);
  const trace = useAppStore((s) => s.trace);
  const index = useAppStore((s) => s.inspectOp);
  const pending = useAppStore((s) => s.tracePending);
  useEffect(() => {
    if (!trace) {
      // Asked to play before the traced step has arrived: wait for it; otherwise stop.
      if (playing && !pending) setStepPlaying(false);
      return;
    }
    if (!playing) return;
    if (index >= trace.ops.length - 1) {
      setStepPlaying(false);
      return;
    }
    const timer = window.setTimeout(nextOp, paceMs);
    return () => window.clearTimeout(timer);
  }, [playing, paceMs, trace, index, pending]);
}

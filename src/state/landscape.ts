/**
 * The network's loss landscape as the worker computes it: coarse first, then refined, so the
 * view redraws as reports arrive. The choices (plane, grid, seed) and the newest report live
 * here; the controller sends the requests and feeds the reports in.
 */
import { create } from 'zustand';
import {
  LANDSCAPE_DEFAULT_GRID,
  type LandscapePlane,
  type LandscapeProgress,
  type LandscapeRefusal,
} from '../core/landscape';

export type LandscapeStatus = 'idle' | 'computing' | 'done' | 'cancelled' | 'refused';

export interface LandscapeState {
  status: LandscapeStatus;
  plane: LandscapePlane;
  grid: number;
  /** Seed of the random directions: the same seed gives the same plane at the same weights. */
  seed: number;
  /** The request the page waits for; reports of older ones are ignored. */
  requestId: number;
  result: LandscapeProgress | null;
  refusal: LandscapeRefusal | null;
}

export const useLandscapeStore = create<LandscapeState>(() => ({
  status: 'idle',
  plane: 'random',
  grid: LANDSCAPE_DEFAULT_GRID,
  seed: 1,
  requestId: 0,
  result: null,
  refusal: null,
}));

export const landscapeActions = {
  setPlane(plane: LandscapePlane): void {
    useLandscapeStore.setState({ plane });
  },
  setGrid(grid: number): void {
    useLandscapeStore.setState({ grid });
  },
  setSeed(seed: number): void {
    if (Number.isInteger(seed) && seed >= 0) useLandscapeStore.setState({ seed });
  },
  /** A new request went out; returns its id. */
  requested(): number {
    const requestId = useLandscapeStore.getState().requestId + 1;
    useLandscapeStore.setState({ requestId, status: 'computing', refusal: null });
    return requestId;
  },
  report(progress: LandscapeProgress): void {
    if (progress.id !== useLandscapeStore.getState().requestId) return;
    const status = progress.state === 'computing' ? 'computing' : progress.state;
    useLandscapeStore.setState({ result: progress, status });
  },
  refused(reason: LandscapeRefusal): void {
    useLandscapeStore.setState({ status: 'refused', refusal: reason });
  },
  /** A new run: the old landscape belongs to other weights. */
  clear(): void {
    useLandscapeStore.setState({ status: 'idle', result: null, refusal: null });
  },
};

/**
 * The network's loss landscape as the worker computes it: coarse first, then refined, so the
 * view redraws as points arrive. Only structure and progress live in the store; the grid of
 * values is a plain array replaced with every progress message.
 */
import { create } from 'zustand';

export type LandscapePlane = 'random' | 'pca';

export interface LandscapeResult {
  plane: LandscapePlane;
  grid: number;
  /** α, β ∈ [−range, range]. */
  range: number;
  /** Loss per grid point, row-major, row 0 at β = −range; NaN until computed. */
  values: Float64Array;
  done: number;
  total: number;
  /** The recorded training path projected onto the plane, oldest first; the last is θ itself. */
  path: [number, number][];
  /** The step the landscape was taken at. */
  step: number;
}

interface LandscapeStore {
  status: 'idle' | 'computing' | 'done' | 'cancelled' | 'failed';
  plane: LandscapePlane;
  grid: number;
  result: LandscapeResult | null;
  message: string | null;
}

export const useLandscapeStore = create<LandscapeStore>(() => ({
  status: 'idle',
  plane: 'random',
  grid: 31,
  result: null,
  message: null,
}));

export const landscapeActions = {
  setPlane(plane: LandscapePlane): void {
    useLandscapeStore.setState({ plane });
  },
  setGrid(grid: number): void {
    useLandscapeStore.setState({ grid });
  },
  started(): void {
    useLandscapeStore.setState({ status: 'computing', message: null });
  },
  progress(result: LandscapeResult): void {
    useLandscapeStore.setState({
      result,
      status: result.done === result.total ? 'done' : 'computing',
    });
  },
  cancelled(): void {
    useLandscapeStore.setState({ status: 'cancelled' });
  },
  failed(message: string): void {
    useLandscapeStore.setState({ status: 'failed', message });
  },
  /** A new run makes the old landscape meaningless. */
  clear(): void {
    useLandscapeStore.setState({ status: 'idle', result: null, message: null });
  },
};

/**
 * What the page and the worker say to each other about a network's loss landscape (the engine
 * computes it: src/engine/landscape.ts). Plain data, so the views can read it without the
 * engine.
 */

/** The plane through θ: two filter-normalized random directions, or the path's main components. */
export type LandscapePlane = 'random' | 'pca';

/** Grid sizes (points per side, odd so that θ itself is a grid point) the page offers. */
export const LANDSCAPE_GRIDS = [21, 31, 41, 61] as const;
export const LANDSCAPE_DEFAULT_GRID = 31;

/** Why the worker would not compute a landscape. */
export type LandscapeRefusal =
  /** The principal components need at least three recorded points of the path. */
  | 'short-path'
  /** Batch normalization's statistics do not move along the plane; the job does not model it. */
  | 'batch-norm'
  /** No run yet. */
  | 'no-run';

/** A landscape, complete or in the making. */
export interface LandscapeProgress {
  /** Which request this answers (a later request replaces an earlier one). */
  id: number;
  plane: LandscapePlane;
  /** Points per side. */
  grid: number;
  /** α, β ∈ [−range, range]. */
  range: number;
  /** Loss per grid point, row-major, row 0 at β = −range; NaN where not computed yet. */
  values: Float64Array;
  done: number;
  total: number;
  /** The recorded training path projected onto the plane, oldest first; the last is θ itself. */
  path: [number, number][];
  /** The steps at which the path's points were recorded (same length as `path`). */
  pathSteps: number[];
  /** The step θ was taken at. */
  step: number;
  state: 'computing' | 'done' | 'cancelled';
}

import type { Predictions } from '../core/confusion';
import type { OutputMap, RunInfo } from '../core/runInfo';
import type { SnapshotLayout } from '../core/snapshot';
import { LossHistory } from './history';
import { LayerHistory } from './layerHistory';

/**
 * The fast-changing numbers of the current run, kept OUTSIDE React: the newest snapshot, the
 * newest output map and the loss history. Views that draw them subscribe with `onFrame` and
 * mutate their SVG/canvas directly, at most once per animation frame; React re-renders only
 * when the structure changes (a new run, a new selection).
 */
export interface LiveRun {
  info: RunInfo | null;
  layout: SnapshotLayout | null;
  snapshot: Float64Array | null;
  /**
   * While the step inspector walks a traced step: the numbers as they stand at its current
   * operation, in the snapshot layout (NaN where not computed yet). The graph draws this
   * INSTEAD of `snapshot` when set; everything else keeps reading `snapshot`.
   */
  inspect: Float64Array | null;
  /**
   * With `inspect`, during the update operations: the change the step makes, Δw and Δb in the
   * weight and bias slots (NaN for layers not updated yet), the rest as in `inspect`. The
   * graph's 'delta-w' mode draws this one.
   */
  inspectDelta: Float64Array | null;
  map: OutputMap | null;
  /** The newest evaluation's predicted class per sample (classification), for the confusion matrix. */
  predictions: Predictions | null;
  history: LossHistory;
  /** Per-layer statistics over time (gradient flow). */
  layerHistory: LayerHistory;
  /** Bumped whenever any of the above changes. */
  version: number;
}

export const live: LiveRun = {
  info: null,
  layout: null,
  snapshot: null,
  inspect: null,
  inspectDelta: null,
  map: null,
  predictions: null,
  history: new LossHistory(),
  layerHistory: new LayerHistory(),
  version: 0,
};

type FrameListener = (run: LiveRun) => void;
const listeners = new Set<FrameListener>();
let frameRequested = false;
let afterFrame: (() => void) | null = null;

/** Runs after each frame's drawing (the controller hands used snapshot buffers back then). */
export function setAfterFrame(callback: (() => void) | null): void {
  afterFrame = callback;
}

/** Call `listener` on the next animation frame after each change (never more than once a frame). */
export function onFrame(listener: FrameListener): () => void {
  listeners.add(listener);
  // Draw what is already there.
  queueMicrotask(() => {
    if (listeners.has(listener)) listener(live);
  });
  return () => listeners.delete(listener);
}

/** Marks the live run changed; listeners run on the next animation frame. */
export function touchLive(): void {
  live.version++;
  if (frameRequested) return;
  frameRequested = true;
  const run = (): void => {
    frameRequested = false;
    for (const listener of listeners) listener(live);
    afterFrame?.();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  else setTimeout(run, 16);
}

/** Starts the live run over for a new run (`info` and `layout` null until it is ready). */
export function resetLive(info: RunInfo | null, layout: SnapshotLayout | null): void {
  clearLive(info, layout);
  touchLive();
}

/** Empties the live run without scheduling a frame (tests reset it between cases). */
export function clearLive(info: RunInfo | null = null, layout: SnapshotLayout | null = null): void {
  live.info = info;
  live.layout = layout;
  live.snapshot = null;
  live.inspect = null;
  live.inspectDelta = null;
  live.map = null;
  live.predictions = null;
  live.history.clear();
  live.layerHistory.clear();
}

/** While the step inspector walks a traced step: the numbers it shows (null: the live ones). */
export function showInspection(inspect: Float64Array | null, delta: Float64Array | null): void {
  live.inspect = inspect;
  live.inspectDelta = delta;
  touchLive();
}

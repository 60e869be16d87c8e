/**
 * Loss curves of the runs before the current one, kept for comparison as faint "ghost" lines.
 * Held in this module (not in React state, not in the store): they are copies of finished
 * histories, bounded in count and in points, and only the loss chart reads them.
 */
import type { RunConfig } from '../../config/types';
import type { HistoryPoint } from '../../core/runInfo';
import type { CurvePoint } from './lossScales';

export interface GhostRun {
  id: number;
  /** The settings the run ended with, to say how it differs from the current one. */
  config: RunConfig;
  points: CurvePoint[];
}

/** Previous runs kept at most. */
export const MAX_GHOSTS = 2;
/** Points kept per previous run (a faint comparison line needs no more). */
export const GHOST_POINTS = 600;

let ghosts: readonly GhostRun[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly GhostRun[]): void {
  ghosts = next;
  for (const listener of listeners) listener();
}

/** Keeps a copy of a finished run's curve (newest first); runs with under two points are not worth it. */
export function keepGhost(config: RunConfig, history: readonly HistoryPoint[]): void {
  if (history.length < 2) return;
  const stride = Math.ceil(history.length / GHOST_POINTS);
  const points: CurvePoint[] = [];
  for (let i = 0; i < history.length; i += stride) points.push(copyPoint(history[i]));
  const last = history[history.length - 1];
  if (points[points.length - 1].step !== last.step) points.push(copyPoint(last));
  publish([{ id: nextId++, config, points }, ...ghosts].slice(0, MAX_GHOSTS));
}

function copyPoint(p: HistoryPoint): CurvePoint {
  return { step: p.step, trainLoss: p.trainLoss, testLoss: p.testLoss };
}

export function clearGhosts(): void {
  if (ghosts.length > 0) publish([]);
}

export function getGhosts(): readonly GhostRun[] {
  return ghosts;
}

export function subscribeGhosts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

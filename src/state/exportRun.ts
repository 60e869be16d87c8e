import { Header } from '../engine';
import type { LiveRun } from './live';

/** The run's current numbers in the same JSON shape as `npm run replay` prints. */
export interface ExportedRun {
  link: string;
  steps: number;
  epoch: number;
  sizes: number[];
  trainLoss: number | null;
  testLoss: number | null;
  weights: number[][];
  biases: number[][];
}

/** Reads the newest snapshot; null before the first one. Numbers are copied exactly. */
export function exportRun(run: LiveRun, link: string): ExportedRun | null {
  const snap = run.snapshot;
  const layout = run.layout;
  if (!snap || !layout) return null;
  const { sizes } = layout;
  const weights: number[][] = [];
  const biases: number[][] = [];
  for (let l = 1; l < sizes.length; l++) {
    const w = layout.weights[l - 1];
    const b = layout.biases[l - 1];
    weights.push(Array.from(snap.subarray(w, w + sizes[l] * sizes[l - 1])));
    biases.push(Array.from(snap.subarray(b, b + sizes[l])));
  }
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return {
    link,
    steps: snap[Header.step],
    epoch: snap[Header.epoch],
    sizes: [...sizes],
    trainLoss: finite(snap[Header.trainLoss]),
    testLoss: finite(snap[Header.testLoss]),
    weights,
    biases,
  };
}

import { headerValue, layerBlock } from '../core/snapshotReader';
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
    weights.push(Array.from(layerBlock(layout, snap, 'weights', l)));
    biases.push(Array.from(layerBlock(layout, snap, 'biases', l)));
  }
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return {
    link,
    steps: headerValue(snap, 'step'),
    epoch: headerValue(snap, 'epoch'),
    sizes: [...sizes],
    trainLoss: finite(headerValue(snap, 'trainLoss')),
    testLoss: finite(headerValue(snap, 'testLoss')),
    weights,
    biases,
  };
}

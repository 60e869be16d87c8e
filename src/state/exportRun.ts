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
  /** Batch-normalized layers (1-based): γ, β and the running μ, σ². Absent without batch norm. */
  bn?: BatchNormExport[];
}

export interface BatchNormExport {
  layer: number;
  gamma: number[];
  beta: number[];
  mean: number[];
  var: number[];
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
  const bn: BatchNormExport[] = [];
  layout.norm.forEach((slots, l) => {
    if (!slots) return;
    const n = sizes[l + 1];
    const read = (at: number): number[] => Array.from(snap.subarray(at, at + n));
    bn.push({
      layer: l + 1,
      gamma: read(slots.gamma),
      beta: read(slots.beta),
      mean: read(slots.mean),
      var: read(slots.variance),
    });
  });
  return {
    link,
    steps: headerValue(snap, 'step'),
    epoch: headerValue(snap, 'epoch'),
    sizes: [...sizes],
    trainLoss: finite(headerValue(snap, 'trainLoss')),
    testLoss: finite(headerValue(snap, 'testLoss')),
    weights,
    biases,
    ...(bn.length > 0 ? { bn } : {}),
  };
}

import { Act } from './activations';
import type { Trainer } from './trainer';
import { LAYER_STATS, LayerStat, SATURATION } from '../core/snapshot';

export { LAYER_STATS, LayerStat, SATURATION };

/** Writes LAYER_STATS figures per layer (layer l at offset + (l−1)·LAYER_STATS). */
export function writeLayerStats(trainer: Trainer, out: Float64Array, offset: number): void {
  const net = trainer.network;
  const ws = trainer.ws;
  const rows = trainer.batch.rows;
  for (let l = 1; l <= net.depth; l++) {
    const o = offset + (l - 1) * LAYER_STATS;
    const g = trainer.grads.weights[l - 1];
    const w = net.weights[l - 1];
    let absSum = 0;
    let sq = 0;
    let wAbs = 0;
    for (let k = 0; k < g.length; k++) {
      absSum += Math.abs(g[k]);
      sq += g[k] * g[k];
      wAbs += Math.abs(w[k]);
    }
    out[o + LayerStat.meanAbsGrad] = g.length ? absSum / g.length : 0;
    out[o + LayerStat.gradNorm] = Math.sqrt(sq);
    const wGroup = 2 * (l - 1);
    const paramNorm = Math.sqrt(trainer.updateStats.paramSq[wGroup]);
    out[o + LayerStat.updateRatio] =
      paramNorm > 0 ? Math.sqrt(trainer.updateStats.updateSq[wGroup]) / paramNorm : 0;
    out[o + LayerStat.meanAbsWeight] = w.length ? wAbs / w.length : 0;
    const width = net.sizes[l];
    const act = net.activations[l - 1];
    const a = ws.a[l];
    const z = ws.z[l];
    out[o + LayerStat.deadFraction] = act === Act.relu ? deadFraction(a, rows, width) : Number.NaN;
    out[o + LayerStat.saturatedFraction] =
      act === Act.sigmoid || act === Act.tanh || act === Act.tanhByTable
        ? saturatedFraction(act, z, rows * width)
        : Number.NaN;
    let mean = 0;
    const n = rows * width;
    for (let k = 0; k < n; k++) mean += z[k];
    mean = n ? mean / n : 0;
    let variance = 0;
    for (let k = 0; k < n; k++) variance += (z[k] - mean) * (z[k] - mean);
    out[o + LayerStat.activationMean] = mean;
    out[o + LayerStat.activationStd] = n ? Math.sqrt(variance / n) : 0;
  }
}

function deadFraction(a: Float64Array, rows: number, width: number): number {
  if (rows === 0 || width === 0) return 0;
  let dead = 0;
  for (let j = 0; j < width; j++) {
    let alive = false;
    for (let s = 0; s < rows && !alive; s++) alive = a[s * width + j] > 0;
    if (!alive) dead++;
  }
  return dead / width;
}

function saturatedFraction(act: number, z: Float64Array, n: number): number {
  if (n === 0) return 0;
  let count = 0;
  if (act === Act.sigmoid) {
    for (let k = 0; k < n; k++)
      if (z[k] < SATURATION.sigmoidLow || z[k] > SATURATION.sigmoidHigh) count++;
  } else {
    for (let k = 0; k < n; k++) if (Math.abs(z[k]) > SATURATION.tanhAbs) count++;
  }
  return count / n;
}

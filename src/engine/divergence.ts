import type { Network, Workspace } from './network';

/**
 * After a step whose loss came out NaN or ±Infinity: finds the first layer whose
 * pre-activations or activations are not finite, to tell the user where it broke.
 * Runs only on the failure path, so it may scan everything.
 */
export function firstNonFinite(
  network: Network,
  ws: Workspace,
  rows: number,
): { layer: number; stage: 'forward' | 'loss'; message: string; value?: number } {
  const { sizes, depth } = network;
  for (let l = 1; l <= depth; l++) {
    const n = rows * sizes[l];
    const a = ws.a[l];
    const z = ws.z[l];
    for (let k = 0; k < n; k++) {
      if (!Number.isFinite(a[k]) || !Number.isFinite(z[k])) {
        const value = Number.isFinite(a[k]) ? z[k] : a[k];
        return {
          layer: l,
          stage: 'forward',
          value,
          message: `layer ${l} produced ${String(value)} in the forward pass`,
        };
      }
    }
  }
  return { layer: depth, stage: 'loss', message: 'the loss is not a finite number' };
}

import type { GradientCheck, LayerCheck } from '../core/runInfo';
import type { Dataset } from '../data/types';
import { sampleCost } from './losses';
import { Gradients, Workspace, backward, forward, type Network } from './network';

export type { GradientCheck, LayerCheck };

export interface GradientCheckOptions {
  /** Training samples to average the loss over (the first ones). Default 8. */
  samples?: number;
  /** Small finite-difference step h in (C(w+h) − C(w−h)) / 2h, times max(1, |w|). Default 1e-5. */
  epsilon?: number;
  /**
   * Also try larger, Richardson-extrapolated steps where the small step disagrees (default
   * true); false keeps the plain central difference with `epsilon` only.
   */
  refine?: boolean;
  /** At most this many weights per layer are compared (evenly spread); all biases up to it too. */
  perLayer?: number;
}

/**
 * Compares back-propagated gradients with central finite differences of the batch-mean loss,
 * without dropout or regularization, on the network's current parameters. Each parameter is
 * nudged and restored to its exact previous value, so the network is left untouched.
 */
export function gradientCheck(
  network: Network,
  dataset: Dataset,
  options: GradientCheckOptions = {},
): GradientCheck {
  const train = dataset.train;
  const rows = Math.max(1, Math.min(options.samples ?? 8, train.count));
  const h = options.epsilon ?? 1e-5;
  const perLayer = options.perLayer ?? 64;
  const refine = options.refine ?? true;
  const ws = new Workspace(network, rows);
  const grads = new Gradients(network);
  const nIn = network.inputSize;
  const nOut = network.outputSize;
  ws.z[0].set(train.inputs.subarray(0, rows * nIn));
  ws.targets.set(train.targets.subarray(0, rows * nOut));

  forward(network, ws, rows, false);
  backward(network, ws, grads, rows, false);
  const inv = 1 / rows;

  const meanLoss = (): number => {
    forward(network, ws, rows, false);
    const L = network.depth;
    let c = 0;
    for (let r = 0; r < rows; r++) {
      c += sampleCost(network.loss, ws.a[L], ws.z[L], ws.targets, r * nOut, r * nOut, nOut);
    }
    return c / rows;
  };

  /** (C(w+h) − C(w−h)) / 2h, restoring w exactly. */
  const central = (params: Float64Array, k: number, step: number): number => {
    const saved = params[k];
    params[k] = saved + step;
    const plus = meanLoss();
    params[k] = saved - step;
    const minus = meanLoss();
    params[k] = saved;
    return (plus - minus) / (2 * step);
  };
  const relative = (exact: number, numeric: number): number =>
    Math.abs(exact - numeric) / Math.max(Math.abs(exact) + Math.abs(numeric), 1e-12);

  /**
   * Two numeric estimates with opposite weaknesses: a small step (rounding swamps gradients
   * below about ε·C/h, as in the first layers of a deep sigmoid net) and larger steps (10⁻³,
   * then 10⁻²) refined by Richardson extrapolation, D = (4·D(h/2) − D(h)) / 3, whose error is
   * O(h⁴) where the loss
   * is smooth but which can straddle a ReLU kink. A wrong backprop gradient disagrees with
   * both; a right one agrees with at least one, so the better agreement is reported.
   */
  const compare = (params: Float64Array, analytic: Float64Array, k: number): number => {
    const exact = analytic[k] * inv;
    const scale = Math.max(1, Math.abs(params[k]));
    let best = central(params, k, h * scale);
    if (!refine || relative(exact, best) < 1e-7) return best;
    // Larger steps resolve smaller gradients; stop as soon as one agrees.
    for (const big of [1e-3 * scale, 1e-2 * scale]) {
      const coarse = central(params, k, big);
      const fine = central(params, k, big / 2);
      const extrapolated = fine + (fine - coarse) / 3;
      if (Math.abs(extrapolated - exact) < Math.abs(best - exact)) best = extrapolated;
      if (relative(exact, best) < 1e-7) break;
    }
    return best;
  };

  const layers: LayerCheck[] = [];
  for (let l = 0; l < network.depth; l++) {
    let worst = 0;
    let checked = 0;
    let diffSq = 0;
    let exactSq = 0;
    let numericSq = 0;
    const check = (params: Float64Array, analytic: Float64Array, k: number): void => {
      const exact = analytic[k] * inv;
      const numeric = compare(params, analytic, k);
      worst = Math.max(worst, relative(exact, numeric));
      diffSq += (exact - numeric) * (exact - numeric);
      exactSq += exact * exact;
      numericSq += numeric * numeric;
      checked++;
    };
    const w = network.weights[l];
    for (const k of spread(w.length, perLayer)) check(w, grads.weights[l], k);
    if (network.hasBias[l]) {
      const b = network.biases[l];
      for (const k of spread(b.length, perLayer)) check(b, grads.biases[l], k);
    }
    const norms = Math.sqrt(exactSq) + Math.sqrt(numericSq);
    layers.push({
      layer: l + 1,
      relativeError: Math.sqrt(diffSq) / Math.max(norms, 1e-300),
      maxRelativeError: worst,
      checked,
    });
  }
  return {
    layers,
    relativeError: layers.reduce((m, c) => Math.max(m, c.relativeError), 0),
    maxRelativeError: layers.reduce((m, c) => Math.max(m, c.maxRelativeError), 0),
    samples: rows,
  };
}

/** Up to `count` indices evenly spread over [0, n). */
function spread(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, k) => k);
  return Array.from({ length: count }, (_, k) => Math.floor((k * n) / count));
}

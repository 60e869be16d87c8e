import type { Dataset } from '../data/types';
import { sampleCost } from './losses';
import { Gradients, Workspace, backward, forward, type Network } from './network';

export interface LayerCheck {
  /** Layer 1 … L. */
  layer: number;
  /** Largest |g_backprop − g_numeric| / max(|g_backprop| + |g_numeric|, 1e-12) over the checked parameters. */
  maxRelativeError: number;
  /** How many weights and biases were compared. */
  checked: number;
}

export interface GradientCheck {
  layers: LayerCheck[];
  maxRelativeError: number;
  /** Training samples the loss was averaged over. */
  samples: number;
}

export interface GradientCheckOptions {
  /** Training samples to average the loss over (the first ones). Default 8. */
  samples?: number;
  /** Finite-difference step h in (C(w+h) − C(w−h)) / 2h. Default 1e-5. */
  epsilon?: number;
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

  const compare = (params: Float64Array, analytic: Float64Array, k: number): number => {
    const saved = params[k];
    params[k] = saved + h;
    const plus = meanLoss();
    params[k] = saved - h;
    const minus = meanLoss();
    params[k] = saved;
    const numeric = (plus - minus) / (2 * h);
    const exact = analytic[k] * inv;
    return Math.abs(exact - numeric) / Math.max(Math.abs(exact) + Math.abs(numeric), 1e-12);
  };

  const layers: LayerCheck[] = [];
  for (let l = 0; l < network.depth; l++) {
    let worst = 0;
    let checked = 0;
    const w = network.weights[l];
    for (const k of spread(w.length, perLayer)) {
      worst = Math.max(worst, compare(w, grads.weights[l], k));
      checked++;
    }
    if (network.hasBias[l]) {
      const b = network.biases[l];
      for (const k of spread(b.length, perLayer)) {
        worst = Math.max(worst, compare(b, grads.biases[l], k));
        checked++;
      }
    }
    layers.push({ layer: l + 1, maxRelativeError: worst, checked });
  }
  return {
    layers,
    maxRelativeError: layers.reduce((m, c) => Math.max(m, c.maxRelativeError), 0),
    samples: rows,
  };
}

/** Up to `count` indices evenly spread over [0, n). */
function spread(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, k) => k);
  return Array.from({ length: count }, (_, k) => Math.floor((k * n) / count));
}

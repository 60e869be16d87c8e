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
  const probe = new FiniteDifferences(network, dataset, options);
  const perLayer = options.perLayer ?? 64;
  const layers: LayerCheck[] = [];
  for (let l = 0; l < network.depth; l++) layers.push(checkLayer(probe, l, perLayer));
  return {
    layers,
    relativeError: layers.reduce((m, c) => Math.max(m, c.relativeError), 0),
    maxRelativeError: layers.reduce((m, c) => Math.max(m, c.maxRelativeError), 0),
    samples: probe.rows,
  };
}

/** Every parameter array of layer l (index `l`, 1-based in the report) against its gradient. */
function checkLayer(probe: FiniteDifferences, l: number, perLayer: number): LayerCheck {
  const { network, grads } = probe;
  const tally = new Tally();
  const checkAll = (params: Float64Array, analytic: Float64Array): void => {
    for (const k of spread(params.length, perLayer)) {
      tally.add(analytic[k] * probe.inv, probe.estimate(params, analytic, k));
    }
  };
  checkAll(network.weights[l], grads.weights[l]);
  if (network.hasBias[l]) checkAll(network.biases[l], grads.biases[l]);
  // Batch norm (when on): γ and β, in evaluation mode (the running estimates).
  const bn = network.norm[l];
  const bnGrads = grads.norm[l];
  if (bn && bnGrads) {
    checkAll(bn.gamma, bnGrads.gamma);
    checkAll(bn.beta, bnGrads.beta);
  }
  return tally.report(l + 1);
}

/** The agreement of one layer's gradients: the worst single value and the norm of the errors. */
class Tally {
  private worst = 0;
  private checked = 0;
  private diffSq = 0;
  private exactSq = 0;
  private numericSq = 0;

  add(exact: number, numeric: number): void {
    this.worst = Math.max(this.worst, relative(exact, numeric));
    this.diffSq += (exact - numeric) * (exact - numeric);
    this.exactSq += exact * exact;
    this.numericSq += numeric * numeric;
    this.checked++;
  }

  report(layer: number): LayerCheck {
    const norms = Math.sqrt(this.exactSq) + Math.sqrt(this.numericSq);
    return {
      layer,
      relativeError: Math.sqrt(this.diffSq) / Math.max(norms, 1e-300),
      maxRelativeError: this.worst,
      checked: this.checked,
    };
  }
}

const relative = (exact: number, numeric: number): number =>
  Math.abs(exact - numeric) / Math.max(Math.abs(exact) + Math.abs(numeric), 1e-12);

/** The back-propagated gradients of the first training samples, and the loss to nudge. */
class FiniteDifferences {
  readonly rows: number;
  /** 1 / rows: the gradients are sums over the rows, the loss is their mean. */
  readonly inv: number;
  readonly grads: Gradients;
  private readonly ws: Workspace;
  private readonly h: number;
  private readonly refine: boolean;

  constructor(
    readonly network: Network,
    dataset: Dataset,
    options: GradientCheckOptions,
  ) {
    const train = dataset.train;
    this.rows = Math.max(1, Math.min(options.samples ?? 8, train.count));
    this.inv = 1 / this.rows;
    this.h = options.epsilon ?? 1e-5;
    this.refine = options.refine ?? true;
    this.ws = new Workspace(network, this.rows);
    this.grads = new Gradients(network);
    this.ws.z[0].set(train.inputs.subarray(0, this.rows * network.inputSize));
    this.ws.targets.set(train.targets.subarray(0, this.rows * network.outputSize));
    forward(network, this.ws, this.rows, false);
    backward(network, this.ws, this.grads, this.rows, false);
  }

  private meanLoss(): number {
    const { network, ws, rows } = this;
    forward(network, ws, rows, false);
    const L = network.depth;
    const nOut = network.outputSize;
    let c = 0;
    for (let r = 0; r < rows; r++) {
      c += sampleCost(network.loss, ws.a[L], ws.z[L], ws.targets, r * nOut, r * nOut, nOut);
    }
    return c / rows;
  }

  /** (C(w+h) − C(w−h)) / 2h, restoring w exactly. */
  private central(params: Float64Array, k: number, step: number): number {
    const saved = params[k];
    params[k] = saved + step;
    const plus = this.meanLoss();
    params[k] = saved - step;
    const minus = this.meanLoss();
    params[k] = saved;
    return (plus - minus) / (2 * step);
  }

  /**
   * Two numeric estimates with opposite weaknesses: a small step (rounding swamps gradients
   * below about ε·C/h, as in the first layers of a deep sigmoid net) and larger steps (10⁻³,
   * then 10⁻²) refined by Richardson extrapolation, D = (4·D(h/2) − D(h)) / 3, whose error is
   * O(h⁴) where the loss is smooth but which can straddle a ReLU kink. A wrong backprop
   * gradient disagrees with both; a right one agrees with at least one, so the better
   * agreement is reported.
   */
  estimate(params: Float64Array, analytic: Float64Array, k: number): number {
    const exact = analytic[k] * this.inv;
    const scale = Math.max(1, Math.abs(params[k]));
    let best = this.central(params, k, this.h * scale);
    if (!this.refine || relative(exact, best) < 1e-7) return best;
    // Larger steps resolve smaller gradients; stop as soon as one agrees.
    for (const big of [1e-3 * scale, 1e-2 * scale]) {
      const coarse = this.central(params, k, big);
      const fine = this.central(params, k, big / 2);
      const extrapolated = fine + (fine - coarse) / 3;
      if (Math.abs(extrapolated - exact) < Math.abs(best - exact)) best = extrapolated;
      if (relative(exact, best) < 1e-7) break;
    }
    return best;
  }
}

/** Up to `count` indices evenly spread over [0, n). */
function spread(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, k) => k);
  return Array.from({ length: count }, (_, k) => Math.floor((k * n) / count));
}

/**
 * Batch normalization of a hidden layer's pre-activation, between a = Wz and the activation:
 *   μ_B = (1/m) Σᵣ aᵣ,  σ²_B = (1/m) Σᵣ (aᵣ − μ_B)²  (biased: divide by the batch size m),
 *   âᵣ = (aᵣ − μ_B) / √(σ²_B + ε),  yᵣ = γ·âᵣ + β,
 * per neuron, with ε = 1e-5. Training steps use the batch statistics and move the running
 * estimates μ_run ← 0.9·μ_run + 0.1·μ_B, σ²_run ← 0.9·σ²_run + 0.1·σ²_B·m/(m−1) (unbiased);
 * everything else (evaluation, maps, the gradient check) normalizes with the running estimates.
 * γ and β are trained by the run's optimizer; the layer's bias is off, since β takes its role.
 */

import type { ParamGroup } from './optimizers';

/** ε in √(σ² + ε): keeps a neuron whose batch values are all equal from dividing by 0. */
export const BN_EPSILON = 1e-5;
/** The running estimates move this share of the way to each batch's statistics. */
export const BN_MOMENTUM = 0.1;

/** One layer's batch-norm parameters, their gradients and the running estimates. */
export class BatchNorm {
  readonly size: number;
  /** γ, the scale, per neuron (starts at 1). */
  readonly gamma: Float64Array;
  /** β, the shift, per neuron (starts at 0). */
  readonly beta: Float64Array;
  /** μ_run (starts at 0) and σ²_run (starts at 1). */
  readonly runningMean: Float64Array;
  readonly runningVar: Float64Array;

  constructor(size: number) {
    this.size = size;
    this.gamma = new Float64Array(size).fill(1);
    this.beta = new Float64Array(size);
    this.runningMean = new Float64Array(size);
    this.runningVar = new Float64Array(size).fill(1);
  }
}

/** ∂C/∂γ and ∂C/∂β of one layer, summed over the batch by `normBackward`. */
export interface NormGradients {
  readonly gamma: Float64Array;
  readonly beta: Float64Array;
}

/** One pass's batch-norm numbers for a layer, for up to `capacity` samples (kept for tracing). */
export class NormBuffers {
  /** a = Wz before normalization, per sample. */
  readonly preNorm: Float64Array;
  /** â, per sample. */
  readonly normalized: Float64Array;
  /** The μ and σ² the pass normalized with (μ_B, σ²_B when training, else the running ones). */
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  /** 1/√(σ² + ε). */
  readonly invStd: Float64Array;
  /** ∂C/∂y per sample as the last backward pass received it (kept for the step inspector). */
  readonly upstream: Float64Array;
  /** Whether the last pass used the batch statistics (a training step). */
  batchStats = false;

  constructor(size: number, capacity: number) {
    this.preNorm = new Float64Array(size * capacity);
    this.normalized = new Float64Array(size * capacity);
    this.mean = new Float64Array(size);
    this.variance = new Float64Array(size);
    this.invStd = new Float64Array(size);
    this.upstream = new Float64Array(size * capacity);
  }
}

/**
 * Normalizes a (rows × n, row-major) in place into y = γ·â + β, keeping a and â in `buf`.
 * With `batchStats` μ and σ² are the batch's (biased variance), else the running estimates.
 */
export function normForward(
  bn: BatchNorm,
  buf: NormBuffers,
  a: Float64Array,
  rows: number,
  batchStats: boolean,
): void {
  const n = bn.size;
  const { preNorm, normalized, mean, variance, invStd } = buf;
  const count = rows * n;
  for (let k = 0; k < count; k++) preNorm[k] = a[k];
  buf.batchStats = batchStats;
  for (let j = 0; j < n; j++) {
    if (batchStats) {
      // μ_B = (1/m) Σᵣ aᵣ, σ²_B = (1/m) Σᵣ (aᵣ − μ_B)²
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += preNorm[r * n + j];
      const mu = sum / rows;
      let sq = 0;
      for (let r = 0; r < rows; r++) {
        const d = preNorm[r * n + j] - mu;
        sq += d * d;
      }
      mean[j] = mu;
      variance[j] = sq / rows;
    } else {
      mean[j] = bn.runningMean[j];
      variance[j] = bn.runningVar[j];
    }
    invStd[j] = 1 / Math.sqrt(variance[j] + BN_EPSILON);
  }
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < n; j++) {
      const k = r * n + j;
      // â = (a − μ)/√(σ² + ε), y = γ·â + β
      const hat = (preNorm[k] - mean[j]) * invStd[j];
      normalized[k] = hat;
      a[k] = bn.gamma[j] * hat + bn.beta[j];
    }
  }
}

/**
 * Back through the normalization: `delta` holds ∂C/∂y per sample on entry and ∂C/∂a on exit;
 * ∂C/∂γ = Σᵣ ∂C/∂yᵣ·âᵣ and ∂C/∂β = Σᵣ ∂C/∂yᵣ are added to the layer's gradients. With batch
 * statistics, μ_B and σ²_B depend on every sample, which gives ∂C/∂a its three terms:
 *   ∂C/∂aᵣ = γ/√(σ²_B + ε) · (∂C/∂yᵣ − (1/m) Σₛ ∂C/∂yₛ − âᵣ·(1/m) Σₛ ∂C/∂yₛ·âₛ)
 * (directly, through μ_B, through σ²_B). With the running estimates only the first remains.
 */
export function normBackward(
  bn: BatchNorm,
  buf: NormBuffers,
  delta: Float64Array,
  rows: number,
  grads: NormGradients,
): void {
  const n = bn.size;
  const { normalized, invStd, upstream } = buf;
  for (let j = 0; j < n; j++) {
    let sumDy = 0;
    let sumDyHat = 0;
    for (let r = 0; r < rows; r++) {
      const k = r * n + j;
      upstream[k] = delta[k];
      sumDy += delta[k];
      sumDyHat += delta[k] * normalized[k];
    }
    // Set, not added: one backward pass covers the whole batch.
    grads.gamma[j] = sumDyHat;
    grads.beta[j] = sumDy;
    const scale = bn.gamma[j] * invStd[j];
    const meanDy = buf.batchStats ? sumDy / rows : 0;
    const meanDyHat = buf.batchStats ? sumDyHat / rows : 0;
    for (let r = 0; r < rows; r++) {
      const k = r * n + j;
      delta[k] = scale * (delta[k] - meanDy - normalized[k] * meanDyHat);
    }
  }
}

/** ∂C/∂a of a traced step split as the course derives it, with what its terms are made of. */
export interface NormDeltaParts {
  /** ∂C/∂μ_B and ∂C/∂σ²_B per neuron (C = the sum of the batch's costs, as in δ). */
  meanGrad: Float64Array;
  varianceGrad: Float64Array;
  /** Per sample (rows × n): γ/√(σ²_B + ε)·∂C/∂y, ∂C/∂σ²_B·2(a − μ_B)/m and ∂C/∂μ_B/m. */
  direct: Float64Array;
  viaVariance: Float64Array;
  viaMean: Float64Array;
}

/**
 * The three terms of ∂C/∂a after a training pass (batch statistics), from what `normBackward`
 * kept: ∂C/∂â = γ·∂C/∂y, ∂C/∂σ²_B = Σᵣ ∂C/∂âᵣ·(aᵣ − μ_B)·(−½)(σ²_B + ε)^(−3/2),
 * ∂C/∂μ_B = −Σᵣ ∂C/∂âᵣ/√(σ²_B + ε) (the σ² path adds Σᵣ(aᵣ − μ_B) = 0), and then
 *   ∂C/∂aᵣ = ∂C/∂âᵣ/√(σ²_B + ε) + ∂C/∂σ²_B·2(aᵣ − μ_B)/m + ∂C/∂μ_B/m,
 * term by term the three parts of normBackward's γ/√(σ²_B + ε)·(∂C/∂yᵣ − mean ∂C/∂y − âᵣ·mean
 * ∂C/∂y·â). `gamma` is the γ the pass used (a step has updated the layer's own since).
 */
export function normDeltaParts(
  gamma: ArrayLike<number>,
  buf: NormBuffers,
  rows: number,
): NormDeltaParts {
  const n = gamma.length;
  const { preNorm, mean, invStd, upstream } = buf;
  const parts: NormDeltaParts = {
    meanGrad: new Float64Array(n),
    varianceGrad: new Float64Array(n),
    direct: new Float64Array(rows * n),
    viaVariance: new Float64Array(rows * n),
    viaMean: new Float64Array(rows * n),
  };
  for (let j = 0; j < n; j++) {
    let sumDHat = 0;
    let sumDHatCentred = 0;
    for (let r = 0; r < rows; r++) {
      const k = r * n + j;
      const dHat = gamma[j] * upstream[k];
      sumDHat += dHat;
      sumDHatCentred += dHat * (preNorm[k] - mean[j]);
    }
    const s = invStd[j];
    parts.varianceGrad[j] = -0.5 * sumDHatCentred * s * s * s;
    parts.meanGrad[j] = -sumDHat * s;
    for (let r = 0; r < rows; r++) {
      const k = r * n + j;
      parts.direct[k] = gamma[j] * upstream[k] * s;
      parts.viaVariance[k] = (parts.varianceGrad[j] * 2 * (preNorm[k] - mean[j])) / rows;
      parts.viaMean[k] = parts.meanGrad[j] / rows;
    }
  }
  return parts;
}

/**
 * After a training step: μ_run ← 0.9·μ_run + 0.1·μ_B, σ²_run ← 0.9·σ²_run + 0.1·σ²_B·m/(m−1).
 * A batch of one sample has no unbiased variance, so it leaves the estimates alone.
 */
export function updateRunningStats(bn: BatchNorm, buf: NormBuffers, rows: number): void {
  if (rows < 2) return;
  const unbias = rows / (rows - 1);
  for (let j = 0; j < bn.size; j++) {
    bn.runningMean[j] = (1 - BN_MOMENTUM) * bn.runningMean[j] + BN_MOMENTUM * buf.mean[j];
    bn.runningVar[j] =
      (1 - BN_MOMENTUM) * bn.runningVar[j] + BN_MOMENTUM * buf.variance[j] * unbias;
  }
}

/**
 * Divides the summed ∂C/∂γ, ∂C/∂β by the batch size (the loss is a batch mean) and returns the
 * first layer (1-based) whose gradient is not finite or beyond `limit`, or 0.
 */
export function averageNormGradients(
  grads: readonly (NormGradients | null)[],
  rows: number,
  limit: number,
): number {
  let bad = 0;
  for (let l = 0; l < grads.length; l++) {
    const g = grads[l];
    if (!g) continue;
    const max = Math.max(scaleAll(g.gamma, 1 / rows), scaleAll(g.beta, 1 / rows));
    if (bad === 0 && !(max <= limit)) bad = l + 1;
  }
  return bad;
}

/** g ← g·factor; returns the largest |g| (NaN when any is NaN). */
function scaleAll(g: Float64Array, factor: number): number {
  let max = 0;
  for (let k = 0; k < g.length; k++) {
    g[k] *= factor;
    const m = Math.abs(g[k]);
    if (!(m <= max)) max = m; // NaN also lands here
  }
  return max;
}

/** An explicit initial row for a batch-normalized layer: n numbers (β) or 4n (γ, β, μ, σ²). */
export function normParameterFits(bn: BatchNorm, row: ArrayLike<number>): boolean {
  return row.length === bn.size || row.length === 4 * bn.size;
}

/**
 * Sets a batch-normalized layer from the `b` row of explicit initial parameters: n numbers
 * are β (γ, μ_run and σ²_run keep their starting 1, 0 and 1); 4n numbers are γ, β, μ_run and
 * σ²_run one after the other, the order of the exported `bn` entry.
 */
export function setNormParameters(bn: BatchNorm, row: ArrayLike<number>): void {
  const n = bn.size;
  if (row.length === n) {
    for (let j = 0; j < n; j++) bn.beta[j] = row[j];
    return;
  }
  for (let j = 0; j < n; j++) {
    bn.gamma[j] = row[j];
    bn.beta[j] = row[n + j];
    bn.runningMean[j] = row[2 * n + j];
    bn.runningVar[j] = row[3 * n + j];
  }
}

/**
 * The optimizer groups of γ and β, layer by layer, numbered on from `first` (after every
 * layer's W and b, so those keep their places). Never regularized: L1/L2 apply to W only.
 */
export function normGroups(
  norms: readonly (BatchNorm | null)[],
  grads: readonly (NormGradients | null)[],
  old: readonly ParamGroup[] | undefined,
  second: boolean,
  first: number,
): ParamGroup[] {
  const groups: ParamGroup[] = [];
  norms.forEach((bn, l) => {
    const g = grads[l];
    if (!bn || !g) return;
    const pairs: [Float64Array, Float64Array][] = [
      [bn.gamma, g.gamma],
      [bn.beta, g.beta],
    ];
    for (const [param, grad] of pairs) {
      groups.push({
        param,
        grad,
        first: old?.[first + groups.length].first ?? new Float64Array(param.length),
        second: new Float64Array(second ? param.length : 0),
        regularize: false,
        trainable: true,
      });
    }
  });
  return groups;
}

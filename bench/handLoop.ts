import type { SampleSet } from '../src/data/types';
import * as det from '../src/core/detmath';
import { Random, STREAMS } from '../src/core/random';
import type { BenchNetwork, Parameters } from './networks';
import { SEED } from './networks';

/**
 * The yardstick: the fastest plain Float64Array loop we know how to write for a dense network
 * of any runtime shape, trained by mini-batch SGD exactly as the engine trains it (the same
 * forward pass, the same batch-mean loss and gradients, the same update, the same shuffled batch
 * order). It keeps none of the engine's extras — no gathered input copy, no gradient buffers
 * kept for the views, no divergence checks, no update statistics — and fuses what the engine
 * keeps apart:
 *
 * - the first layer reads its samples straight from the dataset by offset (no gather);
 * - register tiles: the forward pass and the first layer's gradient take two weight rows × four
 *   samples per pass over i (the other layers' backward pass one row × four samples, which
 *   measured faster there, as it also accumulates Wᵀδ);
 * - in the last block of samples a weight's gradient is finished and the SGD update applied in
 *   the same pass, with no averaging pass and no separate update pass;
 * - a layer's error Wᵀδ is accumulated with the weights' old values in that same pass.
 *
 * The engine keeps those apart for reasons of its own: its gradients stay readable after the
 * step, and it checks them for divergence before it changes any weight.
 */

/**
 * The elementary functions: by default the engine's deterministic ones, so the loop computes the
 * engine's activations and losses bit for bit (sums in the backward pass may round differently). Imported as `./handLoop.ts?math=native` (a second instance of
 * this module, with its own compiled loops) it uses the engine-dependent Math.* instead, to show
 * what determinism costs.
 */
export const NATIVE_MATH = new URL(import.meta.url).searchParams.get('math') === 'native';
const tanh = NATIVE_MATH ? Math.tanh : det.tanh;
const exp = NATIVE_MATH ? Math.exp : det.exp;
const log = NATIVE_MATH ? Math.log : det.log;
const log1p = NATIVE_MATH ? Math.log1p : det.log1p;

const TANH = 0;
const RELU = 1;
const SIGMOID = 2;
const SOFTMAX = 3;

function actCode(name: string): number {
  switch (name) {
    case 'tanh':
      return TANH;
    case 'relu':
      return RELU;
    case 'sigmoid':
      return SIGMOID;
    case 'softmax':
      return SOFTMAX;
  }
  throw new Error(`hand loop: no activation ${name}`);
}

export class HandLoop {
  /** Mean cost of the last step's batch. */
  lastLoss = Number.NaN;

  private readonly sizes: number[];
  private readonly depth: number;
  private readonly W: Float64Array[];
  private readonly b: Float64Array[];
  /** Gradient sums of the blocks before the last one (zero between steps). */
  private readonly gW: Float64Array[];
  private readonly a: Float64Array[];
  private readonly z: Float64Array[];
  private readonly d: Float64Array[];
  /** Where each sample of the batch starts in a layer's input: dataset rows for layer 1. */
  private readonly offsets: Int32Array[];
  private readonly targetOffsets: Int32Array;
  private readonly act: number[];
  private readonly loss: 'half-sse' | 'mse' | 'bce' | 'cce';
  private readonly inputs: Float64Array;
  private readonly targets: Float64Array;
  private readonly count: number;
  private readonly batchSize: number;
  private readonly learningRate: number;
  private readonly order: Int32Array;
  private readonly random: Random;
  private cursor = 0;

  constructor(net: BenchNetwork, data: SampleSet, params: Parameters) {
    const { sizes } = net;
    this.sizes = sizes;
    this.depth = sizes.length - 1;
    this.W = params.weights.map((w) => w.slice());
    this.b = params.biases.map((b) => b.slice());
    this.gW = params.weights.map((w) => new Float64Array(w.length));
    const B = net.batchSize;
    this.a = sizes.map((n) => new Float64Array(B * n));
    this.z = sizes.map((n) => new Float64Array(B * n));
    this.d = sizes.map((n) => new Float64Array(B * n));
    this.offsets = sizes.map((n) => Int32Array.from({ length: B }, (_, s) => s * n));
    this.targetOffsets = new Int32Array(B);
    this.act = sizes.slice(1).map((_, l) => actCode(l < this.depth - 1 ? net.hidden : net.output));
    this.loss = net.loss as HandLoop['loss'];
    this.inputs = data.inputs;
    this.targets = data.targets;
    this.count = data.count;
    this.batchSize = Math.min(B, data.count);
    this.learningRate = net.learningRate;
    this.order = Int32Array.from({ length: data.count }, (_, k) => k);
    // The engine's shuffle stream, so both see the same batches in the same order.
    this.random = new Random(SEED, STREAMS.shuffle);
  }

  /** One SGD step on the next mini-batch; returns the number of samples it trained on. */
  step(): number {
    const { sizes, depth } = this;
    if (this.cursor === 0) this.random.shuffle(this.order);
    const rows = Math.min(this.batchSize, this.count - this.cursor);
    const nIn = sizes[0];
    const nOut = sizes[depth];
    const inOff = this.offsets[0];
    const tOff = this.targetOffsets;
    for (let r = 0; r < rows; r++) {
      const s = this.order[this.cursor + r];
      inOff[r] = s * nIn;
      tOff[r] = s * nOut;
    }
    this.cursor += rows;
    if (this.cursor >= this.count) this.cursor = 0;

    // Forward: a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾, z⁽ˡ⁾ = h(a⁽ˡ⁾).
    for (let l = 1; l <= depth; l++) {
      const X = l === 1 ? this.inputs : this.z[l - 1];
      forwardLayer(
        X,
        this.offsets[l - 1],
        this.W[l - 1],
        this.b[l - 1],
        this.a[l],
        rows,
        sizes[l - 1],
        sizes[l],
      );
      activate(this.act[l - 1], this.a[l], this.z[l], rows, sizes[l]);
    }

    // Loss and output delta δ⁽ᴸ⁾.
    const cost = outputDelta(
      this.loss,
      this.a[depth],
      this.z[depth],
      this.targets,
      tOff,
      this.d[depth],
      rows,
      nOut,
    );
    this.lastLoss = cost / rows;

    // Backward with the update fused into the last block: W ← W − (η/B) Σ δ zᵀ.
    const k = this.learningRate / rows;
    for (let l = depth; l >= 1; l--) {
      const X = l === 1 ? this.inputs : this.z[l - 1];
      const E = l > 1 ? this.d[l - 1] : null;
      backwardLayer(
        X,
        this.offsets[l - 1],
        this.W[l - 1],
        this.b[l - 1],
        this.d[l],
        this.gW[l - 1],
        E,
        rows,
        sizes[l - 1],
        sizes[l],
        k,
      );
      if (E !== null)
        multiplyByDerivative(this.act[l - 2], this.a[l - 1], this.z[l - 1], E, rows * sizes[l - 1]);
    }
    return rows;
  }

  /** The current parameters (copies). */
  parameters(): Parameters {
    return { weights: this.W.map((w) => w.slice()), biases: this.b.map((b) => b.slice()) };
  }
}

/**
 * A[s, j] = b[j] + Σᵢ W[j, i] X[off[s] + i]. Tiles of two weight rows × four samples: each pass
 * over i loads two weights and four inputs for eight multiply-adds held in registers.
 */
function forwardLayer(
  X: Float64Array,
  off: Int32Array,
  W: Float64Array,
  b: Float64Array,
  A: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const x0 = off[s];
    const x1 = off[s + 1];
    const x2 = off[s + 2];
    const x3 = off[s + 3];
    const o0 = s * nOut;
    const o1 = o0 + nOut;
    const o2 = o1 + nOut;
    const o3 = o2 + nOut;
    let j = 0;
    for (; j + 2 <= nOut; j += 2) {
      const r0 = j * nIn;
      const r1 = r0 + nIn;
      const b0 = b[j];
      const b1 = b[j + 1];
      let p0 = b0;
      let p1 = b0;
      let p2 = b0;
      let p3 = b0;
      let q0 = b1;
      let q1 = b1;
      let q2 = b1;
      let q3 = b1;
      for (let i = 0; i < nIn; i++) {
        const u = W[r0 + i];
        const v = W[r1 + i];
        const c0 = X[x0 + i];
        const c1 = X[x1 + i];
        const c2 = X[x2 + i];
        const c3 = X[x3 + i];
        p0 += u * c0;
        p1 += u * c1;
        p2 += u * c2;
        p3 += u * c3;
        q0 += v * c0;
        q1 += v * c1;
        q2 += v * c2;
        q3 += v * c3;
      }
      A[o0 + j] = p0;
      A[o1 + j] = p1;
      A[o2 + j] = p2;
      A[o3 + j] = p3;
      A[o0 + j + 1] = q0;
      A[o1 + j + 1] = q1;
      A[o2 + j + 1] = q2;
      A[o3 + j + 1] = q3;
    }
    if (j < nOut) {
      const r0 = j * nIn;
      const b0 = b[j];
      let p0 = b0;
      let p1 = b0;
      let p2 = b0;
      let p3 = b0;
      for (let i = 0; i < nIn; i++) {
        const u = W[r0 + i];
        p0 += u * X[x0 + i];
        p1 += u * X[x1 + i];
        p2 += u * X[x2 + i];
        p3 += u * X[x3 + i];
      }
      A[o0 + j] = p0;
      A[o1 + j] = p1;
      A[o2 + j] = p2;
      A[o3 + j] = p3;
    }
  }
  for (; s < rows; s++) {
    const x0 = off[s];
    const o0 = s * nOut;
    for (let j = 0; j < nOut; j++) {
      const row = j * nIn;
      let acc = b[j];
      for (let i = 0; i < nIn; i++) acc += W[row + i] * X[x0 + i];
      A[o0 + j] = acc;
    }
  }
}

function activate(
  code: number,
  A: Float64Array,
  Z: Float64Array,
  rows: number,
  width: number,
): void {
  const n = rows * width;
  switch (code) {
    case TANH:
      for (let k = 0; k < n; k++) Z[k] = tanh(A[k]);
      return;
    case RELU:
      for (let k = 0; k < n; k++) {
        const v = A[k];
        Z[k] = v > 0 ? v : 0;
      }
      return;
    case SIGMOID:
      for (let k = 0; k < n; k++) {
        const v = A[k];
        if (v >= 0) {
          Z[k] = 1 / (1 + exp(-v));
        } else {
          const e = exp(v);
          Z[k] = e / (1 + e);
        }
      }
      return;
    case SOFTMAX:
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        let max = -Infinity;
        for (let k = 0; k < width; k++) if (A[o + k] > max) max = A[o + k];
        let sum = 0;
        for (let k = 0; k < width; k++) {
          const e = exp(A[o + k] - max);
          Z[o + k] = e;
          sum += e;
        }
        const inv = 1 / sum;
        for (let k = 0; k < width; k++) Z[o + k] *= inv;
      }
      return;
  }
}

/** Writes δ⁽ᴸ⁾ and returns the summed cost of the batch (losses fused with their activation). */
function outputDelta(
  loss: string,
  A: Float64Array,
  Z: Float64Array,
  T: Float64Array,
  tOff: Int32Array,
  D: Float64Array,
  rows: number,
  width: number,
): number {
  let cost = 0;
  switch (loss) {
    case 'half-sse':
      // Tanh output: δ = (ŷ − y)(1 − ŷ²), C = ½ Σ (ŷ − y)².
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        const t = tOff[r];
        for (let k = 0; k < width; k++) {
          const zk = Z[o + k];
          const e = zk - T[t + k];
          cost += 0.5 * e * e;
          D[o + k] = e * (1 - zk * zk);
        }
      }
      return cost;
    case 'bce':
      // Sigmoid output: δ = (ŷ − y)/K, C = mean of max(a,0) − a·y + ln(1 + e^(−|a|)).
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        const t = tOff[r];
        let c = 0;
        for (let k = 0; k < width; k++) {
          const ak = A[o + k];
          const yk = T[t + k];
          c += Math.max(ak, 0) - ak * yk + log1p(exp(-Math.abs(ak)));
          D[o + k] = (Z[o + k] - yk) / width;
        }
        cost += c / width;
      }
      return cost;
    case 'cce':
      // Softmax output, one-hot y: δ = ŷ − y, C = logsumexp(a) − Σ yₖ aₖ.
      for (let r = 0; r < rows; r++) {
        const o = r * width;
        const t = tOff[r];
        let max = -Infinity;
        for (let k = 0; k < width; k++) if (A[o + k] > max) max = A[o + k];
        let sum = 0;
        for (let k = 0; k < width; k++) sum += exp(A[o + k] - max);
        const lse = max + log(sum);
        for (let k = 0; k < width; k++) {
          const yk = T[t + k];
          cost += yk * (lse - A[o + k]);
          D[o + k] = Z[o + k] - yk;
        }
      }
      return cost;
  }
  throw new Error(`hand loop: no loss ${loss}`);
}

/**
 * b ← b − k Σₛ δ, W ← W − k Σₛ δ zᵀ (k = η / batch), and E = Wᵀδ (with the old W) when E is
 * given. Blocks of four samples accumulate into gW; the last block finishes the sum, updates
 * the weight and clears gW for the next step.
 */
function backwardLayer(
  X: Float64Array,
  off: Int32Array,
  W: Float64Array,
  b: Float64Array,
  D: Float64Array,
  gW: Float64Array,
  E: Float64Array | null,
  rows: number,
  nIn: number,
  nOut: number,
  k: number,
): void {
  for (let j = 0; j < nOut; j++) {
    let g = 0;
    for (let s = 0; s < rows; s++) g += D[s * nOut + j];
    b[j] -= k * g;
  }
  if (E !== null) {
    const n = rows * nIn;
    if (n > 64) E.fill(0, 0, n);
    else for (let i = 0; i < n; i++) E[i] = 0;
  }
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const last = s + 4 === rows;
    const x0 = off[s];
    const x1 = off[s + 1];
    const x2 = off[s + 2];
    const x3 = off[s + 3];
    const o = s * nOut;
    if (E === null) {
      blockGradient(X, x0, x1, x2, x3, D, o, W, gW, nIn, nOut, k, last);
      continue;
    }
    blockErrorAndGradient(X, x0, x1, x2, x3, D, o, W, gW, E, s * nIn, nIn, nOut, k, last);
  }
  for (; s < rows; s++) {
    const last = s + 1 === rows;
    const x0 = off[s];
    const e0 = s * nIn;
    const o = s * nOut;
    for (let j = 0; j < nOut; j++) {
      const d0 = D[o + j];
      const row = j * nIn;
      for (let i = 0; i < nIn; i++) {
        const ri = row + i;
        const w = W[ri];
        const g = gW[ri] + d0 * X[x0 + i];
        if (E !== null) E[e0 + i] += w * d0;
        if (last) {
          W[ri] = w - k * g;
          gW[ri] = 0;
        } else {
          gW[ri] = g;
        }
      }
    }
  }
}

/** E ← h′ ⊙ E for a hidden layer (tanh 1 − z², ReLU [a > 0], sigmoid z(1 − z)). */
function multiplyByDerivative(
  code: number,
  A: Float64Array,
  Z: Float64Array,
  E: Float64Array,
  n: number,
): void {
  switch (code) {
    case TANH:
      for (let k = 0; k < n; k++) E[k] *= 1 - Z[k] * Z[k];
      return;
    case RELU:
      for (let k = 0; k < n; k++) if (!(A[k] > 0)) E[k] = 0;
      return;
    case SIGMOID:
      for (let k = 0; k < n; k++) E[k] *= Z[k] * (1 - Z[k]);
      return;
  }
}

/**
 * The weight gradient of one block of four samples for a layer that passes no error down (the
 * first layer), two weight rows at a time; in the last block, the SGD update.
 */
function blockGradient(
  X: Float64Array,
  x0: number,
  x1: number,
  x2: number,
  x3: number,
  D: Float64Array,
  o: number,
  W: Float64Array,
  gW: Float64Array,
  nIn: number,
  nOut: number,
  k: number,
  last: boolean,
): void {
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    const d0 = D[o + j];
    const d1 = D[o + nOut + j];
    const d2 = D[o + 2 * nOut + j];
    const d3 = D[o + 3 * nOut + j];
    const f0 = D[o + j + 1];
    const f1 = D[o + nOut + j + 1];
    const f2 = D[o + 2 * nOut + j + 1];
    const f3 = D[o + 3 * nOut + j + 1];
    const r0 = j * nIn;
    const r1 = r0 + nIn;
    if (last) {
      for (let i = 0; i < nIn; i++) {
        const c0 = X[x0 + i];
        const c1 = X[x1 + i];
        const c2 = X[x2 + i];
        const c3 = X[x3 + i];
        const g = gW[r0 + i] + d0 * c0 + d1 * c1 + d2 * c2 + d3 * c3;
        const h = gW[r1 + i] + f0 * c0 + f1 * c1 + f2 * c2 + f3 * c3;
        W[r0 + i] -= k * g;
        W[r1 + i] -= k * h;
        gW[r0 + i] = 0;
        gW[r1 + i] = 0;
      }
    } else {
      for (let i = 0; i < nIn; i++) {
        const c0 = X[x0 + i];
        const c1 = X[x1 + i];
        const c2 = X[x2 + i];
        const c3 = X[x3 + i];
        gW[r0 + i] += d0 * c0 + d1 * c1 + d2 * c2 + d3 * c3;
        gW[r1 + i] += f0 * c0 + f1 * c1 + f2 * c2 + f3 * c3;
      }
    }
  }
  if (j < nOut) {
    const d0 = D[o + j];
    const d1 = D[o + nOut + j];
    const d2 = D[o + 2 * nOut + j];
    const d3 = D[o + 3 * nOut + j];
    const r0 = j * nIn;
    for (let i = 0; i < nIn; i++) {
      const g = gW[r0 + i] + d0 * X[x0 + i] + d1 * X[x1 + i] + d2 * X[x2 + i] + d3 * X[x3 + i];
      if (last) {
        W[r0 + i] -= k * g;
        gW[r0 + i] = 0;
      } else {
        gW[r0 + i] = g;
      }
    }
  }
}

/**
 * One block of four samples for a layer that passes its error down: the weight gradient (and
 * in the last block the SGD update) and E += Wᵀδ with the old weights, two weight rows per pass
 * over i so the four inputs and four errors touched serve both rows.
 */
function blockErrorAndGradient(
  X: Float64Array,
  x0: number,
  x1: number,
  x2: number,
  x3: number,
  D: Float64Array,
  o: number,
  W: Float64Array,
  gW: Float64Array,
  E: Float64Array,
  e0: number,
  nIn: number,
  nOut: number,
  k: number,
  last: boolean,
): void {
  const e1 = e0 + nIn;
  const e2 = e1 + nIn;
  const e3 = e2 + nIn;
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    const d0 = D[o + j];
    const d1 = D[o + nOut + j];
    const d2 = D[o + 2 * nOut + j];
    const d3 = D[o + 3 * nOut + j];
    const f0 = D[o + j + 1];
    const f1 = D[o + nOut + j + 1];
    const f2 = D[o + 2 * nOut + j + 1];
    const f3 = D[o + 3 * nOut + j + 1];
    const r0 = j * nIn;
    const r1 = r0 + nIn;
    if (last) {
      for (let i = 0; i < nIn; i++) {
        const u = W[r0 + i];
        const v = W[r1 + i];
        const c0 = X[x0 + i];
        const c1 = X[x1 + i];
        const c2 = X[x2 + i];
        const c3 = X[x3 + i];
        const g = gW[r0 + i] + d0 * c0 + d1 * c1 + d2 * c2 + d3 * c3;
        const h = gW[r1 + i] + f0 * c0 + f1 * c1 + f2 * c2 + f3 * c3;
        E[e0 + i] = E[e0 + i] + u * d0 + v * f0;
        E[e1 + i] = E[e1 + i] + u * d1 + v * f1;
        E[e2 + i] = E[e2 + i] + u * d2 + v * f2;
        E[e3 + i] = E[e3 + i] + u * d3 + v * f3;
        W[r0 + i] = u - k * g;
        W[r1 + i] = v - k * h;
        gW[r0 + i] = 0;
        gW[r1 + i] = 0;
      }
    } else {
      for (let i = 0; i < nIn; i++) {
        const u = W[r0 + i];
        const v = W[r1 + i];
        const c0 = X[x0 + i];
        const c1 = X[x1 + i];
        const c2 = X[x2 + i];
        const c3 = X[x3 + i];
        gW[r0 + i] += d0 * c0 + d1 * c1 + d2 * c2 + d3 * c3;
        gW[r1 + i] += f0 * c0 + f1 * c1 + f2 * c2 + f3 * c3;
        E[e0 + i] = E[e0 + i] + u * d0 + v * f0;
        E[e1 + i] = E[e1 + i] + u * d1 + v * f1;
        E[e2 + i] = E[e2 + i] + u * d2 + v * f2;
        E[e3 + i] = E[e3 + i] + u * d3 + v * f3;
      }
    }
  }
  if (j < nOut) {
    const d0 = D[o + j];
    const d1 = D[o + nOut + j];
    const d2 = D[o + 2 * nOut + j];
    const d3 = D[o + 3 * nOut + j];
    const r0 = j * nIn;
    for (let i = 0; i < nIn; i++) {
      const u = W[r0 + i];
      const g = gW[r0 + i] + d0 * X[x0 + i] + d1 * X[x1 + i] + d2 * X[x2 + i] + d3 * X[x3 + i];
      E[e0 + i] += u * d0;
      E[e1 + i] += u * d1;
      E[e2 + i] += u * d2;
      E[e3 + i] += u * d3;
      if (last) {
        W[r0 + i] = u - k * g;
        gW[r0 + i] = 0;
      } else {
        gW[r0 + i] = g;
      }
    }
  }
}

/**
 * Independent reference implementations, written from the textbook formulas with plain numbers
 * and nested arrays. Nothing here imports engine code: the engine is tested against these, so
 * they must not share its shortcuts (no fused cross-entropy, no derivative taken from z, no
 * batching, no typed arrays).
 */
import type { HiddenActivation, LossName, OutputActivation } from '../../../src/config/types';

export type RefActivation = HiddenActivation | OutputActivation;

/** Leaky ReLU slope and ELU α. */
export interface ActParams {
  slope: number;
  alpha: number;
}

export const DEFAULT_PARAMS: ActParams = { slope: 0.01, alpha: 1 };

/** h(a) for an element-wise activation. */
export function refH(name: RefActivation, a: number, p: ActParams = DEFAULT_PARAMS): number {
  switch (name) {
    case 'linear':
      return a;
    case 'sigmoid':
      return 1 / (1 + Math.exp(-a));
    case 'tanh':
      return (Math.exp(2 * a) - 1) / (Math.exp(2 * a) + 1);
    case 'relu':
      return Math.max(0, a);
    case 'leaky-relu':
      return a > 0 ? a : p.slope * a;
    case 'elu':
      return a > 0 ? a : p.alpha * (Math.exp(a) - 1);
    case 'softmax':
      throw new Error('softmax is not element-wise');
  }
}

/** h′(a) for an element-wise activation, from the closed forms of the derivatives. */
export function refDH(name: RefActivation, a: number, p: ActParams = DEFAULT_PARAMS): number {
  switch (name) {
    case 'linear':
      return 1;
    case 'sigmoid': {
      // σ′(a) = e^(−a) / (1 + e^(−a))²
      const e = Math.exp(-a);
      return e / ((1 + e) * (1 + e));
    }
    case 'tanh': {
      // tanh′(a) = 1 / cosh²(a) = 4 / (eᵃ + e^(−a))²
      const s = Math.exp(a) + Math.exp(-a);
      return 4 / (s * s);
    }
    case 'relu':
      return a > 0 ? 1 : 0;
    case 'leaky-relu':
      return a > 0 ? 1 : p.slope;
    case 'elu':
      return a > 0 ? 1 : p.alpha * Math.exp(a);
    case 'softmax':
      throw new Error('softmax is not element-wise');
  }
}

/** softmax(a)ₖ = e^(aₖ) / Σⱼ e^(aⱼ), the plain definition (fine for moderate logits). */
export function refSoftmax(a: number[]): number[] {
  const e = a.map((v) => Math.exp(v));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** z = h(a) for a whole layer. */
export function refApply(
  name: RefActivation,
  a: number[],
  p: ActParams = DEFAULT_PARAMS,
): number[] {
  return name === 'softmax' ? refSoftmax(a) : a.map((v) => refH(name, v, p));
}

/** ∂z/∂a of a whole layer as a matrix J[j][k] = ∂zⱼ/∂aₖ. */
export function refJacobian(
  name: RefActivation,
  a: number[],
  p: ActParams = DEFAULT_PARAMS,
): number[][] {
  if (name === 'softmax') {
    const z = refSoftmax(a);
    return z.map((zj, j) => z.map((zk, k) => zj * ((j === k ? 1 : 0) - zk)));
  }
  return a.map((_, j) => a.map((ak, k) => (j === k ? refDH(name, ak, p) : 0)));
}

/** C(ŷ, y) for one sample, from the predictions ŷ. */
export function refCostOfPrediction(loss: LossName, yhat: number[], y: number[]): number {
  const K = y.length;
  let c = 0;
  for (let k = 0; k < K; k++) {
    switch (loss) {
      case 'mse':
        c += (yhat[k] - y[k]) ** 2 / K;
        break;
      case 'half-sse':
        c += 0.5 * (yhat[k] - y[k]) ** 2;
        break;
      case 'bce':
        c += -(y[k] * Math.log(yhat[k]) + (1 - y[k]) * Math.log(1 - yhat[k])) / K;
        break;
      case 'cce':
        c += -y[k] * Math.log(yhat[k]);
        break;
    }
  }
  return c;
}

/** ∂C/∂ŷ for one sample. */
export function refCostGradient(loss: LossName, yhat: number[], y: number[]): number[] {
  const K = y.length;
  return yhat.map((p, k) => {
    switch (loss) {
      case 'mse':
        return (2 * (p - y[k])) / K;
      case 'half-sse':
        return p - y[k];
      case 'bce':
        return (-y[k] / p + (1 - y[k]) / (1 - p)) / K;
      case 'cce':
        return -y[k] / p;
    }
  });
}

/** C for one sample from the output pre-activations a⁽ᴸ⁾. */
export function refCost(
  loss: LossName,
  outAct: RefActivation,
  a: number[],
  y: number[],
  p: ActParams = DEFAULT_PARAMS,
): number {
  return refCostOfPrediction(loss, refApply(outAct, a, p), y);
}

/** δ⁽ᴸ⁾ = Jᵀ ∂C/∂ŷ: the plain chain rule, with no fused shortcut. */
export function refOutputDelta(
  loss: LossName,
  outAct: RefActivation,
  a: number[],
  y: number[],
  p: ActParams = DEFAULT_PARAMS,
): number[] {
  const yhat = refApply(outAct, a, p);
  const g = refCostGradient(loss, yhat, y);
  const J = refJacobian(outAct, a, p);
  return a.map((_, k) => g.reduce((s, gj, j) => s + gj * J[j][k], 0));
}

/** A network as nested arrays: W[l][j][i] is w⁽ˡ⁺¹⁾ⱼᵢ, b[l][j] is b⁽ˡ⁺¹⁾ⱼ. */
export interface RefNet {
  W: number[][][];
  b: number[][];
  /** Activation of layer l+1 at index l (the last is the output activation). */
  acts: RefActivation[];
  loss: LossName;
  params: ActParams;
}

export interface RefPass {
  /** a[l] for l = 1 … L (a[0] is empty). */
  a: number[][];
  /** z[l] for l = 0 … L, z[0] = x, before any dropout mask. */
  z: number[][];
  /** What layer l hands on: z[l] ⊙ mask[l] (z[l] itself without a mask). */
  out: number[][];
}

/** masks[l] (optional, for l = 1 … L−1) multiplies z⁽ˡ⁾ before it feeds the next layer. */
export function refForward(net: RefNet, x: number[], masks?: (number[] | null)[]): RefPass {
  const a: number[][] = [[]];
  const z: number[][] = [x.slice()];
  const out: number[][] = [x.slice()];
  for (let l = 0; l < net.W.length; l++) {
    const input = out[l];
    // a⁽ˡ⁾ⱼ = Σᵢ w⁽ˡ⁾ⱼᵢ z⁽ˡ⁻¹⁾ᵢ + b⁽ˡ⁾ⱼ
    const al = net.W[l].map((row, j) => {
      let s = net.b[l][j];
      for (let i = 0; i < row.length; i++) s += row[i] * input[i];
      return s;
    });
    const zl = refApply(net.acts[l], al, net.params);
    const m = masks?.[l + 1] ?? null;
    a.push(al);
    z.push(zl);
    out.push(m ? zl.map((v, j) => v * m[j]) : zl);
  }
  return { a, z, out };
}

export interface RefGradients {
  /** δ[l] for l = 1 … L (δ[0] is empty). */
  delta: number[][];
  /** ∂C/∂W⁽ˡ⁺¹⁾ at index l, ∂C/∂b⁽ˡ⁺¹⁾ at index l. */
  gW: number[][][];
  gb: number[][];
  cost: number;
}

/**
 * Backpropagation for one sample, as the course writes it: δ⁽ᴸ⁾ = Jᵀ ∂C/∂ŷ,
 * δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾) [⊙ mask], ∂C/∂W⁽ˡ⁾ = δ⁽ˡ⁾ z⁽ˡ⁻¹⁾ᵀ, ∂C/∂b⁽ˡ⁾ = δ⁽ˡ⁾.
 */
export function refBackward(
  net: RefNet,
  x: number[],
  y: number[],
  masks?: (number[] | null)[],
): RefGradients {
  const L = net.W.length;
  const pass = refForward(net, x, masks);
  const delta: number[][] = Array.from({ length: L + 1 }, () => []);
  delta[L] = refOutputDelta(net.loss, net.acts[L - 1], pass.a[L], y, net.params);
  for (let l = L - 1; l >= 1; l--) {
    const W = net.W[l]; // W⁽ˡ⁺¹⁾
    const m = masks?.[l] ?? null;
    delta[l] = pass.a[l].map((al, i) => {
      let back = 0;
      for (let j = 0; j < W.length; j++) back += W[j][i] * delta[l + 1][j];
      return refDH(net.acts[l - 1], al, net.params) * back * (m ? m[i] : 1);
    });
  }
  const gW = net.W.map((Wl, l) =>
    Wl.map((row, j) => row.map((_, i) => delta[l + 1][j] * pass.out[l][i])),
  );
  const gb = net.b.map((_, l) => delta[l + 1].slice());
  const cost = refCost(net.loss, net.acts[L - 1], pass.a[L], y, net.params);
  return { delta, gW, gb, cost };
}

/** Batch-mean gradients over several samples. */
export function refBatchGradients(
  net: RefNet,
  xs: number[][],
  ys: number[][],
  masks?: (number[] | null)[][],
): { gW: number[][][]; gb: number[][]; loss: number } {
  const gW = net.W.map((Wl) => Wl.map((row) => row.map(() => 0)));
  const gb = net.b.map((bl) => bl.map(() => 0));
  let loss = 0;
  xs.forEach((x, s) => {
    const g = refBackward(net, x, ys[s], masks?.[s]);
    g.gW.forEach((Wl, l) => Wl.forEach((row, j) => row.forEach((v, i) => (gW[l][j][i] += v))));
    g.gb.forEach((bl, l) => bl.forEach((v, j) => (gb[l][j] += v)));
    loss += g.cost;
  });
  const n = xs.length;
  return {
    gW: gW.map((Wl) => Wl.map((row) => row.map((v) => v / n))),
    gb: gb.map((bl) => bl.map((v) => v / n)),
    loss: loss / n,
  };
}

/** Row-major flat copy of a matrix (the engine's layout: entry j·nIn + i). */
export function flat(m: number[][]): number[] {
  return m.flat();
}

/** A flat row-major array back into rows of `cols`. */
export function rows(flatValues: ArrayLike<number>, cols: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < flatValues.length; k += cols) {
    out.push(Array.from({ length: cols }, (_, i) => flatValues[k + i]));
  }
  return out;
}

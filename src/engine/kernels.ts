/**
 * The dense-layer loops every training step spends its time in. Batches are row-major
 * (sample s's values at s·width …); W is nOut × nIn row-major (w⁽ˡ⁾ⱼᵢ at j·nIn + i).
 *
 * The loops work on tiles of two weight rows × four samples: one pass over i loads two weights
 * and four inputs and does eight multiply-adds held in registers, which is what lets a plain
 * JavaScript loop approach the speed of native code. Each sum is taken in the same order
 * (bias first, then i = 0 …; the samples of a block in order) whether its row or sample falls
 * in a full tile or in a remainder, so a number does not depend on where it sits in the tile.
 * Layers with at most eight inputs go to the unrolled kernels of narrowForward.ts and
 * narrowGradient.ts instead, which take the same sums in the same order.
 */
import { NARROW, narrowError, narrowForward } from './narrowForward';
import { narrowGradient } from './narrowGradient';

/** a = W z + b for `rows` samples: A[s, j] = b[j] + Σᵢ W[j, i] Z[s, i]. */
export function linearForward(
  Z: Float64Array,
  W: Float64Array,
  b: Float64Array,
  A: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  if (nIn <= NARROW) narrowForward(Z, W, b, A, rows, nIn, nOut);
  else tiledForward(Z, W, b, A, rows, nIn, nOut);
}

/**
 * Writes the weight and bias gradients of one layer summed over `rows` samples,
 * ∂C/∂W = δ zᵀ (gW[j, i] = Σₛ δ[s, j] Z[s, i]) and ∂C/∂b = δ (gb[j] = Σₛ δ[s, j]), so no
 * separate pass clears them first; and, when `E` is given, writes the error sent to the layer below, E[s, i] = Σⱼ W[j, i] δ[s, j]
 * (that is, Wᵀδ, before multiplying by h′ of the layer below).
 */
export function linearBackward(
  Z: Float64Array,
  W: Float64Array,
  D: Float64Array,
  gW: Float64Array,
  gb: Float64Array,
  E: Float64Array | null,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  if (nIn > NARROW) {
    tiledBackward(Z, W, D, gW, gb, E, rows, nIn, nOut);
    return;
  }
  narrowGradient(Z, D, gW, gb, rows, nIn, nOut);
  if (E !== null) narrowError(W, D, E, rows, nIn, nOut);
}

/** linearForward for any width, in tiles of two units × four samples. */
export function tiledForward(
  Z: Float64Array,
  W: Float64Array,
  b: Float64Array,
  A: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const z0 = s * nIn;
    const z1 = z0 + nIn;
    const z2 = z1 + nIn;
    const z3 = z2 + nIn;
    const a0 = s * nOut;
    const a1 = a0 + nOut;
    const a2 = a1 + nOut;
    const a3 = a2 + nOut;
    let j = 0;
    for (; j + 2 <= nOut; j += 2) {
      const row0 = j * nIn;
      const row1 = row0 + nIn;
      const bj0 = b[j];
      const bj1 = b[j + 1];
      let acc00 = bj0;
      let acc01 = bj0;
      let acc02 = bj0;
      let acc03 = bj0;
      let acc10 = bj1;
      let acc11 = bj1;
      let acc12 = bj1;
      let acc13 = bj1;
      for (let i = 0; i < nIn; i++) {
        const w0 = W[row0 + i];
        const w1 = W[row1 + i];
        const x0 = Z[z0 + i];
        const x1 = Z[z1 + i];
        const x2 = Z[z2 + i];
        const x3 = Z[z3 + i];
        acc00 += w0 * x0;
        acc01 += w0 * x1;
        acc02 += w0 * x2;
        acc03 += w0 * x3;
        acc10 += w1 * x0;
        acc11 += w1 * x1;
        acc12 += w1 * x2;
        acc13 += w1 * x3;
      }
      A[a0 + j] = acc00;
      A[a1 + j] = acc01;
      A[a2 + j] = acc02;
      A[a3 + j] = acc03;
      A[a0 + j + 1] = acc10;
      A[a1 + j + 1] = acc11;
      A[a2 + j + 1] = acc12;
      A[a3 + j + 1] = acc13;
    }
    if (j < nOut) {
      const row = j * nIn;
      const bj = b[j];
      let acc0 = bj;
      let acc1 = bj;
      let acc2 = bj;
      let acc3 = bj;
      for (let i = 0; i < nIn; i++) {
        const w = W[row + i];
        acc0 += w * Z[z0 + i];
        acc1 += w * Z[z1 + i];
        acc2 += w * Z[z2 + i];
        acc3 += w * Z[z3 + i];
      }
      A[a0 + j] = acc0;
      A[a1 + j] = acc1;
      A[a2 + j] = acc2;
      A[a3 + j] = acc3;
    }
  }
  for (; s < rows; s++) {
    const z0 = s * nIn;
    const a0 = s * nOut;
    for (let j = 0; j < nOut; j++) {
      const row = j * nIn;
      let acc = b[j];
      for (let i = 0; i < nIn; i++) acc += W[row + i] * Z[z0 + i];
      A[a0 + j] = acc;
    }
  }
}

/** linearBackward for any width, in tiles of two units × four samples. */
export function tiledBackward(
  Z: Float64Array,
  W: Float64Array,
  D: Float64Array,
  gW: Float64Array,
  gb: Float64Array,
  E: Float64Array | null,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  // The sums start from zero, as in the narrow kernels (0 + x, so a −0 sum comes out +0).
  zero(gW, nOut * nIn);
  zero(gb, nOut);
  if (E !== null) zero(E, rows * nIn);
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const z0 = s * nIn;
    const z1 = z0 + nIn;
    const z2 = z1 + nIn;
    const z3 = z2 + nIn;
    const d = s * nOut;
    if (E === null) {
      weightGradientBlock(Z, D, gW, gb, z0, d, nIn, nOut);
      continue;
    }
    let j = 0;
    for (; j + 2 <= nOut; j += 2) {
      const d00 = D[d + j];
      const d01 = D[d + nOut + j];
      const d02 = D[d + 2 * nOut + j];
      const d03 = D[d + 3 * nOut + j];
      const d10 = D[d + j + 1];
      const d11 = D[d + nOut + j + 1];
      const d12 = D[d + 2 * nOut + j + 1];
      const d13 = D[d + 3 * nOut + j + 1];
      gb[j] += d00 + d01 + d02 + d03;
      gb[j + 1] += d10 + d11 + d12 + d13;
      const row0 = j * nIn;
      const row1 = row0 + nIn;
      for (let i = 0; i < nIn; i++) {
        const w0 = W[row0 + i];
        const w1 = W[row1 + i];
        const x0 = Z[z0 + i];
        const x1 = Z[z1 + i];
        const x2 = Z[z2 + i];
        const x3 = Z[z3 + i];
        gW[row0 + i] += d00 * x0 + d01 * x1 + d02 * x2 + d03 * x3;
        gW[row1 + i] += d10 * x0 + d11 * x1 + d12 * x2 + d13 * x3;
        // Row j's term, then row j+1's: the order of one row at a time.
        E[z0 + i] = E[z0 + i] + w0 * d00 + w1 * d10;
        E[z1 + i] = E[z1 + i] + w0 * d01 + w1 * d11;
        E[z2 + i] = E[z2 + i] + w0 * d02 + w1 * d12;
        E[z3 + i] = E[z3 + i] + w0 * d03 + w1 * d13;
      }
    }
    if (j < nOut) {
      const d0 = D[d + j];
      const d1 = D[d + nOut + j];
      const d2 = D[d + 2 * nOut + j];
      const d3 = D[d + 3 * nOut + j];
      gb[j] += d0 + d1 + d2 + d3;
      const row = j * nIn;
      for (let i = 0; i < nIn; i++) {
        const w = W[row + i];
        gW[row + i] += d0 * Z[z0 + i] + d1 * Z[z1 + i] + d2 * Z[z2 + i] + d3 * Z[z3 + i];
        E[z0 + i] += w * d0;
        E[z1 + i] += w * d1;
        E[z2 + i] += w * d2;
        E[z3 + i] += w * d3;
      }
    }
  }
  for (; s < rows; s++) {
    const z0 = s * nIn;
    const d = s * nOut;
    for (let j = 0; j < nOut; j++) {
      const d0 = D[d + j];
      gb[j] += d0;
      const row = j * nIn;
      if (E === null) {
        for (let i = 0; i < nIn; i++) gW[row + i] += d0 * Z[z0 + i];
      } else {
        for (let i = 0; i < nIn; i++) {
          gW[row + i] += d0 * Z[z0 + i];
          E[z0 + i] += W[row + i] * d0;
        }
      }
    }
  }
}

/**
 * ∂C/∂W += δ zᵀ and ∂C/∂b += δ for one block of four samples starting at row offsets z0 (inputs)
 * and d (deltas), for a layer that sends no error down: two weight rows per pass, so the four
 * inputs loaded for a column i serve both rows. The sums are those of linearBackward's E path.
 */
function weightGradientBlock(
  Z: Float64Array,
  D: Float64Array,
  gW: Float64Array,
  gb: Float64Array,
  z0: number,
  d: number,
  nIn: number,
  nOut: number,
): void {
  const z1 = z0 + nIn;
  const z2 = z1 + nIn;
  const z3 = z2 + nIn;
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    const d00 = D[d + j];
    const d01 = D[d + nOut + j];
    const d02 = D[d + 2 * nOut + j];
    const d03 = D[d + 3 * nOut + j];
    const d10 = D[d + j + 1];
    const d11 = D[d + nOut + j + 1];
    const d12 = D[d + 2 * nOut + j + 1];
    const d13 = D[d + 3 * nOut + j + 1];
    gb[j] += d00 + d01 + d02 + d03;
    gb[j + 1] += d10 + d11 + d12 + d13;
    const row0 = j * nIn;
    const row1 = row0 + nIn;
    for (let i = 0; i < nIn; i++) {
      const x0 = Z[z0 + i];
      const x1 = Z[z1 + i];
      const x2 = Z[z2 + i];
      const x3 = Z[z3 + i];
      gW[row0 + i] += d00 * x0 + d01 * x1 + d02 * x2 + d03 * x3;
      gW[row1 + i] += d10 * x0 + d11 * x1 + d12 * x2 + d13 * x3;
    }
  }
  if (j < nOut) {
    const d0 = D[d + j];
    const d1 = D[d + nOut + j];
    const d2 = D[d + 2 * nOut + j];
    const d3 = D[d + 3 * nOut + j];
    gb[j] += d0 + d1 + d2 + d3;
    const row = j * nIn;
    for (let i = 0; i < nIn; i++) {
      gW[row + i] += d0 * Z[z0 + i] + d1 * Z[z1 + i] + d2 * Z[z2 + i] + d3 * Z[z3 + i];
    }
  }
}

/**
 * a[0 … n) ← 0. A plain loop for short arrays, where TypedArray.fill's call costs more than
 * the stores (a tiny network clears a dozen short arrays every step); fill for long ones.
 */
export function zero(a: Float64Array, n: number): void {
  if (n > 64) {
    a.fill(0, 0, n);
    return;
  }
  for (let k = 0; k < n; k++) a[k] = 0;
}

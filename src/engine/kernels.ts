/**
 * The dense-layer loops every training step spends its time in. Batches are row-major
 * (sample s's values at s·width …); W is nOut × nIn row-major (w⁽ˡ⁾ⱼᵢ at j·nIn + i).
 *
 * Each loop handles four samples per pass over a weight row: a weight is loaded once and used
 * four times from a register, which is what lets a plain JavaScript loop approach the speed of
 * native code. The sums for each sample are taken in the same order (bias first, then i = 0 …)
 * whether the sample falls in a block of four or in the remainder, so a sample's numbers do
 * not depend on its position in the batch.
 */

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
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const z0 = s * nIn;
    const z1 = z0 + nIn;
    const z2 = z1 + nIn;
    const z3 = z2 + nIn;
    const a0 = s * nOut;
    for (let j = 0; j < nOut; j++) {
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
      A[a0 + nOut + j] = acc1;
      A[a0 + 2 * nOut + j] = acc2;
      A[a0 + 3 * nOut + j] = acc3;
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

/**
 * Accumulates the weight and bias gradients of one layer over `rows` samples,
 * ∂C/∂W += δ zᵀ (gW[j, i] += Σₛ δ[s, j] Z[s, i]) and ∂C/∂b += δ (gb[j] += Σₛ δ[s, j]),
 * and, when `E` is given, the error sent to the layer below, E[s, i] = Σⱼ W[j, i] δ[s, j]
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
  if (E !== null) E.fill(0, 0, rows * nIn);
  let s = 0;
  for (; s + 4 <= rows; s += 4) {
    const z0 = s * nIn;
    const z1 = z0 + nIn;
    const z2 = z1 + nIn;
    const z3 = z2 + nIn;
    const d = s * nOut;
    for (let j = 0; j < nOut; j++) {
      const d0 = D[d + j];
      const d1 = D[d + nOut + j];
      const d2 = D[d + 2 * nOut + j];
      const d3 = D[d + 3 * nOut + j];
      gb[j] += d0 + d1 + d2 + d3;
      const row = j * nIn;
      if (E === null) {
        for (let i = 0; i < nIn; i++) {
          gW[row + i] += d0 * Z[z0 + i] + d1 * Z[z1 + i] + d2 * Z[z2 + i] + d3 * Z[z3 + i];
        }
      } else {
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

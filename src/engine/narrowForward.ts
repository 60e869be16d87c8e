/**
 * Dense-layer kernels for layers with 1 to 8 inputs, one function per input width so that
 * every loop over the inputs i is written out: the layer's weights of one unit (or the
 * accumulators of one sample) live in registers and there is no loop over i at all, nor a
 * tile remainder. Each sum is taken in exactly the order of the tiled kernels in kernels.ts
 * (a = b + w₀z₀ + w₁z₁ + …; ∂C/∂w summed over blocks of four samples, then sample by sample;
 * E summed over j from 0), so a layer gives the same bits whichever kernel runs it.
 */

type Vec = Float64Array;

/** The widest layer input the narrow kernels handle. */
export const NARROW = 8;

/** a = W z + b for `rows` samples of a layer with nIn ≤ NARROW inputs (see linearForward). */
export function narrowForward(
  Z: Float64Array,
  W: Float64Array,
  b: Float64Array,
  A: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  switch (nIn) {
    case 1:
      return forward1(Z, W, b, A, rows, nOut);
    case 2:
      return forward2(Z, W, b, A, rows, nOut);
    case 3:
      return forward3(Z, W, b, A, rows, nOut);
    case 4:
      return forward4(Z, W, b, A, rows, nOut);
    case 5:
      return forward5(Z, W, b, A, rows, nOut);
    case 6:
      return forward6(Z, W, b, A, rows, nOut);
    case 7:
      return forward7(Z, W, b, A, rows, nOut);
    case 8:
      return forward8(Z, W, b, A, rows, nOut);
  }
  throw new RangeError(`no narrow kernel for ${nIn} inputs`);
}

/** E[s, i] = Σⱼ W[j, i] δ[s, j] for a layer with nIn ≤ NARROW inputs (see linearBackward). */
export function narrowError(
  W: Float64Array,
  D: Float64Array,
  E: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  switch (nIn) {
    case 1:
      return error1(W, D, E, rows, nOut);
    case 2:
      return error2(W, D, E, rows, nOut);
    case 3:
      return error3(W, D, E, rows, nOut);
    case 4:
      return error4(W, D, E, rows, nOut);
    case 5:
      return error5(W, D, E, rows, nOut);
    case 6:
      return error6(W, D, E, rows, nOut);
    case 7:
      return error7(W, D, E, rows, nOut);
    case 8:
      return error8(W, D, E, rows, nOut);
  }
  throw new RangeError(`no narrow kernel for ${nIn} inputs`);
}

function forward1(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r++) {
    const w0 = W[r];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 1, a += nOut) A[a] = bj + w0 * Z[z];
  }
}

function forward2(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 2) {
    const w0 = W[r],
      w1 = W[r + 1];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 2, a += nOut)
      A[a] = bj + w0 * Z[z] + w1 * Z[z + 1];
  }
}

function forward3(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 3) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 3, a += nOut)
      A[a] = bj + w0 * Z[z] + w1 * Z[z + 1] + w2 * Z[z + 2];
  }
}

function forward4(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 4) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2],
      w3 = W[r + 3];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 4, a += nOut)
      A[a] = bj + w0 * Z[z] + w1 * Z[z + 1] + w2 * Z[z + 2] + w3 * Z[z + 3];
  }
}

function forward5(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 5) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2],
      w3 = W[r + 3],
      w4 = W[r + 4];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 5, a += nOut)
      A[a] = bj + w0 * Z[z] + w1 * Z[z + 1] + w2 * Z[z + 2] + w3 * Z[z + 3] + w4 * Z[z + 4];
  }
}

function forward6(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 6) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2],
      w3 = W[r + 3],
      w4 = W[r + 4],
      w5 = W[r + 5];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 6, a += nOut)
      A[a] =
        bj +
        w0 * Z[z] +
        w1 * Z[z + 1] +
        w2 * Z[z + 2] +
        w3 * Z[z + 3] +
        w4 * Z[z + 4] +
        w5 * Z[z + 5];
  }
}

function forward7(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 7) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2],
      w3 = W[r + 3],
      w4 = W[r + 4],
      w5 = W[r + 5],
      w6 = W[r + 6];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 7, a += nOut)
      A[a] =
        bj +
        w0 * Z[z] +
        w1 * Z[z + 1] +
        w2 * Z[z + 2] +
        w3 * Z[z + 3] +
        w4 * Z[z + 4] +
        w5 * Z[z + 5] +
        w6 * Z[z + 6];
  }
}

function forward8(Z: Vec, W: Vec, b: Vec, A: Vec, rows: number, nOut: number): void {
  for (let j = 0, r = 0; j < nOut; j++, r += 8) {
    const w0 = W[r],
      w1 = W[r + 1],
      w2 = W[r + 2],
      w3 = W[r + 3],
      w4 = W[r + 4],
      w5 = W[r + 5],
      w6 = W[r + 6],
      w7 = W[r + 7];
    const bj = b[j];
    for (let s = 0, z = 0, a = j; s < rows; s++, z += 8, a += nOut)
      A[a] =
        bj +
        w0 * Z[z] +
        w1 * Z[z + 1] +
        w2 * Z[z + 2] +
        w3 * Z[z + 3] +
        w4 * Z[z + 4] +
        w5 * Z[z + 5] +
        w6 * Z[z + 6] +
        w7 * Z[z + 7];
  }
}

function error1(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 1) {
    let e0 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r++) {
      const dj = D[d + j];
      e0 += W[r] * dj;
    }
    E[e] = e0;
  }
}

function error2(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 2) {
    let e0 = 0,
      e1 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 2) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
  }
}

function error3(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 3) {
    let e0 = 0,
      e1 = 0,
      e2 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 3) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
  }
}

function error4(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 4) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 4) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
      e3 += W[r + 3] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
    E[e + 3] = e3;
  }
}

function error5(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 5) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 5) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
      e3 += W[r + 3] * dj;
      e4 += W[r + 4] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
    E[e + 3] = e3;
    E[e + 4] = e4;
  }
}

function error6(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 6) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 6) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
      e3 += W[r + 3] * dj;
      e4 += W[r + 4] * dj;
      e5 += W[r + 5] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
    E[e + 3] = e3;
    E[e + 4] = e4;
    E[e + 5] = e5;
  }
}

function error7(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 7) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 7) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
      e3 += W[r + 3] * dj;
      e4 += W[r + 4] * dj;
      e5 += W[r + 5] * dj;
      e6 += W[r + 6] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
    E[e + 3] = e3;
    E[e + 4] = e4;
    E[e + 5] = e5;
    E[e + 6] = e6;
  }
}

function error8(W: Vec, D: Vec, E: Vec, rows: number, nOut: number): void {
  for (let s = 0, d = 0, e = 0; s < rows; s++, d += nOut, e += 8) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0,
      e7 = 0;
    for (let j = 0, r = 0; j < nOut; j++, r += 8) {
      const dj = D[d + j];
      e0 += W[r] * dj;
      e1 += W[r + 1] * dj;
      e2 += W[r + 2] * dj;
      e3 += W[r + 3] * dj;
      e4 += W[r + 4] * dj;
      e5 += W[r + 5] * dj;
      e6 += W[r + 6] * dj;
      e7 += W[r + 7] * dj;
    }
    E[e] = e0;
    E[e + 1] = e1;
    E[e + 2] = e2;
    E[e + 3] = e3;
    E[e + 4] = e4;
    E[e + 5] = e5;
    E[e + 6] = e6;
    E[e + 7] = e7;
  }
}

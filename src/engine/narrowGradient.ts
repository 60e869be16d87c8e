/**
 * The weight-gradient kernels for layers with 1 to 8 inputs, one function per input width so that
 * every loop over the inputs i is written out: the layer's weights of one unit (or the
 * accumulators of one sample) live in registers and there is no loop over i at all, nor a
 * tile remainder. Each sum is taken in exactly the order of the tiled kernels in kernels.ts
 * (a = b + w₀z₀ + w₁z₁ + …; ∂C/∂w summed over blocks of four samples, then sample by sample;
 * E summed over j from 0), so a layer gives the same bits whichever kernel runs it.
 */

type Vec = Float64Array;

/**
 * ∂C/∂W = δ zᵀ and ∂C/∂b = δ summed over `rows` samples of a layer with nIn ≤ 8 inputs (see
 * linearBackward): from zero, four samples at a time, then one by one.
 */
export function narrowGradient(
  Z: Float64Array,
  D: Float64Array,
  gW: Float64Array,
  gb: Float64Array,
  rows: number,
  nIn: number,
  nOut: number,
): void {
  switch (nIn) {
    case 1:
      return gradient1(Z, D, gW, gb, rows, nOut);
    case 2:
      return gradient2(Z, D, gW, gb, rows, nOut);
    case 3:
      return gradient3(Z, D, gW, gb, rows, nOut);
    case 4:
      return gradient4(Z, D, gW, gb, rows, nOut);
    case 5:
      return gradient5(Z, D, gW, gb, rows, nOut);
    case 6:
      return gradient6(Z, D, gW, gb, rows, nOut);
    case 7:
      return gradient7(Z, D, gW, gb, rows, nOut);
    case 8:
      return gradient8(Z, D, gW, gb, rows, nOut);
  }
  throw new RangeError(`no narrow kernel for ${nIn} inputs`);
}

function gradient1(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r++) {
    let g0 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 1] + d2 * Z[z + 2] + d3 * Z[z + 3];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s;
      bj += d;
      g0 += d * Z[z];
    }
    gW[r] = g0;
    gb[j] = bj;
  }
}

function gradient2(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 2) {
    let g0 = 0,
      g1 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 2;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 2] + d2 * Z[z + 4] + d3 * Z[z + 6];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 3] + d2 * Z[z + 5] + d3 * Z[z + 7];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 2;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gb[j] = bj;
  }
}

function gradient3(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 3) {
    let g0 = 0,
      g1 = 0,
      g2 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 3;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 3] + d2 * Z[z + 6] + d3 * Z[z + 9];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 4] + d2 * Z[z + 7] + d3 * Z[z + 10];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 5] + d2 * Z[z + 8] + d3 * Z[z + 11];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 3;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gb[j] = bj;
  }
}

function gradient4(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 4) {
    let g0 = 0,
      g1 = 0,
      g2 = 0,
      g3 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 4;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 4] + d2 * Z[z + 8] + d3 * Z[z + 12];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 5] + d2 * Z[z + 9] + d3 * Z[z + 13];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 6] + d2 * Z[z + 10] + d3 * Z[z + 14];
      g3 += d0 * Z[z + 3] + d1 * Z[z + 7] + d2 * Z[z + 11] + d3 * Z[z + 15];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 4;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
      g3 += d * Z[z + 3];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gW[r + 3] = g3;
    gb[j] = bj;
  }
}

function gradient5(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 5) {
    let g0 = 0,
      g1 = 0,
      g2 = 0,
      g3 = 0,
      g4 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 5;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 5] + d2 * Z[z + 10] + d3 * Z[z + 15];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 6] + d2 * Z[z + 11] + d3 * Z[z + 16];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 7] + d2 * Z[z + 12] + d3 * Z[z + 17];
      g3 += d0 * Z[z + 3] + d1 * Z[z + 8] + d2 * Z[z + 13] + d3 * Z[z + 18];
      g4 += d0 * Z[z + 4] + d1 * Z[z + 9] + d2 * Z[z + 14] + d3 * Z[z + 19];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 5;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
      g3 += d * Z[z + 3];
      g4 += d * Z[z + 4];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gW[r + 3] = g3;
    gW[r + 4] = g4;
    gb[j] = bj;
  }
}

function gradient6(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 6) {
    let g0 = 0,
      g1 = 0,
      g2 = 0,
      g3 = 0,
      g4 = 0,
      g5 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 6;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 6] + d2 * Z[z + 12] + d3 * Z[z + 18];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 7] + d2 * Z[z + 13] + d3 * Z[z + 19];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 8] + d2 * Z[z + 14] + d3 * Z[z + 20];
      g3 += d0 * Z[z + 3] + d1 * Z[z + 9] + d2 * Z[z + 15] + d3 * Z[z + 21];
      g4 += d0 * Z[z + 4] + d1 * Z[z + 10] + d2 * Z[z + 16] + d3 * Z[z + 22];
      g5 += d0 * Z[z + 5] + d1 * Z[z + 11] + d2 * Z[z + 17] + d3 * Z[z + 23];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 6;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
      g3 += d * Z[z + 3];
      g4 += d * Z[z + 4];
      g5 += d * Z[z + 5];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gW[r + 3] = g3;
    gW[r + 4] = g4;
    gW[r + 5] = g5;
    gb[j] = bj;
  }
}

function gradient7(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 7) {
    let g0 = 0,
      g1 = 0,
      g2 = 0,
      g3 = 0,
      g4 = 0,
      g5 = 0,
      g6 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 7;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 7] + d2 * Z[z + 14] + d3 * Z[z + 21];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 8] + d2 * Z[z + 15] + d3 * Z[z + 22];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 9] + d2 * Z[z + 16] + d3 * Z[z + 23];
      g3 += d0 * Z[z + 3] + d1 * Z[z + 10] + d2 * Z[z + 17] + d3 * Z[z + 24];
      g4 += d0 * Z[z + 4] + d1 * Z[z + 11] + d2 * Z[z + 18] + d3 * Z[z + 25];
      g5 += d0 * Z[z + 5] + d1 * Z[z + 12] + d2 * Z[z + 19] + d3 * Z[z + 26];
      g6 += d0 * Z[z + 6] + d1 * Z[z + 13] + d2 * Z[z + 20] + d3 * Z[z + 27];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 7;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
      g3 += d * Z[z + 3];
      g4 += d * Z[z + 4];
      g5 += d * Z[z + 5];
      g6 += d * Z[z + 6];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gW[r + 3] = g3;
    gW[r + 4] = g4;
    gW[r + 5] = g5;
    gW[r + 6] = g6;
    gb[j] = bj;
  }
}

function gradient8(Z: Vec, D: Vec, gW: Vec, gb: Vec, rows: number, nOut: number): void {
  const blocks = rows - (rows % 4);
  for (let j = 0, r = 0; j < nOut; j++, r += 8) {
    let g0 = 0,
      g1 = 0,
      g2 = 0,
      g3 = 0,
      g4 = 0,
      g5 = 0,
      g6 = 0,
      g7 = 0;
    let bj = 0;
    let s = 0;
    for (; s < blocks; s += 4) {
      const d = s * nOut + j;
      const d0 = D[d];
      const d1 = D[d + nOut];
      const d2 = D[d + 2 * nOut];
      const d3 = D[d + 3 * nOut];
      const z = s * 8;
      bj += d0 + d1 + d2 + d3;
      g0 += d0 * Z[z] + d1 * Z[z + 8] + d2 * Z[z + 16] + d3 * Z[z + 24];
      g1 += d0 * Z[z + 1] + d1 * Z[z + 9] + d2 * Z[z + 17] + d3 * Z[z + 25];
      g2 += d0 * Z[z + 2] + d1 * Z[z + 10] + d2 * Z[z + 18] + d3 * Z[z + 26];
      g3 += d0 * Z[z + 3] + d1 * Z[z + 11] + d2 * Z[z + 19] + d3 * Z[z + 27];
      g4 += d0 * Z[z + 4] + d1 * Z[z + 12] + d2 * Z[z + 20] + d3 * Z[z + 28];
      g5 += d0 * Z[z + 5] + d1 * Z[z + 13] + d2 * Z[z + 21] + d3 * Z[z + 29];
      g6 += d0 * Z[z + 6] + d1 * Z[z + 14] + d2 * Z[z + 22] + d3 * Z[z + 30];
      g7 += d0 * Z[z + 7] + d1 * Z[z + 15] + d2 * Z[z + 23] + d3 * Z[z + 31];
    }
    for (; s < rows; s++) {
      const d = D[s * nOut + j];
      const z = s * 8;
      bj += d;
      g0 += d * Z[z];
      g1 += d * Z[z + 1];
      g2 += d * Z[z + 2];
      g3 += d * Z[z + 3];
      g4 += d * Z[z + 4];
      g5 += d * Z[z + 5];
      g6 += d * Z[z + 6];
      g7 += d * Z[z + 7];
    }
    gW[r] = g0;
    gW[r + 1] = g1;
    gW[r + 2] = g2;
    gW[r + 3] = g3;
    gW[r + 4] = g4;
    gW[r + 5] = g5;
    gW[r + 6] = g6;
    gW[r + 7] = g7;
    gb[j] = bj;
  }
}

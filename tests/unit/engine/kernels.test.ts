/**
 * The dense-layer kernels against the plain textbook loops, over every small shape, so that
 * each tile remainder (rows mod 4, output rows mod 2, …) is exercised.
 */
import { describe, expect, it } from 'vitest';
import { linearBackward, linearForward } from '../../../src/engine/kernels';
import { bitEqual, maxScaledDiff, testRandom } from './fixtures';

const rand = testRandom(314);
const fill = (n: number) => Float64Array.from({ length: n }, () => -1 + 2 * rand());

describe('linearForward: A[s, j] = b[j] + Σᵢ W[j, i] Z[s, i]', () => {
  it('equals the plain loop for rows 1–9, nIn 1–6, nOut 1–5', () => {
    let worst = 0;
    for (let rows = 1; rows <= 9; rows++) {
      for (let nIn = 1; nIn <= 10; nIn++) {
        for (let nOut = 1; nOut <= 5; nOut++) {
          const Z = fill(rows * nIn);
          const W = fill(nOut * nIn);
          const b = fill(nOut);
          const A = new Float64Array(rows * nOut + 3).fill(NaN);
          linearForward(Z, W, b, A, rows, nIn, nOut);
          const want: number[] = [];
          for (let s = 0; s < rows; s++) {
            for (let j = 0; j < nOut; j++) {
              let a = b[j];
              for (let i = 0; i < nIn; i++) a += W[j * nIn + i] * Z[s * nIn + i];
              want.push(a);
            }
          }
          worst = Math.max(worst, maxScaledDiff(A.subarray(0, rows * nOut), want));
          // nothing written past the batch
          expect(A.subarray(rows * nOut).every((v) => Number.isNaN(v))).toBe(true);
        }
      }
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('a sample’s pre-activations do not depend on its position in the batch (bit for bit)', () => {
    const nIn = 5;
    const nOut = 7;
    const rows = 11;
    const Z = fill(rows * nIn);
    const W = fill(nOut * nIn);
    const b = fill(nOut);
    const A = new Float64Array(rows * nOut);
    linearForward(Z, W, b, A, rows, nIn, nOut);
    const one = new Float64Array(nOut);
    for (let s = 0; s < rows; s++) {
      linearForward(Z.subarray(s * nIn, (s + 1) * nIn), W, b, one, 1, nIn, nOut);
      expect(bitEqual(one, A.subarray(s * nOut, (s + 1) * nOut))).toBe(true);
    }
  });
});

describe('linearBackward: ∂C/∂W = δ zᵀ, ∂C/∂b = δ, E = Wᵀδ', () => {
  it('equals the plain loops for rows 1–9, nIn 1–6, nOut 1–5, with and without E', () => {
    let worst = 0;
    for (let rows = 1; rows <= 9; rows++) {
      for (let nIn = 1; nIn <= 10; nIn++) {
        for (let nOut = 1; nOut <= 5; nOut++) {
          const Z = fill(rows * nIn);
          const W = fill(nOut * nIn);
          const D = fill(rows * nOut);
          const gW0 = fill(nOut * nIn); // the gradients are written over what is there
          const gb0 = fill(nOut);
          const wantW = new Array(nOut * nIn).fill(0);
          const wantB = new Array(nOut).fill(0);
          const wantE = new Array(rows * nIn).fill(0);
          for (let s = 0; s < rows; s++) {
            for (let j = 0; j < nOut; j++) {
              const d = D[s * nOut + j];
              wantB[j] += d;
              for (let i = 0; i < nIn; i++) {
                wantW[j * nIn + i] += d * Z[s * nIn + i];
                wantE[s * nIn + i] += W[j * nIn + i] * d;
              }
            }
          }
          for (const withE of [true, false]) {
            const gW = gW0.slice();
            const gb = gb0.slice();
            const E = withE ? new Float64Array(rows * nIn).fill(99) : null; // E is overwritten
            linearBackward(Z, W, D, gW, gb, E, rows, nIn, nOut);
            worst = Math.max(worst, maxScaledDiff(gW, wantW), maxScaledDiff(gb, wantB));
            if (E) worst = Math.max(worst, maxScaledDiff(E, wantE));
          }
        }
      }
    }
    // the kernels may group the per-sample terms differently: a few ulps
    expect(worst).toBeLessThan(1e-14);
  });
});

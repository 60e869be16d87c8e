/**
 * The unrolled kernels for layers with 1–8 inputs: bit for bit the sums of the tiled kernels
 * (which recorded links were trained with), over every input width 1–9, unit counts 1–9 and
 * batch sizes 1–13 (every remainder of the four-sample blocks); and a whole network of odd
 * widths against the reference implementation.
 */
import { describe, expect, it } from 'vitest';
import { Gradients, Network, Workspace, backward, forward } from '../../../src/engine/network';
import {
  linearBackward,
  linearForward,
  tiledBackward,
  tiledForward,
} from '../../../src/engine/kernels';
import { bitEqual, configWith, layer, maxScaledDiff, refNetOf, testRandom } from './fixtures';
import { refBatchGradients, refForward } from './reference';

const rand = testRandom(2718);
/** Values in [−1, 1] with exact zeros and negative zeros mixed in. */
function fill(n: number): Float64Array {
  return Float64Array.from({ length: n }, () => {
    const u = rand();
    if (u < 0.05) return 0;
    if (u < 0.1) return -0;
    return -1 + 2 * rand();
  });
}

describe('narrow kernels = tiled kernels, bit for bit', () => {
  it('forward: widths 1–9 in, 1–9 out, batches 1–13', () => {
    let compared = 0;
    for (let nIn = 1; nIn <= 9; nIn++) {
      for (let nOut = 1; nOut <= 9; nOut++) {
        for (let rows = 1; rows <= 13; rows++) {
          const Z = fill(rows * nIn);
          const W = fill(nOut * nIn);
          const b = fill(nOut);
          const fast = new Float64Array(rows * nOut + 2).fill(NaN);
          const tiled = new Float64Array(rows * nOut + 2).fill(NaN);
          linearForward(Z, W, b, fast, rows, nIn, nOut);
          tiledForward(Z, W, b, tiled, rows, nIn, nOut);
          expect(bitEqual(fast, tiled), `forward ${nIn}→${nOut}, ${rows} rows`).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBe(9 * 9 * 13);
  });

  it('backward: gradients and E written over what was there, for the same shapes', () => {
    for (let nIn = 1; nIn <= 9; nIn++) {
      for (let nOut = 1; nOut <= 9; nOut++) {
        for (let rows = 1; rows <= 13; rows++) {
          const Z = fill(rows * nIn);
          const W = fill(nOut * nIn);
          const D = fill(rows * nOut);
          const gW0 = fill(nOut * nIn);
          const gb0 = fill(nOut);
          for (const withE of [true, false]) {
            const fast = { gW: gW0.slice(), gb: gb0.slice(), E: new Float64Array(rows * nIn) };
            const tiled = { gW: gW0.slice(), gb: gb0.slice(), E: new Float64Array(rows * nIn) };
            fast.E.fill(7);
            tiled.E.fill(-7);
            const shape = [rows, nIn, nOut] as const;
            linearBackward(Z, W, D, fast.gW, fast.gb, withE ? fast.E : null, ...shape);
            tiledBackward(Z, W, D, tiled.gW, tiled.gb, withE ? tiled.E : null, ...shape);
            const what = `backward ${nIn}→${nOut}, ${rows} rows, E ${withE}`;
            expect(bitEqual(fast.gW, tiled.gW), what).toBe(true);
            expect(bitEqual(fast.gb, tiled.gb), what).toBe(true);
            if (withE) expect(bitEqual(fast.E, tiled.E), what).toBe(true);
          }
        }
      }
    }
  });
});

describe('a network of odd narrow widths against the reference', () => {
  it.each([1, 3, 4, 5, 13])('widths 3-1-5-7-9-2, batch of %i', (batch) => {
    const config = configWith({
      hidden: [layer(1, 'tanh'), layer(5, 'sigmoid'), layer(7, 'elu'), layer(9, 'leaky-relu')],
      output: { activation: 'linear', bias: true },
      loss: 'mse',
    });
    const network = new Network(3, 2, config.network, config.mathsVersion);
    for (const w of network.weights) w.set(fill(w.length).map((v) => v * 0.9));
    for (const b of network.biases) b.set(fill(b.length).map((v) => v * 0.5));
    const ws = new Workspace(network, batch);
    const xs = Array.from({ length: batch }, () => Array.from(fill(3)));
    const ys = Array.from({ length: batch }, () => Array.from(fill(2)));
    ws.z[0].set(xs.flat());
    ws.targets.set(ys.flat());
    forward(network, ws, batch, false);
    const grads = new Gradients(network);
    const cost = backward(network, ws, grads, batch, false);
    const ref = refNetOf(config, network);
    const want = refBatchGradients(ref, xs, ys);
    expect(cost / batch).toBeCloseTo(want.loss, 13);
    for (let s = 0; s < batch; s++) {
      const pass = refForward(ref, xs[s]);
      const out = ws.z[network.depth].subarray(s * 2, s * 2 + 2);
      expect(maxScaledDiff(out, pass.z[network.depth])).toBeLessThan(1e-14);
    }
    for (let l = 0; l < network.depth; l++) {
      const gW = grads.weights[l].map((v) => v / batch);
      const gb = grads.biases[l].map((v) => v / batch);
      expect(maxScaledDiff(gW, want.gW[l].flat()), `gW layer ${l + 1}`).toBeLessThan(1e-13);
      expect(maxScaledDiff(gb, want.gb[l]), `gb layer ${l + 1}`).toBeLessThan(1e-13);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { LossName, OutputActivation } from '../../../src/config/types';
import { activate, activationCode } from '../../../src/engine/activations';
import { lossCode, outputDelta, sampleCost } from '../../../src/engine/losses';
import { oneHot, testRandom } from './fixtures';
import { refCost, refDH, refOutputDelta, type ActParams } from './reference';

const P: ActParams = { slope: 0.01, alpha: 1 };

/** The engine's per-sample costs, output deltas and summed cost for a batch of logit rows. */
function engineOutput(
  loss: LossName,
  act: OutputActivation,
  aRows: number[][],
  yRows: number[][],
): { costs: number[]; deltas: number[][]; total: number; z: number[][] } {
  const width = aRows[0].length;
  const n = aRows.length;
  const a = Float64Array.from(aRows.flat());
  const z = new Float64Array(a.length);
  const y = Float64Array.from(yRows.flat());
  const delta = new Float64Array(a.length);
  const code = activationCode(act, 2);
  activate(code, a, z, n, width, 0);
  const total = outputDelta(lossCode(loss), code, a, z, y, delta, n, width, 0);
  const slice = (buf: Float64Array, r: number) =>
    Array.from(buf.subarray(r * width, (r + 1) * width));
  return {
    costs: aRows.map((_, r) => sampleCost(lossCode(loss), a, z, y, r * width, r * width, width)),
    deltas: aRows.map((_, r) => slice(delta, r)),
    total,
    z: aRows.map((_, r) => slice(z, r)),
  };
}

describe('loss values against hand computation', () => {
  // K = 3 outputs so that mse (÷K) and half-sse (÷2) differ:
  // ŷ − y = (0.5 − 1, 0.25 − 0, −1 − 0) = (−0.5, 0.25, −1); Σ(ŷ−y)² = 0.25 + 0.0625 + 1 = 1.3125
  const a = [[0.5, 0.25, -1]];
  const y = [[1, 0, 0]];

  it('mse = mean over outputs of (ŷ − y)²', () => {
    expect(engineOutput('mse', 'linear', a, y).costs[0]).toBeCloseTo(1.3125 / 3, 15);
  });

  it('half-sse = ½ Σ (ŷ − y)²', () => {
    expect(engineOutput('half-sse', 'linear', a, y).costs[0]).toBeCloseTo(0.65625, 15);
  });

  it('bce with a sigmoid output = −(1/K) Σ [y ln ŷ + (1−y) ln(1−ŷ)]', () => {
    // a = ln 3 → ŷ = 3/4, y = 1: −ln(3/4);  a = −ln 3 → ŷ = 1/4, y = 0: −ln(3/4);
    // a = 0 → ŷ = 1/2, y = 1/2 (a soft target): −(½ ln ½ + ½ ln ½) = ln 2.  Mean over K = 3.
    const out = engineOutput('bce', 'sigmoid', [[Math.log(3), -Math.log(3), 0]], [[1, 0, 0.5]]);
    expect(out.costs[0]).toBeCloseTo((2 * Math.log(4 / 3) + Math.log(2)) / 3, 15);
  });

  it('cce with a softmax output = −Σ y ln ŷ', () => {
    // softmax(0, ln 2, ln 3) = (1, 2, 3)/6: class 2 costs ln 2, class 0 costs ln 6
    const logits = [0, Math.log(2), Math.log(3)];
    const out = engineOutput('cce', 'softmax', [logits, logits], [oneHot(3, 2), oneHot(3, 0)]);
    expect(out.costs[0]).toBeCloseTo(Math.log(2), 15);
    expect(out.costs[1]).toBeCloseTo(Math.log(6), 14);
    expect(out.total).toBeCloseTo(Math.log(12), 14);
  });

  it('a perfect prediction costs 0 under both squared errors', () => {
    for (const loss of ['mse', 'half-sse'] as const) {
      expect(engineOutput(loss, 'linear', [[0.3, -2]], [[0.3, -2]]).costs[0]).toBe(0);
    }
  });
});

/** Every valid output activation × loss pair. */
const PAIRS: [OutputActivation, LossName][] = [
  ['linear', 'mse'],
  ['sigmoid', 'mse'],
  ['tanh', 'mse'],
  ['softmax', 'mse'],
  ['linear', 'half-sse'],
  ['sigmoid', 'half-sse'],
  ['tanh', 'half-sse'],
  ['softmax', 'half-sse'],
  ['sigmoid', 'bce'],
  ['softmax', 'cce'],
];

/** Targets suited to a loss: soft and hard, including unnormalized ones for cce. */
function targetsFor(loss: LossName, width: number, rand: () => number, r: number): number[] {
  if (loss === 'bce')
    return Array.from({ length: width }, (_, k) => ((r + k) % 3 === 0 ? rand() : (r + k) % 2));
  if (loss === 'cce') {
    return r % 2 === 0
      ? oneHot(width, r % width)
      : Array.from({ length: width }, () => 0.1 + rand()); // soft, not summing to 1
  }
  return Array.from({ length: width }, () => -1.5 + 3 * rand());
}

describe('output delta δ = ∂C/∂a for every output activation × loss pair', () => {
  it.each(PAIRS)('%s × %s: δ equals central differences of the reference cost', (act, loss) => {
    const rand = testRandom(lossCode(loss) * 17 + activationCode(act, 2) + 1);
    for (let width = 1; width <= 4; width++) {
      const aRows = Array.from({ length: 5 }, () =>
        Array.from({ length: width }, () => -3 + 6 * rand()),
      );
      const yRows = aRows.map((_, r) => targetsFor(loss, width, rand, r));
      const out = engineOutput(loss, act, aRows, yRows);
      let sum = 0;
      aRows.forEach((a, r) => {
        const y = yRows[r];
        const cost = refCost(loss, act, a, y, P);
        sum += cost;
        expect(Math.abs(out.costs[r] - cost)).toBeLessThan(1e-13 * Math.max(1, cost));
        const chain = refOutputDelta(loss, act, a, y, P);
        for (let k = 0; k < width; k++) {
          const h = 1e-6;
          const up = a.slice();
          const down = a.slice();
          up[k] += h;
          down[k] -= h;
          const numeric = (refCost(loss, act, up, y, P) - refCost(loss, act, down, y, P)) / (2 * h);
          expect(Math.abs(out.deltas[r][k] - numeric)).toBeLessThan(1e-8);
          // and the plain (unfused) chain rule Jᵀ ∂C/∂ŷ agrees to round-off
          expect(Math.abs(out.deltas[r][k] - chain[k])).toBeLessThan(1e-13);
        }
      });
      expect(out.total).toBeCloseTo(sum, 12);
    }
  });

  it('half-sse: δ = (ŷ − y)·h′(a) exactly as the textbook writes it', () => {
    const a = [0.7, -1.3, 2.2];
    const y = [0.2, 0.9, 0.5];
    for (const act of ['linear', 'sigmoid', 'tanh'] as const) {
      const out = engineOutput('half-sse', act, [a], [y]);
      a.forEach((ak, k) => {
        const want = (out.z[0][k] - y[k]) * refDH(act, ak, P);
        expect(Math.abs(out.deltas[0][k] - want)).toBeLessThan(1e-15);
      });
    }
  });

  it('mse: δ = 2(ŷ − y)·h′(a)/K — the same direction as half-sse, scaled by 2/K', () => {
    const a = [0.7, -1.3, 2.2, 0.1];
    const y = [0.2, 0.9, 0.5, -0.4];
    const half = engineOutput('half-sse', 'tanh', [a], [y]).deltas[0];
    const mse = engineOutput('mse', 'tanh', [a], [y]).deltas[0];
    for (let k = 0; k < 4; k++) expect(mse[k]).toBeCloseTo((2 / 4) * half[k], 15);
  });

  it('fused sigmoid + bce: δ = (ŷ − y)/K; fused softmax + cce: δ = ŷ − y for a one-hot y', () => {
    const bce = engineOutput('bce', 'sigmoid', [[Math.log(3), -Math.log(3)]], [[0, 1]]);
    // ŷ = (3/4, 1/4): δ = (3/4 − 0, 1/4 − 1)/2
    expect(bce.deltas[0][0]).toBeCloseTo(3 / 8, 15);
    expect(bce.deltas[0][1]).toBeCloseTo(-3 / 8, 15);
    const cce = engineOutput('cce', 'softmax', [[0, Math.log(2), Math.log(3)]], [oneHot(3, 1)]);
    // ŷ = (1, 2, 3)/6: δ = (1/6, 2/6 − 1, 3/6)
    [1 / 6, -4 / 6, 3 / 6].forEach((v, k) => expect(cce.deltas[0][k]).toBeCloseTo(v, 15));
  });
});

describe('fused cross-entropies at extreme logits', () => {
  it('bce is finite at logits ±800 and equals its limit', () => {
    // −[y ln σ(a) + (1−y) ln(1−σ(a))]: a = 800, y = 0 costs 800; a = −800, y = 1 costs 800.
    const out = engineOutput('bce', 'sigmoid', [[800, -800]], [[0, 1]]);
    expect(out.costs[0]).toBe(800);
    expect(out.deltas[0][0]).toBe(0.5);
    expect(out.deltas[0][1]).toBe(-0.5);
    const right = engineOutput('bce', 'sigmoid', [[800, -800]], [[1, 0]]);
    expect(right.costs[0]).toBe(0);
    for (const v of right.deltas[0]) expect(Math.abs(v)).toBe(0);
  });

  it('cce is finite at logits ±800 and equals its limit', () => {
    // logsumexp(800, −800, 0) = 800 (to double precision), so class 1 costs 800 − (−800) = 1600
    const out = engineOutput('cce', 'softmax', [[800, -800, 0]], [oneHot(3, 1)]);
    expect(out.costs[0]).toBe(1600);
    expect(out.deltas[0]).toEqual([1, -1, 0]);
    const right = engineOutput('cce', 'softmax', [[800, -800, 0]], [oneHot(3, 0)]);
    expect(right.costs[0]).toBe(0);
    expect(Number.isFinite(right.total)).toBe(true);
  });
});

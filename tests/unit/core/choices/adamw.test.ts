/**
 * AdamW's update against the formula worked out by hand (to 40 digits, then rounded):
 *   θ ← θ·(1 − η·wd);  m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;
 *   θ ← θ − η·m̂/(√v̂ + ε),  m̂ = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ)
 * with g excluding the decay and including the run's L1/L2 penalty; biases are not decayed.
 */
import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_DESCRIPTORS,
  fillCoefficients,
  newCoefficients,
  type OptimizerSettings,
} from '../../../../src/core/choices/optimizers';
import { Trainer } from '../../../../src/engine/trainer';
import { configWith, tableDataset } from '../../engine/fixtures';

const adamw = OPTIMIZER_DESCRIPTORS.adamw;
const SETTINGS: OptimizerSettings = {
  kind: 'adamw',
  learningRate: 0.1,
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  weightDecay: 0.01,
};

/** One parameter through `steps` updates with the given gradients; returns w, m, v after each. */
function run(w0: number, grads: number[], penalized: boolean, l2 = 0) {
  const p = {
    param: Float64Array.of(w0),
    grad: new Float64Array(1),
    first: new Float64Array(1),
    second: new Float64Array(1),
  };
  const sums = { updateSq: 0, paramSq: 0 };
  const c = newCoefficients();
  return grads.map((g, k) => {
    p.grad[0] = g;
    const before = p.param[0];
    fillCoefficients(c, adamw, SETTINGS, SETTINGS.learningRate, k + 1, 0, l2);
    adamw.update(p, c, penalized, sums);
    const after = p.param[0];
    expect(sums.updateSq).toBe((after - before) ** 2);
    expect(sums.paramSq).toBe(after * after);
    return { w: after, m: p.first[0], v: p.second[0] };
  });
}

describe('AdamW, worked by hand', () => {
  it('step 1: w = 0.5, g = 0.2, η = 0.1, wd = 0.01', () => {
    // decayed w = 0.5 · (1 − 0.1·0.01) = 0.4995
    // m = 0.1 · 0.2 = 0.02, v = 0.001 · 0.04 = 0.00004
    // m̂ = 0.02 / 0.1 = 0.2, v̂ = 0.00004 / 0.001 = 0.04, √v̂ = 0.2
    // w = 0.4995 − 0.1 · 0.2 / (0.2 + 1e-8) = 0.39950000499999975
    const [s1] = run(0.5, [0.2], true);
    expect(s1.m).toBeCloseTo(0.02, 15);
    expect(s1.v).toBeCloseTo(0.00004, 18);
    expect(s1.w).toBeCloseTo(0.399500005, 15);
  });

  it('step 2 carries m and v: g = −0.1, t = 2', () => {
    // decayed w = 0.39950000499999975 · 0.999 = 0.39910050499499975
    // m = 0.9 · 0.02 + 0.1 · (−0.1) = 0.008; v = 0.999 · 0.00004 + 0.001 · 0.01 = 0.00004996
    // m̂ = 0.008 / 0.19 = 0.042105263157894736, v̂ = 0.00004996 / 0.001999 = 0.024992496248124062
    // w = 0.39910050499499975 − 0.1 · m̂ / (√v̂ + 1e-8) = 0.37246680271367558
    const [, s2] = run(0.5, [0.2, -0.1], true);
    expect(s2.m).toBeCloseTo(0.008, 15);
    expect(s2.v).toBeCloseTo(0.00004996, 18);
    expect(s2.w).toBeCloseTo(0.3724668027136756, 14);
  });

  it('g includes the L2 penalty but not the decay: λ₂ = 0.5 makes g = 0.2 + 0.5·0.5 = 0.45', () => {
    // m̂ = 0.45, v̂ = 0.2025, step = 0.1 · 0.45 / (0.45 + 1e-8); decayed w = 0.4995
    const [s1] = run(0.5, [0.2], true, 0.5);
    expect(s1.m).toBeCloseTo(0.045, 15);
    expect(s1.w).toBeCloseTo(0.3995000022222222, 15);
  });

  it('does not decay biases (penalized = false): the step is Adam’s', () => {
    // w = 0.5 − 0.1 · 0.2 / (0.2 + 1e-8) = 0.40000000499999975
    const [s1] = run(0.5, [0.2], false, 0.5);
    expect(s1.w).toBeCloseTo(0.400000005, 15);
  });

  it('with wd = 0 it is Adam, bit for bit', () => {
    const grads = [0.2, -0.1, 0.05, 0.3, -0.25];
    const withAdam = (kind: 'adam' | 'adamw') => {
      const d = OPTIMIZER_DESCRIPTORS[kind];
      const p = {
        param: Float64Array.of(0.5, -1.5),
        grad: new Float64Array(2),
        first: new Float64Array(2),
        second: new Float64Array(2),
      };
      const c = newCoefficients();
      const sums = { updateSq: 0, paramSq: 0 };
      for (const [k, g] of grads.entries()) {
        p.grad.set([g, -g]);
        fillCoefficients(c, d, { ...SETTINGS, kind, weightDecay: 0 }, 0.1, k + 1, 0, 0);
        d.update(p, c, true, sums);
      }
      return Array.from(p.param);
    };
    expect(withAdam('adamw')).toEqual(withAdam('adam'));
  });

  it('stays finite and shrinks the weights over 200 training steps', () => {
    const xs = [
      [0.5, -1],
      [1.5, 0.3],
      [-0.2, 0.8],
      [1, 1],
    ];
    const ys = [[1], [0.2], [-1], [0.5]];
    const trainer = (weightDecay: number) => {
      const t = new Trainer(
        configWith({
          hidden: [{ size: 4, activation: 'tanh', bias: true, dropout: 0 }],
          output: { activation: 'linear', bias: true },
          loss: 'half-sse',
          optimizer: { ...SETTINGS, learningRate: 0.05, weightDecay },
          batchSize: 4,
        }),
        tableDataset(xs, ys),
      );
      for (let k = 0; k < 200; k++) expect(t.step().ok).toBe(true);
      return t;
    };
    const decayed = trainer(0.5);
    const plain = trainer(0);
    const norm = (t: Trainer) => t.network.weights.flatMap((w) => Array.from(w));
    expect(norm(decayed).every(Number.isFinite)).toBe(true);
    const sq = (v: number[]) => v.reduce((s, x) => s + x * x, 0);
    expect(sq(norm(decayed))).toBeLessThan(sq(norm(plain)));
    expect(decayed.lastBatchLoss).toBeLessThan(1);
  });
});

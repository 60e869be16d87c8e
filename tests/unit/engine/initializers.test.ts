import { describe, expect, it } from 'vitest';
import type { InitConfig, InitializerName } from '../../../src/config/types';
import { initializeWeights } from '../../../src/engine/initializers';
import { Random } from '../../../src/core/random';
import { Trainer } from '../../../src/engine/trainer';
import { bitEqual, configWith, layer, tableDataset } from './fixtures';

interface Moments {
  mean: number;
  variance: number;
  /** E[(w − μ)⁴] / σ⁴: 3 for a normal, 9/5 for a uniform. */
  kurtosis: number;
  min: number;
  max: number;
}

function moments(w: ArrayLike<number>): Moments {
  const n = w.length;
  let mean = 0;
  for (let k = 0; k < n; k++) mean += w[k];
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const d = w[k] - mean;
    m2 += d * d;
    m4 += d * d * d * d;
    min = Math.min(min, w[k]);
    max = Math.max(max, w[k]);
  }
  m2 /= n;
  m4 /= n;
  return { mean, variance: m2, kurtosis: m4 / (m2 * m2), min, max };
}

// A 400 × 600 matrix: 240 000 draws. Standard errors (5σ bounds below):
//  mean: σ/√n ≈ σ·0.002; variance: normal √(2/n) ≈ 0.29 %, uniform √(4/5 / n) ≈ 0.18 % relative;
//  kurtosis: normal √(24/n) ≈ 0.01, uniform ≈ 0.002.
const N_IN = 600;
const N_OUT = 400;

function draw(kind: InitializerName, scale = 0, seed = 7): Float64Array {
  const w = new Float64Array(N_IN * N_OUT);
  initializeWeights(w, N_IN, N_OUT, { kind, scale }, new Random(seed, 'init-test'));
  return w;
}

describe('initializer statistics on a 400 × 600 matrix', () => {
  // Expected variances, from each rule's definition:
  //   uniform ±r: r²/3;  normal σ: σ²;  Xavier: 2/(nIn + nOut) = 2/1000;  He: 2/nIn = 2/600.
  // Uniform variants have half-width r = √(3·variance): Xavier √(6/1000), He √(6/600).
  const cases: [InitializerName, number, number, 'uniform' | 'normal', number][] = [
    ['uniform', 0.3, 0.09 / 3, 'uniform', 0.3],
    ['normal', 0.05, 0.0025, 'normal', NaN],
    ['xavier-uniform', 0, 2 / 1000, 'uniform', Math.sqrt(6 / 1000)],
    ['xavier-normal', 0, 2 / 1000, 'normal', NaN],
    ['he-uniform', 0, 2 / 600, 'uniform', Math.sqrt(6 / 600)],
    ['he-normal', 0, 2 / 600, 'normal', NaN],
  ];

  it.each(cases)('%s (scale %f): mean ≈ 0, variance ≈ %f', (kind, scale, variance, shape, r) => {
    const m = moments(draw(kind, scale));
    const sigma = Math.sqrt(variance);
    expect(Math.abs(m.mean)).toBeLessThan(5 * 0.0021 * sigma);
    const relSe = shape === 'normal' ? Math.sqrt(2 / 240000) : Math.sqrt(0.8 / 240000);
    expect(Math.abs(m.variance / variance - 1)).toBeLessThan(5 * relSe);
    if (shape === 'normal') {
      expect(Math.abs(m.kurtosis - 3)).toBeLessThan(0.05);
    } else {
      expect(Math.abs(m.kurtosis - 1.8)).toBeLessThan(0.01);
      // bounded by ±r and filling it: the extremes of 240 000 uniform draws are within r/10⁴
      expect(m.min).toBeGreaterThanOrEqual(-r);
      expect(m.max).toBeLessThanOrEqual(r);
      expect(m.min).toBeLessThan(-r * 0.9999);
      expect(m.max).toBeGreaterThan(r * 0.9999);
    }
  });

  it('the variance of Xavier and He follows the layer widths, not a fixed scale', () => {
    const small = new Float64Array(200 * 50);
    initializeWeights(small, 50, 200, { kind: 'he-normal', scale: 0 }, new Random(1, 'x'));
    // He: 2/nIn = 2/50 = 0.04 (the nOut = 200 plays no part)
    expect(Math.abs(moments(small).variance / 0.04 - 1)).toBeLessThan(5 * Math.sqrt(2 / 10000));
    const xavier = new Float64Array(200 * 50);
    initializeWeights(xavier, 50, 200, { kind: 'xavier-normal', scale: 0 }, new Random(1, 'x'));
    // Xavier: 2/(50 + 200) = 0.008
    expect(Math.abs(moments(xavier).variance / 0.008 - 1)).toBeLessThan(5 * Math.sqrt(2 / 10000));
  });
});

describe('deterministic initializers', () => {
  it('zeros and constant c fill every weight exactly', () => {
    expect(draw('zeros').every((v) => Object.is(v, 0))).toBe(true);
    expect(draw('constant', 0.37).every((v) => v === 0.37)).toBe(true);
    expect(draw('constant', -2).every((v) => v === -2)).toBe(true);
  });

  it('constant initialization never breaks symmetry: hidden units stay identical while training', () => {
    const config = configWith({
      hidden: [layer(3, 'tanh')],
      init: { kind: 'constant', scale: 0.2 },
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      batchSize: 2,
    });
    const ds = tableDataset(
      [
        [0.1, 0.9],
        [-0.4, 0.3],
        [0.7, -0.2],
      ],
      [[1], [-1], [0.5]],
    );
    const trainer = new Trainer(config, ds);
    trainer.run(30);
    const [W1, W2] = trainer.network.weights;
    // every row of W⁽¹⁾ (one per hidden unit) equal, every hidden unit's outgoing weight equal
    for (let j = 1; j < 3; j++) {
      expect(W1[2 * j]).toBe(W1[0]);
      expect(W1[2 * j + 1]).toBe(W1[1]);
      expect(W2[j]).toBe(W2[0]);
      expect(trainer.network.biases[0][j]).toBe(trainer.network.biases[0][0]);
    }
    expect(W1[0]).not.toBe(0.2); // it did train
  });
});

describe('seeding and explicit parameters', () => {
  const dataset = tableDataset(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    [[1], [0]],
  );
  const hidden = [layer(5, 'relu'), layer(4, 'tanh', false)];

  function weightsOf(seed: number, init: InitConfig, batchSize = 10): Float64Array[] {
    return new Trainer(configWith({ hidden, init, seed, batchSize }), dataset).network.weights;
  }

  it('the same seed gives bit-identical weights; another seed differs', () => {
    for (const kind of ['uniform', 'normal', 'xavier-uniform', 'he-normal'] as const) {
      const init = { kind, scale: 0.5 };
      const a = weightsOf(42, init);
      const b = weightsOf(42, init);
      const c = weightsOf(43, init);
      a.forEach((w, l) => expect(bitEqual(w, b[l])).toBe(true));
      a.forEach((w, l) => expect(bitEqual(w, c[l])).toBe(false));
    }
  });

  it('initialization has its own random stream: the batch size does not change the weights', () => {
    const init = { kind: 'xavier-normal', scale: 0 } as const;
    const a = weightsOf(9, init, 1);
    const b = weightsOf(9, init, 2);
    a.forEach((w, l) => expect(bitEqual(w, b[l])).toBe(true));
  });

  it('biases start at zero whatever the initializer', () => {
    const t = new Trainer(configWith({ hidden, init: { kind: 'constant', scale: 3 } }), dataset);
    for (const b of t.network.biases) expect(b.every((v) => v === 0)).toBe(true);
  });

  it('explicit initialParams override the initializer exactly', () => {
    // 3 → 5 → 4 → 1; odd values that no initializer would produce
    const weights = [
      Array.from({ length: 15 }, (_, k) => (k - 7) / 3 + 1e-13 * k),
      Array.from({ length: 20 }, (_, k) => Math.sin(k + 0.5)),
      [0.1 + 0.2, -1 / 7, 1e-300, -0],
    ];
    const biases = [[0.5, -0.25, 0.125, 1 / 3, -2], [9, 9, 9, 9], [Math.PI]];
    const config = configWith({
      hidden,
      init: { kind: 'he-normal', scale: 0 },
      initialParams: { weights, biases },
    });
    const net = new Trainer(config, dataset).network;
    weights.forEach((w, l) => expect(bitEqual(net.weights[l], w)).toBe(true));
    expect(bitEqual(net.biases[0], biases[0])).toBe(true);
    // layer 2 has no bias: its biases stay exactly zero whatever the params say
    expect(bitEqual(net.biases[1], [0, 0, 0, 0])).toBe(true);
    expect(bitEqual(net.biases[2], [Math.PI])).toBe(true);
  });

  it('initialParams of the wrong shape are refused', () => {
    const config = configWith({
      hidden,
      initialParams: { weights: [[1, 2, 3]], biases: [[0]] },
    });
    expect(() => new Trainer(config, dataset)).toThrow(RangeError);
  });
});

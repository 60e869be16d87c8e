/**
 * End-to-end sanity checks from the course: what a network can and cannot learn.
 */
import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import type { Dataset } from '../../../src/data/types';
import { Evaluator } from '../../../src/engine/evaluate';
import { Trainer } from '../../../src/engine/trainer';
import { configWith, layer, oneHot, randomMatrix, tableDataset, testRandom } from './fixtures';

const XOR = tableDataset(
  [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  [[-1], [1], [1], [-1]],
  { task: 'binary', labels: [0, 1, 1, 0], encoding: 'plus-minus-one' },
);

function trainXor(hidden: RunConfig['network']['hidden'], lr: number, seed: number, steps = 2000) {
  const trainer = new Trainer(
    configWith({
      hidden,
      output: { activation: 'tanh', bias: true },
      loss: 'half-sse',
      init: { kind: 'xavier-uniform', scale: 0 },
      optimizer: { kind: 'sgd', learningRate: lr },
      batchSize: 4,
      seed,
    }),
    XOR,
  );
  expect(trainer.run(steps)).toBeNull();
  return { trainer, result: new Evaluator(trainer.network).evaluate(XOR.train, XOR) };
}

describe('XOR needs a hidden layer', () => {
  it('a 2-3-1 tanh network learns XOR (seed 1): accuracy 1, loss < 0.05', () => {
    const { result } = trainXor([layer(3, 'tanh')], 0.1, 1);
    expect(result.accuracy).toBe(1);
    expect(result.loss).toBeLessThan(0.05);
  });

  it('so does the minimal 2-2-1 tanh network (seed 2)', () => {
    const { result } = trainXor([layer(2, 'tanh')], 0.3, 2);
    expect(result.accuracy).toBe(1);
    expect(result.loss).toBeLessThan(0.05);
  });

  it('a network without a hidden layer cannot: accuracy ≤ 0.75, loss stays high', () => {
    for (const seed of [1, 2, 3]) {
      const { result } = trainXor([], 0.1, seed);
      expect(result.accuracy).toBeLessThanOrEqual(0.75);
      // by symmetry the best single tanh unit predicts about 0 everywhere: ½·1 per sample
      expect(result.loss).toBeGreaterThan(0.4);
    }
  });

  it('nor can stacked linear layers: without a nonlinearity they collapse to one linear map', () => {
    const { trainer, result } = trainXor([layer(4, 'linear'), layer(4, 'linear')], 0.05, 1, 1000);
    expect(result.accuracy).toBeLessThanOrEqual(0.75);
    // the hidden part is affine: g(λu + (1 − λ)v) = λg(u) + (1 − λ)g(v) for the output's
    // pre-activation a⁽³⁾, checked on random points
    const evaluator = new Evaluator(trainer.network, 4);
    const pre = (x: number[]): number => {
      let a = NaN;
      evaluator.forwardInputs(Float64Array.from(x), 1, () => (a = evaluator.ws.a[3][0]));
      return a;
    };
    const rand = testRandom(4);
    for (let k = 0; k < 20; k++) {
      const [u, v] = randomMatrix(rand, 2, 2, -3, 3);
      const lambda = rand() * 2 - 0.5;
      const mixed = u.map((ui, i) => lambda * ui + (1 - lambda) * v[i]);
      const want = lambda * pre(u) + (1 - lambda) * pre(v);
      expect(Math.abs(pre(mixed) - want)).toBeLessThan(1e-12 * Math.max(1, Math.abs(want)));
    }
  });
});

describe('initial softmax cross-entropy ≈ ln n with small initial weights', () => {
  function classification(n: number, seed: number): Dataset {
    const rand = testRandom(seed);
    const xs = randomMatrix(rand, 60, 4, -2, 2);
    const labels = xs.map(() => Math.floor(rand() * n));
    return tableDataset(
      xs,
      labels.map((k) => oneHot(n, k)),
      { task: 'multiclass', labels, encoding: 'one-hot' },
    );
  }

  function initialLoss(n: number, sigma: number): number {
    const dataset = classification(n, n);
    const trainer = new Trainer(
      configWith({
        hidden: [layer(8, 'relu')],
        output: { activation: 'softmax', bias: true },
        loss: 'cce',
        init: { kind: 'normal', scale: sigma },
      }),
      dataset,
    );
    return new Evaluator(trainer.network).evaluate(dataset.train, dataset).loss;
  }

  it.each([3, 5, 10])('n = %i classes, weights ~ N(0, 0.001²): |loss − ln n| < 1e-3', (n) => {
    // every logit ≈ 0, so every class gets ≈ 1/n and each sample costs −ln(1/n) = ln n
    expect(Math.abs(initialLoss(n, 0.001) - Math.log(n))).toBeLessThan(1e-3);
  });

  it('the check has teeth: with σ = 3 the initial loss is far from ln n', () => {
    expect(Math.abs(initialLoss(5, 3) - Math.log(5))).toBeGreaterThan(0.1);
  });
});

describe('a network can overfit a tiny subset', () => {
  it('regression: 5 random points with random targets, loss → ~0', () => {
    const rand = testRandom(31);
    const xs = randomMatrix(rand, 5, 3);
    const ys = randomMatrix(rand, 5, 1);
    const dataset = tableDataset(xs, ys);
    const trainer = new Trainer(
      configWith({
        hidden: [layer(16, 'tanh')],
        output: { activation: 'linear', bias: true },
        loss: 'mse',
        optimizer: { kind: 'adam', learningRate: 0.01 },
        batchSize: 5,
        seed: 3,
      }),
      dataset,
    );
    const evaluator = new Evaluator(trainer.network);
    const start = evaluator.evaluate(dataset.train, dataset).loss;
    expect(trainer.run(3000)).toBeNull();
    const end = evaluator.evaluate(dataset.train, dataset).loss;
    expect(end).toBeLessThan(1e-5);
    expect(end).toBeLessThan(start * 1e-3);
  });

  it('classification: 8 points with random labels among 3 classes, cce → ~0, accuracy 1', () => {
    const rand = testRandom(32);
    const xs = randomMatrix(rand, 8, 4);
    const labels = xs.map(() => Math.floor(rand() * 3));
    const dataset = tableDataset(
      xs,
      labels.map((k) => oneHot(3, k)),
      { task: 'multiclass', labels, encoding: 'one-hot' },
    );
    const trainer = new Trainer(
      configWith({
        hidden: [layer(16, 'relu')],
        output: { activation: 'softmax', bias: true },
        loss: 'cce',
        init: { kind: 'he-normal', scale: 0 },
        optimizer: { kind: 'adam', learningRate: 0.01 },
        batchSize: 8,
        seed: 4,
      }),
      dataset,
    );
    expect(trainer.run(2000)).toBeNull();
    const result = new Evaluator(trainer.network).evaluate(dataset.train, dataset);
    expect(result.accuracy).toBe(1);
    expect(result.loss).toBeLessThan(1e-3);
  });
});

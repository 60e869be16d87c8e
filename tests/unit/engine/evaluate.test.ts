import { describe, expect, it } from 'vitest';
import { Evaluator, predictedClass } from '../../../src/engine/evaluate';
import { Trainer } from '../../../src/engine/trainer';
import {
  configWith,
  layer,
  oneHot,
  randomMatrix,
  refNetOf,
  tableDataset,
  testRandom,
} from './fixtures';
import { refCost, refForward } from './reference';

describe('predictedClass decodes each target encoding', () => {
  it('zero-one: 1 when the output is at least 0.5', () => {
    expect(predictedClass('zero-one', [0.5], 0, 1)).toBe(1);
    expect(predictedClass('zero-one', [0.4999], 0, 1)).toBe(0);
  });

  it('plus-minus-one: 1 when the output is at least 0', () => {
    expect(predictedClass('plus-minus-one', [0], 0, 1)).toBe(1);
    expect(predictedClass('plus-minus-one', [-1e-9], 0, 1)).toBe(0);
  });

  it('one-hot: the index of the largest output (the first on a tie), read at an offset', () => {
    expect(predictedClass('one-hot', [9, 9, 0.1, 0.7, 0.2], 2, 3)).toBe(1);
    expect(predictedClass('one-hot', [0.3, 0.3, 0.1], 0, 3)).toBe(0);
  });
});

describe('Evaluator', () => {
  const rand = testRandom(55);
  const n = 300; // more than two chunks of 128
  const xs = randomMatrix(rand, n, 3, -2, 2);
  const labels = xs.map((x) => (x[0] + x[1] * x[2] > 0 ? 1 : x[0] > 0.5 ? 2 : 0));
  const dataset = tableDataset(
    xs,
    labels.map((k) => oneHot(3, k)),
    { task: 'multiclass', labels, encoding: 'one-hot' },
  );
  const config = configWith({
    hidden: [layer(6, 'elu'), layer(5, 'leaky-relu')],
    output: { activation: 'softmax', bias: true },
    loss: 'cce',
    batchSize: 16,
    leakySlope: 0.05,
    eluAlpha: 0.7,
  });

  it('loss and accuracy over 300 samples in chunks equal a per-sample reference', () => {
    const trainer = new Trainer(config, dataset);
    trainer.run(40);
    const net = refNetOf(config, trainer.network);
    let cost = 0;
    let correct = 0;
    xs.forEach((x, s) => {
      const pass = refForward(net, x);
      cost += refCost('cce', 'softmax', pass.a[3], oneHot(3, labels[s]), net.params);
      const z = pass.z[3];
      if (z.indexOf(Math.max(...z)) === labels[s]) correct++;
    });
    for (const capacity of [1, 7, 128, 1000]) {
      const result = new Evaluator(trainer.network, capacity).evaluate(dataset.train, dataset);
      expect(result.loss).toBeCloseTo(cost / n, 13);
      expect(result.accuracy).toBe(correct / n);
    }
    expect(correct).toBeGreaterThan(n / 3); // it learnt something, so accuracy is a real check
  });

  it('regression has no accuracy; an empty set has NaN loss', () => {
    const reg = tableDataset([[1], [2]], [[0.5], [1]]);
    const trainer = new Trainer(configWith({ hidden: [layer(2, 'tanh')] }), reg);
    const ev = new Evaluator(trainer.network);
    expect(Number.isNaN(ev.evaluate(reg.train, reg).accuracy)).toBe(true);
    expect(Number.isNaN(ev.evaluate(reg.test, reg).loss)).toBe(true);
  });

  it('does not touch the training workspace', () => {
    const trainer = new Trainer(config, dataset);
    trainer.run(3);
    const before = trainer.ws.a.map((a) => a.slice());
    new Evaluator(trainer.network, 32).evaluate(dataset.train, dataset);
    trainer.ws.a.forEach((a, l) => expect(Array.from(a)).toEqual(Array.from(before[l])));
  });
});

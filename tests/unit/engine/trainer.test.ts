import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import type { Dataset } from '../../../src/data/types';
import { Evaluator } from '../../../src/engine/evaluate';
import { traceStep } from '../../../src/engine/trace';
import { Trainer } from '../../../src/engine/trainer';
import {
  bitEqual,
  configWith,
  layer,
  randomMatrix,
  refNetOf,
  tableDataset,
  testRandom,
} from './fixtures';
import { refBatchGradients, refCost, refForward } from './reference';

/** N samples whose single input is their own index, so a batch tells which samples it holds. */
function indexDataset(n: number): Dataset {
  return tableDataset(
    Array.from({ length: n }, (_, k) => [k]),
    Array.from({ length: n }, (_, k) => [k % 2]),
  );
}

function indexTrainer(n: number, batchSize: number, seed = 1): Trainer {
  return new Trainer(
    configWith({
      hidden: [layer(2, 'tanh')],
      optimizer: { learningRate: 1e-4 },
      batchSize,
      seed,
    }),
    indexDataset(n),
  );
}

/** The training-set indices of the batch the trainer just stepped on. */
function batchIndices(t: Trainer): number[] {
  return Array.from(t.batch.indices.subarray(0, t.batch.rows));
}

/** The same, checked against the gathered inputs (for `indexDataset`, input = index). */
function batchSamples(t: Trainer): number[] {
  const rows = t.batch.rows;
  const fromIndices = batchIndices(t);
  const fromInputs = Array.from(t.ws.z[0].subarray(0, rows));
  expect(fromInputs).toEqual(fromIndices); // the gathered inputs are those samples' rows
  return fromIndices;
}

describe('mini-batches and epochs', () => {
  it('every training sample is used exactly once per epoch; the last batch is partial', () => {
    const t = indexTrainer(10, 3);
    expect(t.effectiveBatchSize).toBe(3);
    expect(t.stepsPerEpoch).toBe(4); // ⌈10/3⌉
    for (let epoch = 0; epoch < 5; epoch++) {
      const seen: number[] = [];
      const sizes: number[] = [];
      for (let s = 0; s < 4; s++) {
        expect(t.epoch).toBe(epoch);
        t.step();
        const b = batchSamples(t);
        sizes.push(b.length);
        seen.push(...b);
      }
      expect(sizes).toEqual([3, 3, 3, 1]);
      expect(seen.slice().sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(t.epoch).toBe(epoch + 1);
    }
    expect(t.stepsDone).toBe(20);
  });

  it('the order is reshuffled every epoch (and is not the identity)', () => {
    const t = indexTrainer(12, 4);
    const orders: string[] = [];
    for (let e = 0; e < 6; e++) {
      const order: number[] = [];
      for (let s = 0; s < 3; s++) {
        t.step();
        order.push(...batchSamples(t));
      }
      orders.push(order.join(','));
    }
    // 12! orders: six epochs with a repeated or an unshuffled order would be a 1-in-10⁷ event
    expect(new Set(orders).size).toBe(6);
    expect(orders).not.toContain(Array.from({ length: 12 }, (_, k) => k).join(','));
  });

  it('a batch size larger than the training set is clamped: one full batch per epoch', () => {
    const t = indexTrainer(7, 50);
    expect(t.effectiveBatchSize).toBe(7);
    expect(t.stepsPerEpoch).toBe(1);
    t.step();
    expect(batchSamples(t).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(t.epoch).toBe(1);
  });

  it('stepOnSamples trains on the given samples and does not advance the epoch’s order', () => {
    const plain = indexTrainer(10, 3, 5);
    const mixed = indexTrainer(10, 3, 5);
    const plainBatches: number[][] = [];
    const mixedBatches: number[][] = [];
    for (let s = 0; s < 8; s++) {
      plain.step();
      plainBatches.push(batchSamples(plain));
    }
    for (let s = 0; s < 8; s++) {
      if (s === 1 || s === 5) {
        const epoch = mixed.epoch;
        expect(mixed.stepOnSamples([7, 2]).ok).toBe(true);
        expect(batchSamples(mixed)).toEqual([7, 2]);
        expect(mixed.epoch).toBe(epoch);
      }
      mixed.step();
      mixedBatches.push(batchSamples(mixed));
    }
    // the same batches in the same order: the one-off steps did not consume the epoch's order
    expect(mixedBatches).toEqual(plainBatches);
    expect(mixed.epoch).toBe(plain.epoch);
    expect(mixed.stepsDone).toBe(plain.stepsDone + 2);
  });

  it('stepOnSamples refuses a sample outside the training set', () => {
    const t = indexTrainer(5, 2);
    expect(() => t.stepOnSamples([5])).toThrow(RangeError);
    expect(() => t.stepOnSamples([-1])).toThrow(RangeError);
  });

  it('lastBatchLoss is the mean reference cost of the batch before its update', () => {
    const rand = testRandom(3);
    const xs = randomMatrix(rand, 9, 2);
    const ys = randomMatrix(rand, 9, 1);
    const config = configWith({ hidden: [layer(3, 'sigmoid')], batchSize: 4, seed: 2 });
    const t = new Trainer(config, tableDataset(xs, ys));
    for (let s = 0; s < 5; s++) {
      const net = refNetOf(config, t.network);
      t.step();
      const b = batchIndices(t);
      const mean =
        b.reduce(
          (sum, k) => sum + refCost('half-sse', 'tanh', refForward(net, xs[k]).a[2], ys[k]),
          0,
        ) / b.length;
      expect(t.lastBatchLoss).toBeCloseTo(mean, 14);
    }
  });
});

describe('dropout', () => {
  function dropoutTrainer(p: number, width = 200, batchSize = 50, seed = 1) {
    const rand = testRandom(11);
    const xs = randomMatrix(rand, 100, 3);
    const ys = randomMatrix(rand, 100, 1);
    const config = configWith({
      hidden: [layer(width, 'sigmoid', true, p), layer(4, 'tanh')],
      output: { activation: 'linear', bias: true },
      batchSize,
      seed,
      optimizer: { learningRate: 0.01 },
    });
    const dataset = tableDataset(xs, ys);
    return { config, dataset, trainer: new Trainer(config, dataset), xs, ys };
  }

  it('masks are 0 or exactly 1/(1−p), zero with probability p, fresh every step', () => {
    const p = 0.3;
    const { trainer } = dropoutTrainer(p);
    const keep = 1 / (1 - p);
    let zeros = 0;
    let total = 0;
    let previous = '';
    for (let s = 0; s < 5; s++) {
      trainer.step();
      const mask = trainer.ws.mask[1];
      expect(mask).not.toBeNull();
      const n = trainer.batch.rows * 200;
      const values = Array.from(mask!.subarray(0, n));
      expect(values.filter((m) => m !== 0 && m !== keep)).toEqual([]);
      zeros += values.filter((m) => m === 0).length;
      total += n;
      const key = values.join(',');
      expect(key).not.toBe(previous);
      previous = key;
    }
    // 50 000 Bernoulli(0.3) draws: standard error 0.002
    expect(Math.abs(zeros / total - p)).toBeLessThan(0.01);
    // layers without dropout have no mask
    expect(trainer.ws.mask[2]).toBeNull();
  });

  it('inverted scaling preserves the expected activation: Σ z⊙m ≈ Σ z', () => {
    const { trainer } = dropoutTrainer(0.5);
    let masked = 0;
    let plain = 0;
    let notZm = 0;
    for (let s = 0; s < 4; s++) {
      trainer.step();
      const n = trainer.batch.rows * 200;
      const { out, z, mask } = trainer.ws;
      for (let k = 0; k < n; k++) {
        masked += out[1][k];
        plain += z[1][k];
        if (out[1][k] !== z[1][k] * mask[1]![k]) notZm++; // the next layer sees exactly z·m
      }
    }
    expect(notZm).toBe(0);
    // sigmoid activations are positive; 40 000 masks of mean 1 and sd 1: ratio within ~1 %
    expect(Math.abs(masked / plain - 1)).toBeLessThan(0.03);
  });

  it('back-propagation with a fixed mask equals the chain rule and finite differences of that masked network', () => {
    const { config, trainer, xs, ys } = dropoutTrainer(0.4, 6, 5, 3);
    const net = refNetOf(config, trainer.network);
    const trace = traceStep(trainer);
    const idx = trace.samples.map((s) => s.index);
    const masks = trace.samples.map((s) => s.mask.map((m) => (m ? Array.from(m) : null)));
    const bx = idx.map((k) => xs[k]);
    const by = idx.map((k) => ys[k]);
    // a dropped unit really is dropped in at least one sample
    expect(masks.some((m) => m[1]!.includes(0))).toBe(true);
    const ref = refBatchGradients(net, bx, by, masks);
    const meanCost = () =>
      bx.reduce(
        (s, x, r) => s + refCost('half-sse', 'linear', refForward(net, x, masks[r]).a[3], by[r]),
        0,
      ) / bx.length;
    for (let l = 0; l < 3; l++) {
      const cols = net.W[l][0].length;
      net.W[l].forEach((row, j) =>
        row.forEach((w, i) => {
          const engine = trace.weightGrads[l][j * cols + i];
          expect(Math.abs(engine - ref.gW[l][j][i])).toBeLessThan(1e-13);
          const h = 1e-6;
          row[i] = w + h;
          const up = meanCost();
          row[i] = w - h;
          const down = meanCost();
          row[i] = w;
          expect(Math.abs(engine - (up - down) / (2 * h))).toBeLessThan(1e-8);
        }),
      );
      net.b[l].forEach((_, j) =>
        expect(Math.abs(trace.biasGrads[l][j] - ref.gb[l][j])).toBeLessThan(1e-13),
      );
    }
    expect(trace.batchLoss).toBeCloseTo(ref.loss, 14);
  });

  it('dropout is off in the Evaluator: outputs equal the unmasked, unscaled forward pass', () => {
    const { config, dataset, trainer, xs, ys } = dropoutTrainer(0.5, 20, 10);
    trainer.run(5);
    const net = refNetOf(config, trainer.network);
    const evaluator = new Evaluator(trainer.network, 32);
    const first = evaluator.evaluate(dataset.train, dataset);
    const second = evaluator.evaluate(dataset.train, dataset);
    expect(Object.is(first.loss, second.loss)).toBe(true);
    const want =
      xs.reduce((s, x, k) => s + refCost('half-sse', 'linear', refForward(net, x).a[3], ys[k]), 0) /
      xs.length;
    expect(first.loss).toBeCloseTo(want, 13);
  });
});

describe('determinism', () => {
  const rand = testRandom(99);
  const xs = randomMatrix(rand, 23, 3);
  const ys = xs.map((x) => [Math.sin(x[0]) + x[1] * x[2]]);
  const dataset = tableDataset(xs, ys);

  function config(seed: number): RunConfig {
    return configWith({
      hidden: [layer(6, 'relu', true, 0.2), layer(5, 'tanh', true, 0.1)],
      output: { activation: 'linear', bias: true },
      init: { kind: 'he-normal', scale: 0 },
      optimizer: { kind: 'adam', learningRate: 0.01 },
      regularization: { kind: 'elastic', rate: 1e-3 },
      batchSize: 5,
      seed,
    });
  }

  function snapshot(t: Trainer): Float64Array[] {
    return [
      ...t.network.weights,
      ...t.network.biases,
      ...t.groups.map((g) => g.first),
      ...t.groups.map((g) => g.second),
    ];
  }

  it('two trainers from the same config and data are bit-identical after 200 steps', () => {
    const a = new Trainer(config(17), dataset);
    const b = new Trainer(config(17), dataset);
    expect(a.run(200)).toBeNull();
    expect(b.run(200)).toBeNull();
    const sa = snapshot(a);
    const sb = snapshot(b);
    sa.forEach((arr, k) => expect(bitEqual(arr, sb[k])).toBe(true));
    expect(Object.is(a.lastBatchLoss, b.lastBatchLoss)).toBe(true);
  });

  it('a different seed gives different weights', () => {
    const a = new Trainer(config(17), dataset);
    const b = new Trainer(config(18), dataset);
    a.run(200);
    b.run(200);
    a.network.weights.forEach((w, l) => expect(bitEqual(w, b.network.weights[l])).toBe(false));
  });
});

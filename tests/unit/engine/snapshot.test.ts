import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import {
  HEADER_SIZE,
  Header,
  SnapshotWriter,
  snapshotLayout,
  type SnapshotLayout,
} from '../../../src/engine/snapshot';
import { HISTOGRAM_SIZE } from '../../../src/engine/histogram';
import { LAYER_STATS, LayerStat } from '../../../src/engine/stats';
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
import { refBackward, refForward } from './reference';

const METRICS = {
  trainLoss: 0.5,
  trainAccuracy: 0.75,
  testLoss: 0.625,
  testAccuracy: 0.5,
  evaluatedAt: 3,
};

/** Every [start, end) range the layout hands out, with a name. */
function ranges(lay: SnapshotLayout): [string, number, number][] {
  const { sizes } = lay;
  const out: [string, number, number][] = [['header', 0, HEADER_SIZE]];
  for (let l = 1; l < sizes.length; l++) {
    const w = sizes[l] * sizes[l - 1];
    out.push([`W${l}`, lay.weights[l - 1], lay.weights[l - 1] + w]);
    out.push([`b${l}`, lay.biases[l - 1], lay.biases[l - 1] + sizes[l]]);
    out.push([`gW${l}`, lay.weightGrads[l - 1], lay.weightGrads[l - 1] + w]);
    out.push([`gb${l}`, lay.biasGrads[l - 1], lay.biasGrads[l - 1] + sizes[l]]);
    out.push([`a${l}`, lay.preActivations[l - 1], lay.preActivations[l - 1] + sizes[l]]);
    out.push([`d${l}`, lay.deltas[l - 1], lay.deltas[l - 1] + sizes[l]]);
  }
  sizes.forEach((n, l) => out.push([`z${l}`, lay.activations[l], lay.activations[l] + n]));
  out.push(['stats', lay.stats, lay.stats + (sizes.length - 1) * LAYER_STATS]);
  lay.activationHistograms.forEach((at, k) => out.push([`zHist${k + 1}`, at, at + HISTOGRAM_SIZE]));
  return out;
}

describe('snapshot layout', () => {
  it('a 3-4-2 network: hand-counted length', () => {
    // header 12; W⁽¹⁾ 12 + b⁽¹⁾ 4 + W⁽²⁾ 8 + b⁽²⁾ 2 = 26 parameters, 26 gradients;
    // z: 3 + 4 + 2 = 9; a: 4 + 2 = 6; δ: 6; stats 2 layers × 8 = 16;
    // z histograms 2 layers × (min, max, 24 bins) = 52 → 12 + 26 + 26 + 9 + 6 + 6 + 16 + 52
    const lay = snapshotLayout([3, 4, 2]);
    expect(HEADER_SIZE).toBe(12);
    expect(LAYER_STATS).toBe(8);
    expect(HISTOGRAM_SIZE).toBe(26);
    expect(lay.length).toBe(153);
  });

  it('ranges never overlap and tile [0, length) exactly, for many shapes', () => {
    const rand = testRandom(5);
    for (let k = 0; k < 50; k++) {
      const depth = 1 + Math.floor(rand() * 5);
      const sizes = Array.from({ length: depth + 1 }, () => 1 + Math.floor(rand() * 9));
      const lay = snapshotLayout(sizes);
      const rs = ranges(lay).sort((x, y) => x[1] - y[1]);
      const problems: string[] = [];
      let at = 0;
      for (const [name, start, end] of rs) {
        if (start !== at) problems.push(`${name} starts at ${start}, expected ${at}`); // gap or overlap
        if (!(end > start)) problems.push(`${name} is empty`);
        at = end;
      }
      expect(problems, sizes.join('-')).toEqual([]);
      expect(at).toBe(lay.length);
      // header fields fit in the header
      for (const v of Object.values(Header)) expect(v).toBeLessThan(HEADER_SIZE);
    }
  });
});

describe('snapshot contents', () => {
  const rand = testRandom(77);
  const xs = randomMatrix(rand, 10, 3);
  const ys = xs.map((x) => [Math.tanh(x[0] + x[1]), x[2] * x[0]]);
  const dataset = tableDataset(xs, ys);

  function trainerWith(patch: Parameters<typeof configWith>[0] = {}): {
    config: RunConfig;
    trainer: Trainer;
  } {
    const config = configWith({
      hidden: [layer(4, 'tanh', true, 0.3), layer(3, 'elu')],
      output: { activation: 'sigmoid', bias: true },
      loss: 'mse',
      batchSize: 4,
      ...patch,
    });
    return { config, trainer: new Trainer(config, dataset) };
  }

  it('header, parameters and gradients are copies of the trainer’s', () => {
    const { trainer } = trainerWith();
    trainer.run(5);
    const writer = new SnapshotWriter(trainer);
    const snap = writer.allocate();
    expect(snap.length).toBe(writer.layout.length);
    writer.write(snap, 2, METRICS);
    const lay = writer.layout;
    expect(snap[Header.step]).toBe(5);
    expect(snap[Header.epoch]).toBe(trainer.epoch);
    expect(snap[Header.batchLoss]).toBe(trainer.lastBatchLoss);
    expect(snap[Header.learningRate]).toBe(trainer.learningRate);
    expect(snap[Header.trainLoss]).toBe(0.5);
    expect(snap[Header.trainAccuracy]).toBe(0.75);
    expect(snap[Header.testLoss]).toBe(0.625);
    expect(snap[Header.testAccuracy]).toBe(0.5);
    expect(snap[Header.evaluatedAt]).toBe(3);
    expect(snap[Header.focusSample]).toBe(2);
    for (let l = 0; l < 3; l++) {
      const { weights, biases } = trainer.network;
      const grads = trainer.grads;
      const part = (at: number, n: number) => snap.subarray(at, at + n);
      expect(bitEqual(part(lay.weights[l], weights[l].length), weights[l])).toBe(true);
      expect(bitEqual(part(lay.biases[l], biases[l].length), biases[l])).toBe(true);
      expect(bitEqual(part(lay.weightGrads[l], weights[l].length), grads.weights[l])).toBe(true);
      expect(bitEqual(part(lay.biasGrads[l], biases[l].length), grads.biases[l])).toBe(true);
    }
  });

  it('the focus sample’s z, a, δ and cost equal an independent forward and backward pass (no dropout)', () => {
    const { config, trainer } = trainerWith();
    trainer.run(7);
    const writer = new SnapshotWriter(trainer);
    const snap = writer.allocate();
    const lay = writer.layout;
    const net = refNetOf(config, trainer.network);
    for (const focus of [0, 6, 9]) {
      writer.write(snap, focus, METRICS);
      const ref = refBackward(net, xs[focus], ys[focus]);
      const pass = refForward(net, xs[focus]);
      const sizes = trainer.network.sizes;
      for (let l = 0; l <= 3; l++) {
        for (let j = 0; j < sizes[l]; j++) {
          expect(snap[lay.activations[l] + j]).toBeCloseTo(pass.z[l][j], 14);
          if (l === 0) continue;
          expect(snap[lay.preActivations[l - 1] + j]).toBeCloseTo(pass.a[l][j], 14);
          expect(snap[lay.deltas[l - 1] + j]).toBeCloseTo(ref.delta[l][j], 14);
        }
      }
      expect(snap[Header.focusLoss]).toBeCloseTo(ref.cost, 14);
    }
  });

  it('the focus sample index is clamped into the training set', () => {
    const { trainer } = trainerWith();
    const writer = new SnapshotWriter(trainer);
    const snap = writer.allocate();
    writer.write(snap, 1e9, METRICS);
    expect(snap[Header.focusSample]).toBe(9);
    writer.write(snap, -4, METRICS);
    expect(snap[Header.focusSample]).toBe(0);
    writer.write(snap, 3.7, METRICS);
    expect(snap[Header.focusSample]).toBe(3);
  });

  it('writing snapshots does not disturb training (bit-identical weights)', () => {
    const a = trainerWith().trainer;
    const b = trainerWith().trainer;
    const writer = new SnapshotWriter(b);
    const snap = writer.allocate();
    for (let s = 0; s < 20; s++) {
      a.step();
      b.step();
      writer.write(snap, s % 10, METRICS);
    }
    a.network.weights.forEach((w, l) => expect(bitEqual(w, b.network.weights[l])).toBe(true));
    a.network.biases.forEach((w, l) => expect(bitEqual(w, b.network.biases[l])).toBe(true));
  });
});

describe('per-layer statistics', () => {
  function statsOf(trainer: Trainer): (layer: number, stat: number) => number {
    const writer = new SnapshotWriter(trainer);
    const snap = writer.allocate();
    writer.write(snap, 0, METRICS);
    return (l, stat) => snap[writer.layout.stats + (l - 1) * LAYER_STATS + stat];
  }

  it('mean |∂C/∂w|, ‖∂C/∂W‖, mean |w| and ‖ΔW‖/‖W‖ recomputed from the trainer', () => {
    const rand = testRandom(8);
    const xs = randomMatrix(rand, 6, 2);
    const ys = randomMatrix(rand, 6, 1);
    const trainer = new Trainer(
      configWith({ hidden: [layer(3, 'tanh')], batchSize: 6, optimizer: { learningRate: 0.5 } }),
      tableDataset(xs, ys),
    );
    trainer.run(2);
    const before = trainer.network.weights.map((w) => Array.from(w));
    trainer.step();
    const stat = statsOf(trainer);
    for (let l = 1; l <= 2; l++) {
      const g = Array.from(trainer.grads.weights[l - 1]);
      const w = Array.from(trainer.network.weights[l - 1]);
      const n = g.length;
      expect(stat(l, LayerStat.meanAbsGrad)).toBeCloseTo(
        g.reduce((s, v) => s + Math.abs(v), 0) / n,
        15,
      );
      expect(stat(l, LayerStat.gradNorm)).toBeCloseTo(Math.hypot(...g), 15);
      expect(stat(l, LayerStat.meanAbsWeight)).toBeCloseTo(
        w.reduce((s, v) => s + Math.abs(v), 0) / n,
        15,
      );
      const dw = w.map((v, k) => v - before[l - 1][k]);
      expect(stat(l, LayerStat.updateRatio)).toBeCloseTo(Math.hypot(...dw) / Math.hypot(...w), 12);
    }
  });

  it('dead fraction on a hand-built ReLU layer; NaN for other activations', () => {
    // 2 → 3 ReLU → 1. On inputs with x ≥ 0:
    //   unit 0: w = ( 1,  1), b =  0 → a > 0 on every sample: alive
    //   unit 1: w = (−1, −1), b = −1 → a ≤ −1 < 0 always: dead
    //   unit 2: w = ( 0,  0), b =  0 → a = 0 exactly, never > 0: dead
    //   → dead fraction 2/3
    const dataset = tableDataset(
      [
        [1, 2],
        [0.5, 0.5],
        [2, 0],
      ],
      [[1], [0], [1]],
    );
    const trainer = new Trainer(
      configWith({
        hidden: [layer(3, 'relu')],
        output: { activation: 'linear', bias: true },
        batchSize: 3,
        initialParams: {
          weights: [
            [1, 1, -1, -1, 0, 0],
            [0.5, 0.5, 0.5],
          ],
          biases: [[0, -1, 0], [0]],
        },
      }),
      dataset,
    );
    trainer.step();
    const stat = statsOf(trainer);
    expect(stat(1, LayerStat.deadFraction)).toBeCloseTo(2 / 3, 15);
    expect(Number.isNaN(stat(2, LayerStat.deadFraction))).toBe(true);
    expect(Number.isNaN(stat(1, LayerStat.saturatedFraction))).toBe(true);
    // activation mean and (population) sd of z over the batch: z = a of unit 0 = (3, 1, 2), 0 elsewhere
    // mean = 6/9; E[z²] = 14/9 → variance 14/9 − 4/9 = 10/9
    expect(stat(1, LayerStat.activationMean)).toBeCloseTo(6 / 9, 15);
    expect(stat(1, LayerStat.activationStd)).toBeCloseTo(Math.sqrt(10 / 9), 15);
  });

  it('a unit alive on just one sample of the batch is not dead', () => {
    const dataset = tableDataset([[1], [-1], [-2]], [[0], [0], [0]]);
    const trainer = new Trainer(
      configWith({
        hidden: [layer(2, 'relu')],
        batchSize: 3,
        initialParams: {
          weights: [
            [1, -0.1],
            [1, 1],
          ],
          biases: [[0, -0.5], [0]],
        },
      }),
      dataset,
    );
    trainer.step();
    // unit 0: a = x > 0 only for x = 1 → alive; unit 1: a = −0.1x − 0.5 > 0 never (x ≥ −2 gives ≤ −0.3) → dead
    expect(statsOf(trainer)(1, LayerStat.deadFraction)).toBe(0.5);
  });

  it('saturated fraction: sigmoid z < 0.01 or > 0.99, tanh |z| > 0.99, counted per activation', () => {
    // 1 → 4 → 1, weights (10, −10, 0.1, 1), no bias, inputs 1 and 0.5:
    //   a = (10, −10, 0.1, 1) and (5, −5, 0.05, 0.5)
    //   sigmoid: σ(±10), σ(5) = 0.9933, σ(−5) = 0.0067 saturated; the rest not → 4 of 8
    //   tanh: |tanh(±10)|, |tanh(±5)| > 0.99; tanh(1) = 0.76 → also 4 of 8
    const dataset = tableDataset([[1], [0.5]], [[0], [0]]);
    for (const act of ['sigmoid', 'tanh'] as const) {
      const trainer = new Trainer(
        configWith({
          hidden: [layer(4, act, false)],
          batchSize: 2,
          initialParams: {
            weights: [
              [10, -10, 0.1, 1],
              [0, 0, 0, 0],
            ],
            biases: [[0, 0, 0, 0], [0]],
          },
        }),
        dataset,
      );
      trainer.step();
      const stat = statsOf(trainer);
      expect(stat(1, LayerStat.saturatedFraction)).toBe(0.5);
      expect(Number.isNaN(stat(1, LayerStat.deadFraction))).toBe(true);
    }
    // tanh(3) = 0.99505 counts, tanh(2.5) = 0.98661 does not
    const edge = new Trainer(
      configWith({
        hidden: [layer(2, 'tanh', false)],
        batchSize: 1,
        initialParams: {
          weights: [
            [3, 2.5],
            [0, 0],
          ],
          biases: [[0, 0], [0]],
        },
      }),
      tableDataset([[1]], [[0]]),
    );
    edge.step();
    expect(statsOf(edge)(1, LayerStat.saturatedFraction)).toBe(0.5);
  });
});

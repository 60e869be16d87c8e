import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../../src/config/link';
import type { LayerConfig } from '../../../src/config/types';
import {
  BatchNorm,
  BN_EPSILON,
  NormBuffers,
  normForward,
  updateRunningStats,
} from '../../../src/engine/batchNorm';
import { gradientCheck } from '../../../src/engine/gradcheck';
import { sampleCost } from '../../../src/engine/losses';
import { backward, forward, Gradients, type Network, Workspace } from '../../../src/engine/network';
import { Random } from '../../../src/core/random';
import { Trainer } from '../../../src/engine/trainer';
import { exportParameters, prepareRun } from '../../../src/run/prepare';
import { configWith, tableDataset } from './fixtures';

const bnLayer = (size: number, activation: LayerConfig['activation']): LayerConfig => ({
  size,
  activation,
  bias: true,
  dropout: 0,
  batchNorm: true,
});

/** 12 samples of 3 inputs → 2 targets, fixed numbers. */
function data(): ReturnType<typeof tableDataset> {
  const random = new Random(7, 'test-data');
  const inputs = Array.from({ length: 12 }, () => [0, 1, 2].map(() => 2 * random.next() - 1));
  const targets = inputs.map(([a, b, c]) => [Math.tanh(a - b), Math.tanh(b * c + 0.3)]);
  return tableDataset(inputs, targets);
}

/** γ, β and the running estimates set to numbers far from their starting values. */
function scramble(network: Network): void {
  const random = new Random(11, 'test-bn');
  for (const bn of network.norm) {
    if (!bn) continue;
    for (let j = 0; j < bn.size; j++) {
      bn.gamma[j] = 0.5 + random.next();
      bn.beta[j] = random.next() - 0.5;
      bn.runningMean[j] = 0.3 * (random.next() - 0.5);
      bn.runningVar[j] = 0.5 + random.next();
    }
  }
}

describe('batch normalization, forward', () => {
  it('normalizes with the biased batch variance and moves the running estimates by 0.1', () => {
    const bn = new BatchNorm(1);
    bn.gamma[0] = 2;
    bn.beta[0] = 0.5;
    const buf = new NormBuffers(1, 3);
    const a = Float64Array.from([1, 2, 4]);
    normForward(bn, buf, a, 3, true);
    // μ_B = 7/3, σ²_B = ((−4/3)² + (−1/3)² + (5/3)²)/3 = 42/27
    expect(buf.mean[0]).toBeCloseTo(7 / 3, 15);
    expect(buf.variance[0]).toBeCloseTo(42 / 27, 15);
    const sd = Math.sqrt(42 / 27 + BN_EPSILON);
    expect(Array.from(buf.normalized)).toEqual(
      [1, 2, 4].map((x) => expect.closeTo((x - 7 / 3) / sd, 14) as number),
    );
    expect(a[0]).toBeCloseTo(2 * ((1 - 7 / 3) / sd) + 0.5, 14);
    updateRunningStats(bn, buf, 3);
    // μ_run = 0.9·0 + 0.1·7/3; σ²_run = 0.9·1 + 0.1·(42/9)/2 (unbiased: divide by m − 1 = 2)
    expect(bn.runningMean[0]).toBeCloseTo(0.7 / 3, 15);
    expect(bn.runningVar[0]).toBeCloseTo(0.9 + 0.1 * (42 / 9 / 2), 15);
  });

  it('outside training normalizes with the running estimates', () => {
    const bn = new BatchNorm(1);
    bn.runningMean[0] = 1;
    bn.runningVar[0] = 4;
    const buf = new NormBuffers(1, 2);
    const a = Float64Array.from([3, -1]);
    normForward(bn, buf, a, 2, false);
    const sd = Math.sqrt(4 + BN_EPSILON);
    expect(a[0]).toBeCloseTo(2 / sd, 15);
    expect(a[1]).toBeCloseTo(-2 / sd, 15);
  });
});

describe('batch normalization, backward against finite differences', () => {
  /** The batch-mean loss of a training-mode forward pass (batch statistics). */
  function batchLoss(network: Network, ws: Workspace, rows: number): number {
    forward(network, ws, rows, true);
    const L = network.depth;
    const n = network.outputSize;
    let c = 0;
    for (let r = 0; r < rows; r++) {
      c += sampleCost(network.loss, ws.a[L], ws.z[L], ws.targets, r * n, r * n, n);
    }
    return c / rows;
  }

  it('∂C/∂W, ∂C/∂γ, ∂C/∂β with batch statistics (the three terms of ∂C/∂a) match', () => {
    const dataset = data();
    const config = configWith({
      hidden: [bnLayer(5, 'tanh'), bnLayer(4, 'sigmoid'), bnLayer(3, 'relu')],
      output: { activation: 'linear', bias: true },
      loss: 'mse',
      init: { kind: 'xavier-normal', scale: 1 },
    });
    const trainer = new Trainer(config, dataset);
    const network = trainer.network;
    scramble(network);
    const rows = 6;
    const ws = new Workspace(network, rows);
    ws.z[0].set(dataset.train.inputs.subarray(0, rows * 3));
    ws.targets.set(dataset.train.targets.subarray(0, rows * 2));
    const grads = new Gradients(network);
    forward(network, ws, rows, true);
    backward(network, ws, grads, rows, true);

    const h = 1e-6;
    const numeric = (params: Float64Array, k: number): number => {
      const saved = params[k];
      params[k] = saved + h;
      const plus = batchLoss(network, ws, rows);
      params[k] = saved - h;
      const minus = batchLoss(network, ws, rows);
      params[k] = saved;
      return (plus - minus) / (2 * h);
    };
    let compared = 0;
    const expectMatch = (params: Float64Array, summed: Float64Array): void => {
      for (let k = 0; k < params.length; k++) {
        const exact = summed[k] / rows;
        const fd = numeric(params, k);
        expect(Math.abs(exact - fd)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
        compared++;
      }
    };
    for (let l = 0; l < network.depth; l++) {
      expectMatch(network.weights[l], grads.weights[l]);
      const bn = network.norm[l];
      const g = grads.norm[l];
      if (bn && g) {
        expectMatch(bn.gamma, g.gamma);
        expectMatch(bn.beta, g.beta);
      }
    }
    // 3·5 + 5·4 + 4·3 + 3·2 weights, 2·(5 + 4 + 3) γ and β.
    expect(compared).toBe(15 + 20 + 12 + 6 + 24);
    // The bias is off on the normalized layers, on for the output.
    expect(network.hasBias).toEqual([false, false, false, true]);
  });

  it('the gradient check (evaluation mode) reads ✓ on a 4-layer batch-norm net, γ and β included', () => {
    const dataset = data();
    const config = configWith({
      hidden: [bnLayer(6, 'tanh'), bnLayer(5, 'sigmoid'), bnLayer(4, 'elu')],
      output: { activation: 'tanh', bias: true },
      loss: 'half-sse',
      batchSize: 4,
    });
    const trainer = new Trainer(config, dataset);
    expect(trainer.run(30)).toBeNull();
    const check = gradientCheck(trainer.network, dataset);
    expect(check.layers).toHaveLength(4);
    // W plus γ and β on each normalized layer.
    expect(check.layers.map((c) => c.checked)).toEqual([18 + 12, 30 + 10, 20 + 8, 8 + 2]);
    expect(check.relativeError).toBeLessThan(1e-7);
  });
});

describe('batch normalization in training', () => {
  it('trains γ and β by the optimizer without L2, and W with it', () => {
    const dataset = data();
    const config = configWith({
      hidden: [bnLayer(4, 'tanh')],
      output: { activation: 'linear', bias: true },
      loss: 'mse',
      batchSize: 12,
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      regularization: { kind: 'l2', rate: 0.5 },
    });
    const trainer = new Trainer(config, dataset);
    const net = trainer.network;
    const bn = net.norm[0] as BatchNorm;
    const w = Float64Array.from(net.weights[0]);
    // The gradients of the coming step, computed on the same (whole-set) batch.
    const ws = new Workspace(net, 12);
    ws.z[0].set(dataset.train.inputs);
    ws.targets.set(dataset.train.targets);
    const grads = new Gradients(net);
    forward(net, ws, 12, true);
    backward(net, ws, grads, 12, true);
    const normGrads = grads.norm[0];
    if (!normGrads) throw new Error('no batch-norm gradients');
    const gammaGrad = Float64Array.from(normGrads.gamma, (g) => g / 12);
    const betaGrad = Float64Array.from(normGrads.beta, (g) => g / 12);
    const wGrad = Float64Array.from(grads.weights[0], (g) => g / 12);
    expect(trainer.step().ok).toBe(true);
    for (let j = 0; j < 4; j++) {
      expect(bn.gamma[j]).toBeCloseTo(1 - 0.1 * gammaGrad[j], 14);
      expect(bn.beta[j]).toBeCloseTo(0 - 0.1 * betaGrad[j], 14);
    }
    // W: w − η(∂C/∂w + λw)
    expect(net.weights[0][0]).toBeCloseTo(w[0] - 0.1 * (wGrad[0] + 0.5 * w[0]), 14);
    // Running estimates moved from (0, 1) towards the batch's.
    expect(Array.from(bn.runningMean).some((m) => m !== 0)).toBe(true);
  });

  it('is refused at a batch size of 1, with a message naming the batch size', () => {
    const config = configWith({ hidden: [bnLayer(4, 'tanh')], batchSize: 1 });
    const run = prepareRun(config);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.error).toMatch(/batch size is 1\b/);
    expect(prepareRun(configWith({ hidden: [bnLayer(4, 'tanh')], batchSize: 2 })).ok).toBe(true);
  });

  it('`_n` in a link round-trips and a link without it decodes with batch norm off', () => {
    const config = configWith({
      hidden: [bnLayer(8, 'relu'), { ...bnLayer(8, 'relu'), dropout: 0.2 }],
    });
    const link = encodeLink(config);
    expect(link).toContain('h=8r_n,8r_d0.2_n');
    const decoded = decodeLink(link);
    expect(decoded.problems).toEqual([]);
    expect(decoded.config.network.hidden.map((h) => h.batchNorm)).toEqual([true, true]);
    expect(decodeLink('h=8r_d0.2,4t&v=1').config.network.hidden.map((h) => h.batchNorm)).toEqual([
      undefined,
      undefined,
    ]);
    // Any order is read.
    expect(decodeLink('h=8r_n_d0.2&v=1').config.network.hidden[0]).toMatchObject({
      batchNorm: true,
      dropout: 0.2,
    });
  });
});

describe('batch normalization, explicit values and export', () => {
  it('takes γ, β, μ, σ² from a 4n-number `b` row, β alone from an n-number row', () => {
    const dataset = data();
    const hidden = [bnLayer(2, 'tanh')];
    const weights = [
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
      [0.7, 0.8],
    ];
    // The circle data of configWith has 2 inputs.
    const circleWeights = [[0.1, 0.2, 0.3, 0.4], weights[1]];
    const full = configWith({
      hidden,
      batchSize: 4,
      initialParams: {
        weights: circleWeights,
        biases: [[1.5, 2.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0.05]],
      },
    });
    const run = prepareRun({ ...full });
    if (!run.ok) throw new Error(run.error);
    expect(run.warnings).toEqual([]);
    const bn = run.trainer.network.norm[0] as BatchNorm;
    expect([bn.gamma, bn.beta, bn.runningMean, bn.runningVar].map((a) => Array.from(a))).toEqual([
      [1.5, 2.5],
      [0.1, 0.2],
      [0.3, 0.4],
      [0.5, 0.6],
    ]);
    const betaOnly = new Trainer(
      configWith({
        hidden,
        initialParams: {
          weights: [weights[0], [0.7, 0.8, 0.9, 1]],
          biases: [
            [0.1, 0.2],
            [0.05, 0.06],
          ],
        },
      }),
      dataset,
    );
    const bn2 = betaOnly.network.norm[0] as BatchNorm;
    expect(Array.from(bn2.beta)).toEqual([0.1, 0.2]);
    expect(Array.from(bn2.gamma)).toEqual([1, 1]);
    // 3 numbers fit neither: the initializer is used, with a message saying why.
    const wrong = prepareRun(
      configWith({
        hidden,
        initialParams: { weights: circleWeights, biases: [[0.1, 0.2, 0.3], [0.05]] },
      }),
    );
    if (!wrong.ok) throw new Error(wrong.error);
    expect(wrong.warnings[0]).toMatch(/needs 2 \(β\) or 8 \(γ, β, μ, σ²\)/);
  });

  it('exports bn: [{ layer, gamma, beta, mean, var }], which loads back to the same numbers', () => {
    const config = configWith({ hidden: [bnLayer(3, 'tanh'), bnLayer(2, 'relu')], batchSize: 5 });
    const run = prepareRun(config);
    if (!run.ok) throw new Error(run.error);
    expect(run.trainer.run(40)).toBeNull();
    const exported = exportParameters(run.trainer);
    expect(exported.bn?.map((b) => b.layer)).toEqual([1, 2]);
    const first = exported.bn?.[0];
    expect(first?.var.every((v) => v !== 1)).toBe(true);
    const biases = exported.biases.map((row, l) => {
      const b = exported.bn?.find((e) => e.layer === l + 1);
      return b ? [...b.gamma, ...b.beta, ...b.mean, ...b.var] : row;
    });
    const again = prepareRun({ ...config, initialParams: { weights: exported.weights, biases } });
    if (!again.ok) throw new Error(again.error);
    expect(exportParameters(again.trainer)).toEqual(exported);
  });
});

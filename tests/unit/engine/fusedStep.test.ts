import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import {
  ACTIVATION_DESCRIPTORS,
  HIDDEN_ACTIVATIONS,
  OUTPUT_ACTIVATIONS,
} from '../../../src/core/choices/activations';
import { LOSSES, LOSS_DESCRIPTORS } from '../../../src/core/choices/losses';
import type { Dataset } from '../../../src/data/types';
import {
  FUSED_MAX_PRODUCTS,
  fusedFits,
  fusedSource,
  fusedStepFor,
} from '../../../src/engine/fusedStep';
import { GRADIENT_LIMIT, Trainer } from '../../../src/engine/trainer';
import { bitEqual, configWith, layer, randomMatrix, tableDataset, testRandom } from './fixtures';

/** Every number a step leaves behind: parameters, gradients and the workspace's a, z, δ. */
function everything(t: Trainer): Float64Array[] {
  const { network, grads, ws } = t;
  return [
    ...network.weights,
    ...network.biases,
    ...grads.weights,
    ...grads.biases,
    ...ws.a,
    ...ws.z,
    ...ws.delta,
  ];
}

function expectSameBits(x: Trainer, y: Trainer): void {
  const xs = everything(x);
  const ys = everything(y);
  expect(xs.length).toBe(ys.length);
  xs.forEach((arr, k) => expect(bitEqual(arr, ys[k]), `array ${k}`).toBe(true));
  expect(Object.is(x.lastBatchLoss, y.lastBatchLoss)).toBe(true);
  expect([x.stepsDone, x.epoch, x.optimizerSteps]).toEqual([
    y.stepsDone,
    y.epoch,
    y.optimizerSteps,
  ]);
}

// Every element-wise activation and squared loss, so a new one is checked here as it is added.
const HIDDEN = HIDDEN_ACTIVATIONS.filter((name) => ACTIVATION_DESCRIPTORS[name].elementwise);
const OUTPUT = OUTPUT_ACTIVATIONS.filter((name) => ACTIVATION_DESCRIPTORS[name].elementwise);
const SQUARED = LOSSES.filter((name) => LOSS_DESCRIPTORS[name].squared !== undefined);

/** A random small network on random data that the fused step takes: shape, choices, batch. */
function randomCase(seed: number): { config: RunConfig; data: Dataset; label: string } {
  const rand = testRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const inputs = 1 + Math.floor(rand() * 4);
  const outputs = 1 + Math.floor(rand() * 3);
  for (;;) {
    const hidden = Array.from({ length: Math.floor(rand() * 4) }, () =>
      layer(1 + Math.floor(rand() * 8), pick(HIDDEN), rand() < 0.8),
    );
    const batchSize = 1 + Math.floor(rand() * 16);
    const sizes = [inputs, ...hidden.map((h) => h.size), outputs];
    if (!fusedFits(sizes, batchSize)) continue;
    const samples = batchSize * 3 + Math.floor(rand() * batchSize); // often a short last batch
    const config = configWith({
      hidden,
      output: { activation: pick(OUTPUT), bias: rand() < 0.8 },
      loss: pick(SQUARED),
      leakySlope: 0.01 + rand() * 0.3,
      eluAlpha: 0.5 + rand(),
      optimizer: { kind: 'sgd', learningRate: 0.01 + rand() * 0.5 },
      schedule: rand() < 0.5 ? { kind: 'constant' } : { kind: 'step', gamma: 0.5, every: 2 },
      batchSize,
      seed,
    });
    config.mathsVersion = rand() < 0.5 ? 1 : 2;
    const data = tableDataset(
      randomMatrix(rand, samples, inputs, -2, 2),
      randomMatrix(rand, samples, outputs, -0.9, 0.9),
    );
    const label = `${sizes.join('-')} ${hidden.map((h) => h.activation).join(',')} → ${config.network.output.activation}, ${config.network.loss}, batch ${batchSize} of ${samples}, maths ${config.mathsVersion}`;
    return { config, data, label };
  }
}

describe('the fused step computes what the layer-by-layer step computes, bit for bit', () => {
  it('covers the element-wise activations and the squared losses', () => {
    expect(HIDDEN).toEqual(['linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu']);
    expect(OUTPUT).toEqual(['linear', 'sigmoid', 'tanh']);
    expect(SQUARED).toEqual(['mse', 'half-sse']);
  });

  const cases = Array.from({ length: 40 }, (_, k) => randomCase(1000 + k));

  it.each(cases)('one step: $label', ({ config, data }) => {
    const fused = new Trainer(config, data);
    const plain = new Trainer(config, data);
    const io = new Float64Array(2);
    const { network, ws, grads, effectiveBatchSize } = fused;
    const step = fusedStepFor(network, ws, grads, effectiveBatchSize, GRADIENT_LIMIT, io);
    expect(step).not.toBeNull();
    const rows = fused.nextBatch();
    expect(plain.nextBatch()).toBe(rows);
    io[0] = fused.learningRate;
    expect(step!()).toBe(true);
    const cost = io[1];
    expect(plain.stepOnGathered(rows, true, false)).toEqual({ ok: true });
    expect(Object.is(cost / rows, plain.lastBatchLoss)).toBe(true);
    fused.lastBatchLoss = cost / rows;
    // The counters are the trainer's business; the numbers must agree.
    fused.stepsDone = plain.stepsDone;
    fused.optimizerSteps = plain.optimizerSteps;
    expectSameBits(fused, plain);
  });

  it.each(cases)('300 steps by run() and one by one: $label', ({ config, data }) => {
    const fused = new Trainer(config, data);
    const plain = new Trainer(config, data);
    expect(fused.run(300)).toBeNull();
    for (let k = 0; k < 300; k++) expect(plain.step()).toEqual({ ok: true });
    // step() always goes layer by layer (it works out the update statistics); run() took the
    // full batches but its last step fused.
    expect(plain.fusedSteps).toBe(0);
    expect(fused.fusedSteps).toBeGreaterThan(200);
    expectSameBits(fused, plain);
  });
});

describe('when the fused step is not taken', () => {
  const data = tableDataset(
    randomMatrix(testRandom(7), 40, 2),
    randomMatrix(testRandom(8), 40, 1, 0.1, 0.9),
  );
  const tiny = { hidden: [layer(4, 'tanh'), layer(2, 'tanh')], batchSize: 10 };

  function fusedAfter(config: RunConfig, dataset = data): number {
    const trainer = new Trainer(config, dataset);
    expect(trainer.run(50)).toBeNull();
    return trainer.fusedSteps;
  }

  it('plain SGD on the default network takes it for all but the last step of a run', () => {
    expect(fusedAfter(configWith(tiny))).toBe(49);
  });

  it('other optimizers, a penalty, a cross-entropy, batch norm and dropout go layer by layer', () => {
    expect(fusedAfter(configWith({ ...tiny, optimizer: { kind: 'momentum' } }))).toBe(0);
    expect(fusedAfter(configWith({ ...tiny, optimizer: { kind: 'adam' } }))).toBe(0);
    expect(fusedAfter(configWith({ ...tiny, regularization: { kind: 'l2', rate: 0.01 } }))).toBe(0);
    const bce = configWith({
      ...tiny,
      output: { activation: 'sigmoid', bias: true },
      loss: 'bce',
    });
    expect(fusedAfter(bce)).toBe(0);
    const normed = configWith({ ...tiny, hidden: [{ ...layer(4, 'tanh'), batchNorm: true }] });
    expect(fusedAfter(normed)).toBe(0);
    expect(fusedAfter(configWith({ ...tiny, hidden: [layer(4, 'tanh', true, 0.2)] }))).toBe(0);
  });

  it('layers wider than 8 and batches past the size limit go layer by layer', () => {
    expect(fusedAfter(configWith({ ...tiny, hidden: [layer(9, 'tanh')] }))).toBe(0);
    expect(fusedAfter(configWith({ ...tiny, batchSize: 32 }))).toBe(0);
    // 2-4-2-1: 20 + 26 + 7 = 53 products a sample, so batches of up to 19.
    expect(fusedFits([2, 4, 2, 1], 19)).toBe(true);
    expect(fusedFits([2, 4, 2, 1], 20)).toBe(false);
    expect(53 * 19).toBeLessThanOrEqual(FUSED_MAX_PRODUCTS);
  });

  it('a short last batch of an epoch goes layer by layer, the full ones fused', () => {
    // 35 samples in batches of 10: three full batches and one of 5 an epoch.
    const short = tableDataset(
      randomMatrix(testRandom(9), 35, 2),
      randomMatrix(testRandom(10), 35, 1),
    );
    expect(fusedAfter(configWith(tiny), short)).toBe(37); // 50 steps: 12 short, the last one
  });

  it('switching to momentum in the middle of a run stops it from the next step', () => {
    const trainer = new Trainer(configWith(tiny), data);
    trainer.run(20);
    expect(trainer.fusedSteps).toBe(19);
    trainer.setOptimizer({ ...trainer.optimizer, kind: 'momentum' });
    trainer.run(20);
    expect(trainer.fusedSteps).toBe(19);
  });

  it('a diverging run stops at the same step with the same report and weights', () => {
    const config = configWith({
      ...tiny,
      hidden: [layer(3, 'relu')],
      output: { activation: 'linear', bias: true },
      optimizer: { kind: 'sgd', learningRate: 40 },
    });
    const fused = new Trainer(config, data);
    const plain = new Trainer(config, data);
    const report = fused.run(1000);
    let outcome = plain.step();
    while (outcome.ok) outcome = plain.step();
    expect(report).not.toBeNull();
    expect(report).toEqual(outcome.divergence);
    expect(report!.step).toBeGreaterThan(2);
    expect(fused.fusedSteps).toBe(report!.step);
    expect(fused.network.weights.every((w, l) => bitEqual(w, plain.network.weights[l]))).toBe(true);
  });
});

describe('the fused step source', () => {
  it('holds names, integers and operators only: nothing from the run is written into it', () => {
    const source = fusedSource([2, 4, 2, 1], 10, [true, false, true]);
    expect(source).toMatch(/^[\w\s.+\-*/=;(){}[\],!<>%]*$/);
    // Layer 2 has no bias: its biases are not updated, but their gradient is still written.
    expect(source).toContain('GB2[1] = gb2_1;');
    expect(source).not.toContain('B2[1] = b2_1');
    expect(source).toContain('B3[0] = b3_0 + -lr * gb3_0;');
  });
});

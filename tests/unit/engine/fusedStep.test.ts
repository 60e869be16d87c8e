import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import {
  ACTIVATION_DESCRIPTORS,
  HIDDEN_ACTIVATIONS,
  OUTPUT_ACTIVATIONS,
} from '../../../src/core/choices/activations';
import { LOSSES, LOSS_DESCRIPTORS } from '../../../src/core/choices/losses';
import { OPTIMIZERS } from '../../../src/core/choices/optimizers';
import { REGULARIZERS } from '../../../src/core/choices/regularizers';
import type { Dataset } from '../../../src/data/types';
import {
  FUSED_MAX_PRODUCTS,
  fusedFits,
  fusedSource,
  fusedStepFor,
} from '../../../src/engine/fusedStep';
import { applyUpdate, penaltyCoefficients } from '../../../src/engine/optimizers';
import { GRADIENT_LIMIT, Trainer } from '../../../src/engine/trainer';
import {
  bitEqual,
  configWith,
  layer,
  oneHot,
  randomMatrix,
  tableDataset,
  testRandom,
} from './fixtures';

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

// Every element-wise hidden activation, every output and every loss, so that a new one is
// checked here as it is added. A loss fused with its output activation gets that one.
const HIDDEN = HIDDEN_ACTIVATIONS.filter((name) => ACTIVATION_DESCRIPTORS[name].elementwise);
const FREE_OUTPUTS = OUTPUT_ACTIVATIONS.filter((name) => ACTIVATION_DESCRIPTORS[name].elementwise);

/** Targets each loss can learn: one-hot rows for cce, values in [0, 1] for bce. */
function targetsFor(loss: string, rand: () => number, samples: number, outputs: number) {
  if (loss === 'cce') {
    return Array.from({ length: samples }, () => oneHot(outputs, Math.floor(rand() * outputs)));
  }
  return randomMatrix(rand, samples, outputs, loss === 'bce' ? 0 : -0.9, 0.9);
}

/** A random small network on random data that the fused step takes: shape, choices, batch. */
function randomCase(seed: number): { config: RunConfig; data: Dataset; label: string } {
  const rand = testRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const inputs = 1 + Math.floor(rand() * 4);
  const loss = LOSSES[seed % LOSSES.length];
  const outputs = (loss === 'cce' ? 2 : 1) + Math.floor(rand() * 3);
  const output = LOSS_DESCRIPTORS[loss].needsOutput ?? pick(FREE_OUTPUTS);
  for (;;) {
    const hidden = Array.from({ length: Math.floor(rand() * 4) }, () =>
      layer(1 + Math.floor(rand() * 8), pick(HIDDEN), rand() < 0.8),
    );
    const batchSize = 1 + Math.floor(rand() * 16);
    const sizes = [inputs, ...hidden.map((h) => h.size), outputs];
    if (!fusedFits(sizes, batchSize)) continue;
    const samples = batchSize * 3 + Math.floor(rand() * batchSize); // often a short last batch
    const plain = rand() < 0.5;
    const config = configWith({
      hidden,
      output: { activation: output, bias: rand() < 0.8 },
      loss,
      leakySlope: 0.01 + rand() * 0.3,
      eluAlpha: 0.5 + rand(),
      // Half the runs plain SGD (its update is in the fused step), half any optimizer and
      // penalty (the step stops at the gradients and the optimizer takes them).
      optimizer: plain
        ? { kind: 'sgd', learningRate: 0.01 + rand() * 0.5 }
        : { kind: pick(OPTIMIZERS), learningRate: 0.001 + rand() * 0.05 },
      regularization: plain ? { kind: 'none' } : { kind: pick(REGULARIZERS), rate: rand() * 0.01 },
      schedule: rand() < 0.5 ? { kind: 'constant' } : { kind: 'step', gamma: 0.5, every: 2 },
      batchSize,
      seed,
    });
    config.mathsVersion = rand() < 0.5 ? 1 : 2;
    const data = tableDataset(
      randomMatrix(rand, samples, inputs, -2, 2),
      targetsFor(loss, rand, samples, outputs),
    );
    const { optimizer, regularization } = config.training;
    const label = `${sizes.join('-')} ${hidden.map((h) => h.activation).join(',')} → ${config.network.output.activation}, ${config.network.loss}, ${optimizer.kind} ${regularization.kind}, batch ${batchSize} of ${samples}, maths ${config.mathsVersion}`;
    return { config, data, label };
  }
}

describe('the fused step computes what the layer-by-layer step computes, bit for bit', () => {
  const cases = Array.from({ length: 48 }, (_, k) => randomCase(1000 + k));

  it('covers the element-wise activations, every output and every loss', () => {
    expect(HIDDEN).toEqual(['linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu']);
    const outputs = cases.map((c) => c.config.network.output.activation);
    expect(new Set(outputs)).toEqual(new Set(OUTPUT_ACTIVATIONS));
    expect(new Set(cases.map((c) => c.config.network.loss))).toEqual(new Set(LOSSES));
  });

  it.each(cases)('one step: $label', ({ config, data }) => {
    const fused = new Trainer(config, data);
    const plain = new Trainer(config, data);
    const io = new Float64Array(2);
    const { network, ws, grads, effectiveBatchSize } = fused;
    const { l1, l2 } = penaltyCoefficients(fused.regularization);
    const sgd = fused.optimizer.kind === 'sgd' && l1 === 0 && l2 === 0;
    const step = fusedStepFor(network, ws, grads, effectiveBatchSize, GRADIENT_LIMIT, io, sgd);
    expect(step).not.toBeNull();
    const rows = fused.nextBatch();
    expect(plain.nextBatch()).toBe(rows);
    io[0] = fused.learningRate;
    expect(step!()).toBe(true);
    // Without SGD's own update the step ends at the gradients; the optimizer takes them.
    if (!sgd) applyUpdate(fused.groups, fused.optimizer, io[0], 1, l1, l2, null);
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
    expect(plain.stepsFused).toBe(0);
    expect(fused.stepsFused).toBeGreaterThan(200);
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
    return trainer.stepsFused;
  }

  it('plain SGD on the default network takes it for all but the last step of a run', () => {
    expect(fusedAfter(configWith(tiny))).toBe(49);
  });

  it('every optimizer and penalty takes it too: the step stops at the gradients', () => {
    expect(fusedAfter(configWith({ ...tiny, optimizer: { kind: 'momentum' } }))).toBe(49);
    expect(fusedAfter(configWith({ ...tiny, optimizer: { kind: 'adam' } }))).toBe(49);
    expect(fusedAfter(configWith({ ...tiny, regularization: { kind: 'l2', rate: 0.01 } }))).toBe(
      49,
    );
  });

  it('the cross-entropies take it too; batch norm and dropout go layer by layer', () => {
    const bce = configWith({
      ...tiny,
      output: { activation: 'sigmoid', bias: true },
      loss: 'bce',
    });
    expect(fusedAfter(bce)).toBe(49);
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

  it('live changes of optimizer and penalty between runs: the same bits as step by step', () => {
    const fused = new Trainer(configWith(tiny), data);
    const plain = new Trainer(configWith(tiny), data);
    const changes = [
      (t: Trainer) => t.setOptimizer({ ...t.optimizer, kind: 'momentum', learningRate: 0.1 }),
      (t: Trainer) => t.setRegularization({ kind: 'elastic', rate: 0.003, l1Ratio: 0.5 }),
      (t: Trainer) => t.setOptimizer({ ...t.optimizer, kind: 'sgd' }),
      (t: Trainer) => t.setRegularization({ kind: 'none', rate: 0, l1Ratio: 0.5 }),
    ];
    for (const change of [() => {}, ...changes]) {
      change(fused);
      change(plain);
      expect(fused.run(40)).toBeNull();
      for (let k = 0; k < 40; k++) expect(plain.step()).toEqual({ ok: true });
    }
    expect(fused.stepsFused).toBe(5 * 39);
    expectSameBits(fused, plain);
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
    expect(fused.stepsFused).toBe(report!.step);
    expect(fused.network.weights.every((w, l) => bitEqual(w, plain.network.weights[l]))).toBe(true);
  });
});

describe('the fused step source', () => {
  it('holds names, integers and operators only: nothing from the run is written into it', () => {
    const source = fusedSource([2, 4, 2, 1], 10, [true, false, true], true);
    expect(source).toMatch(/^[\w\s.+\-*/=;(){}[\],!<>%]*$/);
    // Layer 2 has no bias: its biases are not updated, but their gradient is still written.
    expect(source).toContain('GB2[1] = gb2_1;');
    expect(source).not.toContain('B2[1] = b2_1');
    expect(source).toContain('B3[0] = b3_0 + -lr * gb3_0;');
  });

  it('for the other optimizers it writes the gradients and leaves the weights alone', () => {
    const source = fusedSource([2, 4, 2, 1], 10, [true, true, true], false);
    expect(source).toContain('GW1[7] = g1_3_1;');
    expect(source).toContain('GB3[0] = gb3_0;');
    expect(source).not.toMatch(/\b[WB]\d\[\d+\] =/);
  });

  it('where compiling is forbidden (a content security policy without eval) it goes layer by layer', () => {
    const original = globalThis.Function;
    globalThis.Function = function refuse() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    } as unknown as FunctionConstructor;
    try {
      const config = configWith({ hidden: [layer(4, 'tanh'), layer(2, 'tanh')], batchSize: 10 });
      const data = tableDataset(
        randomMatrix(testRandom(3), 30, 2),
        randomMatrix(testRandom(4), 30, 1),
      );
      const trainer = new Trainer(config, data);
      const reference = new Trainer(config, data);
      expect(trainer.run(30)).toBeNull();
      for (let k = 0; k < 30; k++) reference.step();
      expect(trainer.stepsFused).toBe(0);
      expectSameBits(trainer, reference);
    } finally {
      globalThis.Function = original;
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../../src/config/types';
import { traceOps, traceStep, type StepTrace } from '../../../src/engine/trace';
import { Trainer } from '../../../src/engine/trainer';
import { bitEqual, configWith, layer, randomMatrix, tableDataset, testRandom } from './fixtures';
import { refCost, refDH, refH, refOutputDelta, type RefActivation } from './reference';

const rand = testRandom(2024);
const XS = randomMatrix(rand, 11, 3);
const YS = XS.map((x) => [Math.tanh(x[0] - x[1]), 0.5 * x[2]]);
const DATASET = tableDataset(XS, YS);

function config(patch: Parameters<typeof configWith>[0] = {}): RunConfig {
  return configWith({
    hidden: [layer(4, 'tanh'), layer(3, 'sigmoid')],
    output: { activation: 'linear', bias: true },
    loss: 'half-sse',
    init: { kind: 'xavier-normal', scale: 0 },
    optimizer: { kind: 'sgd', learningRate: 0.2 },
    batchSize: 4,
    seed: 8,
    ...patch,
  });
}

function everything(t: Trainer): Float64Array[] {
  return [
    ...t.network.weights,
    ...t.network.biases,
    ...t.groups.map((g) => g.first),
    ...t.groups.map((g) => g.second),
  ];
}

describe('tracing does not change training', () => {
  it.each(['sgd', 'momentum', 'adam'] as const)(
    '%s: weights after 12 steps are bit-identical whether some steps were traced',
    (kind) => {
      const patch = {
        optimizer: { kind, learningRate: 0.05 },
        hidden: [layer(4, 'tanh', true, 0.25), layer(3, 'sigmoid')],
      };
      const plain = new Trainer(config(patch), DATASET);
      const traced = new Trainer(config(patch), DATASET);
      for (let s = 0; s < 12; s++) {
        plain.step();
        if (s === 0 || s === 4 || s === 5 || s === 9) traceStep(traced);
        else traced.step();
      }
      const a = everything(plain);
      const b = everything(traced);
      a.forEach((arr, k) => expect(bitEqual(arr, b[k])).toBe(true));
      expect([traced.stepsDone, traced.epoch]).toEqual([plain.stepsDone, plain.epoch]);
    },
  );

  it('a traced step on hand-picked samples equals stepOnSamples and keeps the epoch', () => {
    const a = new Trainer(config(), DATASET);
    const b = new Trainer(config(), DATASET);
    a.run(2);
    b.run(2);
    const trace = traceStep(a, [3, 7]);
    b.stepOnSamples([3, 7]);
    everything(a).forEach((arr, k) => expect(bitEqual(arr, everything(b)[k])).toBe(true));
    expect(trace.samples.map((s) => s.index)).toEqual([3, 7]);
    expect(trace.epoch).toBe(0);
    expect(a.epoch).toBe(0);
    // the next regular batches are the same as without the interruption
    a.step();
    b.step();
    expect(Array.from(a.batch.indices)).toEqual(Array.from(b.batch.indices));
  });
});

describe('trace numbers follow the formulas', () => {
  const cfg = config({ regularization: { kind: 'none' } });
  const acts: RefActivation[] = ['tanh', 'sigmoid', 'linear'];
  const trainer = new Trainer(cfg, DATASET);
  trainer.run(3); // somewhere in the middle of training
  const trace: StepTrace = traceStep(trainer);
  const sizes = [3, 4, 3, 2];
  const W = (l: number, j: number, i: number) => trace.weightsBefore[l - 1][j * sizes[l - 1] + i];

  it('records where the step was', () => {
    expect(trace.step).toBe(3);
    expect(trace.sizes).toEqual(sizes);
    expect(trace.samples.length).toBe(4);
    expect(trace.learningRate).toBe(0.2);
    expect(trace.optimizerStep).toBe(4);
    expect(trace.outcome.ok).toBe(true);
  });

  it('z⁽⁰⁾ is the sample, the target its row', () => {
    for (const s of trace.samples) {
      expect(Array.from(s.z[0])).toEqual(XS[s.index]);
      expect(Array.from(s.target)).toEqual(YS[s.index]);
    }
  });

  it('a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and z⁽ˡ⁾ = h(a⁽ˡ⁾), recomputed from the trace’s own numbers', () => {
    for (const s of trace.samples) {
      for (let l = 1; l <= 3; l++) {
        for (let j = 0; j < sizes[l]; j++) {
          let a = trace.biasesBefore[l - 1][j];
          for (let i = 0; i < sizes[l - 1]; i++) a += W(l, j, i) * s.z[l - 1][i];
          expect(s.a[l - 1][j]).toBeCloseTo(a, 14);
          expect(s.z[l][j]).toBeCloseTo(refH(acts[l - 1], a), 14);
        }
      }
    }
  });

  it('δ⁽ᴸ⁾ = ∂C/∂a and δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾); the cost is the reference cost', () => {
    for (const s of trace.samples) {
      const aL = Array.from(s.a[2]);
      const y = Array.from(s.target);
      const dL = refOutputDelta('half-sse', 'linear', aL, y);
      dL.forEach((v, k) => expect(s.delta[2][k]).toBeCloseTo(v, 14));
      expect(s.cost).toBeCloseTo(refCost('half-sse', 'linear', aL, y), 14);
      for (let l = 3; l >= 2; l--) {
        for (let i = 0; i < sizes[l - 1]; i++) {
          let back = 0;
          for (let j = 0; j < sizes[l]; j++) back += W(l, j, i) * s.delta[l - 1][j];
          const want = refDH(acts[l - 2], s.a[l - 2][i]) * back;
          expect(s.delta[l - 2][i]).toBeCloseTo(want, 14);
        }
      }
    }
    const mean = trace.samples.reduce((sum, s) => sum + s.cost, 0) / trace.samples.length;
    expect(trace.batchLoss).toBeCloseTo(mean, 14);
  });

  it('∂C/∂W⁽ˡ⁾ = mean over the batch of δ⁽ˡ⁾ z⁽ˡ⁻¹⁾ᵀ and ∂C/∂b⁽ˡ⁾ = mean of δ⁽ˡ⁾', () => {
    const n = trace.samples.length;
    for (let l = 1; l <= 3; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        let gb = 0;
        for (const s of trace.samples) gb += s.delta[l - 1][j] / n;
        expect(trace.biasGrads[l - 1][j]).toBeCloseTo(gb, 14);
        for (let i = 0; i < sizes[l - 1]; i++) {
          let g = 0;
          for (const s of trace.samples) g += (s.delta[l - 1][j] * s.z[l - 1][i]) / n;
          expect(trace.weightGrads[l - 1][j * sizes[l - 1] + i]).toBeCloseTo(g, 14);
        }
      }
    }
  });

  it('SGD: weightsAfter = weightsBefore − η·∂C/∂W, the same for biases', () => {
    for (let l = 0; l < 3; l++) {
      trace.weightsAfter[l].forEach((w, k) =>
        expect(w).toBeCloseTo(trace.weightsBefore[l][k] - 0.2 * trace.weightGrads[l][k], 15),
      );
      trace.biasesAfter[l].forEach((b, k) =>
        expect(b).toBeCloseTo(trace.biasesBefore[l][k] - 0.2 * trace.biasGrads[l][k], 15),
      );
      expect(bitEqual(trace.weightsAfter[l], trainer.network.weights[l])).toBe(true);
    }
  });
});

describe('trace of regularization and optimizer state', () => {
  it('with L2 and momentum: v′ = μv − η(∂C/∂W + λw) and w′ = w + v′, biases unpenalized', () => {
    const t = new Trainer(
      config({
        optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.8 },
        regularization: { kind: 'l2', rate: 0.3 },
      }),
      DATASET,
    );
    t.run(2);
    const trace = traceStep(t);
    expect(trace.penalty).toEqual({ l1: 0, l2: 0.3 });
    for (let l = 0; l < 3; l++) {
      const vW = trace.stateBefore.first[2 * l];
      trace.weightsBefore[l].forEach((w, k) => {
        const v = 0.8 * vW[k] - 0.1 * (trace.weightGrads[l][k] + 0.3 * w);
        expect(trace.stateAfter.first[2 * l][k]).toBeCloseTo(v, 15);
        expect(trace.weightsAfter[l][k]).toBeCloseTo(w + v, 15);
      });
      const vb = trace.stateBefore.first[2 * l + 1];
      trace.biasesBefore[l].forEach((b, k) => {
        const v = 0.8 * vb[k] - 0.1 * trace.biasGrads[l][k];
        expect(trace.biasesAfter[l][k]).toBeCloseTo(b + v, 15);
      });
    }
  });

  it('with dropout, a⁽ˡ⁺¹⁾ is computed from z⁽ˡ⁾ ⊙ mask and the masks are recorded', () => {
    const t = new Trainer(
      config({ hidden: [layer(4, 'tanh', true, 0.5), layer(3, 'sigmoid')] }),
      DATASET,
    );
    const trace = traceStep(t);
    const sizes = trace.sizes;
    for (const s of trace.samples) {
      expect(s.mask[0]).toBeNull();
      expect(s.mask[2]).toBeNull();
      const m = s.mask[1]!;
      for (let j = 0; j < sizes[2]; j++) {
        let a = trace.biasesBefore[1][j];
        for (let i = 0; i < sizes[1]; i++) {
          a += trace.weightsBefore[1][j * sizes[1] + i] * s.z[1][i] * m[i];
        }
        expect(s.a[1][j]).toBeCloseTo(a, 14);
      }
    }
  });
});

describe('trace operations', () => {
  it('order and count for a 2-layer network on 2 samples', () => {
    const L = (layer: number, sample: number) => [
      { kind: 'forward-linear', layer, sample },
      { kind: 'forward-activation', layer, sample },
    ];
    expect(traceOps(2, 2)).toEqual([
      ...L(1, 0),
      ...L(2, 0),
      { kind: 'loss', sample: 0 },
      { kind: 'output-delta', sample: 0 },
      { kind: 'backward-delta', layer: 1, sample: 0 },
      ...L(1, 1),
      ...L(2, 1),
      { kind: 'loss', sample: 1 },
      { kind: 'output-delta', sample: 1 },
      { kind: 'backward-delta', layer: 1, sample: 1 },
      { kind: 'gradients', layer: 2 },
      { kind: 'gradients', layer: 1 },
      { kind: 'update', layer: 1 },
      { kind: 'update', layer: 2 },
    ]);
  });

  it('count: per sample 2L forward + loss + output delta + (L−1) backward; then 2L', () => {
    // L = 3, 4 samples: 4·(6 + 2 + 2) + 6 = 46
    const t = new Trainer(config(), DATASET);
    const ops = traceStep(t).ops;
    expect(ops.length).toBe(46);
    expect(
      ops.filter((o) => o.kind === 'backward-delta').map((o) => ('layer' in o ? o.layer : 0)),
    ).toEqual([2, 1, 2, 1, 2, 1, 2, 1]);
    expect(traceOps(1, 1).map((o) => o.kind)).toEqual([
      'forward-linear',
      'forward-activation',
      'loss',
      'output-delta',
      'gradients',
      'update',
    ]);
  });
});

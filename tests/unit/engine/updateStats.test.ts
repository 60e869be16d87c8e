/**
 * The update statistics (Σ(Δw)² and Σw² per parameter array, for the update-to-weight ratio)
 * are worked out only for the last step of a run(): the steps before it skip them. Skipping
 * must not touch the training itself, and the statistics that are worked out must be the
 * update's own.
 */
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, type OptimizerName } from '../../../src/core/choices/optimizers';
import { Trainer } from '../../../src/engine/trainer';
import { bitEqual, configWith, layer, tableDataset, testRandom } from './fixtures';

function dataset(seed: number) {
  const random = testRandom(seed);
  const inputs = Array.from({ length: 40 }, () => [random() * 2 - 1, random() * 2 - 1]);
  return tableDataset(
    inputs,
    inputs.map(([x, y]) => [x * y > 0 ? 1 : 0]),
  );
}

function trainer(kind: OptimizerName): Trainer {
  return new Trainer(
    configWith({
      hidden: [layer(5, 'tanh'), layer(3, 'relu')],
      output: { activation: 'sigmoid', bias: true },
      loss: 'bce',
      optimizer: { kind, learningRate: 0.05 },
      regularization: { kind: 'elastic', rate: 0.01, l1Ratio: 0.5 },
      batchSize: 7,
      seed: 5,
    }),
    dataset(9),
  );
}

/** Every parameter and optimizer state array of a trainer, in order. */
function everything(t: Trainer): Float64Array[] {
  return t.groups.flatMap((g) => [g.param, g.first, g.second]);
}

describe('update statistics only where they are read', () => {
  for (const kind of OPTIMIZERS) {
    it(`${kind}: run(n) trains to the bits of n single steps and keeps the last step's statistics`, () => {
      const stepped = trainer(kind);
      const ran = trainer(kind);
      for (let k = 0; k < 23; k++) stepped.step();
      expect(ran.run(23)).toBeNull();
      const a = everything(stepped);
      const b = everything(ran);
      for (let k = 0; k < a.length; k++) expect(bitEqual(a[k], b[k])).toBe(true);
      expect(bitEqual(ran.updateStats.updateSq, stepped.updateStats.updateSq)).toBe(true);
      expect(bitEqual(ran.updateStats.paramSq, stepped.updateStats.paramSq)).toBe(true);
    });
  }

  it('the statistics of a run are those of its last update, measured from the weights', () => {
    const t = trainer('adam');
    t.run(10);
    const before = t.groups.map((g) => Float64Array.from(g.param));
    t.run(5);
    // Only the last of the five steps is measured: replay four of them on a twin, then compare.
    const twin = trainer('adam');
    twin.run(14);
    const beforeLast = twin.groups.map((g) => Float64Array.from(g.param));
    twin.run(1);
    for (let gi = 0; gi < t.groups.length; gi++) {
      const w = t.groups[gi].param;
      let du2 = 0;
      let w2 = 0;
      for (let k = 0; k < w.length; k++) {
        du2 += (w[k] - beforeLast[gi][k]) ** 2;
        w2 += w[k] ** 2;
      }
      const trainable = t.groups[gi].trainable;
      expect(t.updateStats.paramSq[gi]).toBeCloseTo(trainable ? w2 : 0, 12);
      expect(t.updateStats.updateSq[gi]).toBeCloseTo(trainable ? du2 : 0, 12);
      // … and not those of the five steps together.
      if (trainable && w.length > 0) {
        let five = 0;
        for (let k = 0; k < w.length; k++) five += (w[k] - before[gi][k]) ** 2;
        expect(Math.abs(t.updateStats.updateSq[gi] - five)).toBeGreaterThan(0);
      }
    }
  });

  it('a run that diverges after unmeasured steps says its statistics are unknown', () => {
    const t = trainer('sgd');
    t.run(3);
    expect(t.updateStats.updateSq.every((x) => Number.isFinite(x))).toBe(true);
    t.setOptimizer({ ...t.optimizer, learningRate: 1e300 });
    const divergence = t.run(50);
    expect(divergence).not.toBeNull();
    expect(t.updateStats.updateSq.every((x) => Number.isNaN(x))).toBe(true);
    expect(t.updateStats.paramSq.every((x) => Number.isNaN(x))).toBe(true);
  });
});

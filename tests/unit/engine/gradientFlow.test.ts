import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { HiddenActivation, InitializerName, RunConfig } from '../../../src/config/types';
import { SnapshotWriter } from '../../../src/engine/snapshot';
import { LAYER_STATS, LayerStat } from '../../../src/engine/stats';
import { prepareRun } from '../../../src/run/prepare';

/** The default circle run with 8 hidden layers of 8 units of one activation. */
function deepConfig(activation: HiddenActivation, init: InitializerName): RunConfig {
  const config = defaultConfig();
  config.network.hidden = Array.from({ length: 8 }, () => ({
    size: 8,
    activation,
    bias: true,
    dropout: 0,
  }));
  config.network.init = { kind: init, scale: 0.1 };
  return config;
}

/** mean |∂C/∂W⁽ˡ⁾| for l = 1 … L, read from a snapshot taken after `steps` steps. */
function meanAbsGrads(config: RunConfig, steps: number): number[] {
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  run.trainer.run(steps);
  const writer = new SnapshotWriter(run.trainer);
  const snap = writer.allocate();
  writer.write(snap, 0, {
    trainLoss: 0,
    trainAccuracy: 0,
    testLoss: 0,
    testAccuracy: 0,
    evaluatedAt: 0,
  });
  const depth = writer.layout.sizes.length - 1;
  return Array.from(
    { length: depth },
    (_, k) => snap[writer.layout.stats + k * LAYER_STATS + LayerStat.meanAbsGrad],
  );
}

describe('gradient flow through a deep network (issue 4 acceptance, engine level)', () => {
  it('8 sigmoid layers: the last layer’s mean |∂C/∂W| is at least 100× the first’s', () => {
    for (const steps of [1, 300]) {
      const g = meanAbsGrads(deepConfig('sigmoid', 'xavier-uniform'), steps);
      expect(g).toHaveLength(9);
      expect(g.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
      expect(g[8] / g[0], `after ${steps} steps`).toBeGreaterThanOrEqual(100);
      // σ′ ≤ 1/4: the gradient shrinks by a factor of several per layer going down.
      expect(g[8] / g[4]).toBeGreaterThan(10);
    }
  });

  it('the same network with ReLU and He initialization keeps the ratio within 100×', () => {
    for (const steps of [1, 300]) {
      const g = meanAbsGrads(deepConfig('relu', 'he-normal'), steps);
      const ratio = g[8] / g[0];
      expect(ratio).toBeLessThan(100);
      expect(ratio).toBeGreaterThan(0.01);
    }
  });
});

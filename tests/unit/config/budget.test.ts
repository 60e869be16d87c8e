import { describe, expect, it } from 'vitest';
import {
  applyBudget,
  BUDGET,
  layerWidthBounds,
  memoryBytes,
  stepMultiplyAdds,
} from '../../../src/config/budget';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import type { Problem } from '../../../src/config/problems';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { prepareRun } from '../../../src/run/prepare';

/** The 98-character link of issue 8: one step took 19 s and 909 MB before the budget. */
const GIGABYTE_LINK =
  'ds=digits&px=28&n=10000&test=0&h=256r,256r,256r,256r,256r,256r,256r,256r,256r,256r&batch=10000&v=1';

describe('the work budget', () => {
  it('counts multiply-adds and bytes by hand for a small network', () => {
    // 2 → 3 → 1: 6 + 3 = 9 weights; batch 4 → 3 × 4 × 9 = 108.
    expect(stepMultiplyAdds([2, 3, 1], 4)).toBe(108);
    // data: 3 copies × 10 samples × (2 + 1); activations: 4 arrays × 4 rows × (2 + 3 + 1).
    expect(memoryBytes([2, 3, 1], 4, 10)).toBe(8 * (3 * 10 * 3 + 4 * 4 * 6));
  });

  it('clamps the batch of the gigabyte link and names the field and the reason', () => {
    expect(GIGABYTE_LINK.length).toBe(98);
    const { config, problems } = decodeLink(GIGABYTE_LINK);
    const widths = layerWidthBounds(config);
    expect(widths).toEqual([784, ...Array<number>(10).fill(256), 10]);
    // 793 088 weights × 3 = 2 379 264 per sample; 50 000 000 / that = 21.
    expect(config.training.batchSize).toBe(21);
    expect(stepMultiplyAdds(widths, 21)).toBeLessThanOrEqual(BUDGET.stepMultiplyAdds);
    expect(stepMultiplyAdds(widths, 22)).toBeGreaterThan(BUDGET.stepMultiplyAdds);
    expect(config.data.samples).toBe(10000);
    const batch = problems.find((p) => p.field === 'training.batchSize');
    expect(batch?.message).toBe(
      'batch size 10000 with these layers needs 23793 million multiply-adds per step, ' +
        'above the budget of 50 million; using batch size 21',
    );
  });

  it('makes one step of the gigabyte link take well under a second', () => {
    const { config } = decodeLink(GIGABYTE_LINK);
    const run = prepareRun(config, { digits: loadDigitsFromDisk() });
    if (!run.ok) throw new Error(run.error);
    run.trainer.run(1);
    const start = performance.now();
    run.trainer.run(3);
    const perStep = (performance.now() - start) / 3;
    // About 40 ms on an idle 2-core machine (19 s before the budget); generous for a shared one.
    expect(perStep).toBeLessThan(2000);
  }, 60_000);

  it('clamps the samples when the data alone would not fit (beyond what LIMITS allow)', () => {
    const config = defaultConfig();
    config.data.dataset = 'digits';
    config.data.digitSize = 28;
    config.data.samples = 100_000; // not reachable through validation: LIMITS stop at 10 000
    config.training.batchSize = 10;
    const problems: Problem[] = [];
    applyBudget(config, problems);
    // The batch goes first (down to 1), then the samples.
    expect(config.training.batchSize).toBe(1);
    const widths = layerWidthBounds(config);
    expect(memoryBytes(widths, 1, config.data.samples)).toBeLessThanOrEqual(BUDGET.memoryBytes);
    expect(memoryBytes(widths, 1, config.data.samples + 1)).toBeGreaterThan(BUDGET.memoryBytes);
    expect(problems.map((p) => p.field)).toEqual(['training.batchSize', 'data.samples']);
    expect(problems[1].message).toMatch(
      /^100000 samples with batch size 1 need \d+ MB .*using \d+ samples$/,
    );
  });

  it('leaves a config within the budget exactly as it was', () => {
    const { config, problems } = decodeLink('ds=digits&n=300&h=16r&batch=32&v=1');
    expect(problems).toEqual([]);
    expect(config.training.batchSize).toBe(32);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/config/link';
import { MAX_PROBLEMS } from '../../src/config/problems';
import { validateConfig } from '../../src/config/validate';
import { BUDGET, layerWidthBounds, stepMultiplyAdds } from '../../src/config/budget';
import { loadDigitsFromDisk } from '../../src/data/digitsNode';
import { prepareRun } from '../../src/run/prepare';
import { hostileLink } from '../fixtures/hostileLinks';

const LINKS = 10_000;
const REPLAYED = 300;
const SLOWEST_MS = 2000;

describe('the reliability suite: generated hostile links', () => {
  it(`decodes and validates ${LINKS} of them: no throw, bounded, within the budget, each under 2 s`, () => {
    let slowest = 0;
    for (let seed = 0; seed < LINKS; seed++) {
      const link = hostileLink(seed);
      const start = performance.now();
      const { config, problems } = decodeLink(link);
      const again = validateConfig(config);
      const took = performance.now() - start;
      slowest = Math.max(slowest, took);
      // The guard in decodeLink would turn a throw into this message.
      expect(
        problems.some((p) => p.message.startsWith('the link could not be read')),
        link,
      ).toBe(false);
      expect(problems.length, link).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      expect(again.problems, link).toEqual([]);
      const widths = layerWidthBounds(config);
      expect(stepMultiplyAdds(widths, config.training.batchSize), link).toBeLessThanOrEqual(
        BUDGET.stepMultiplyAdds,
      );
    }
    expect(slowest).toBeLessThan(SLOWEST_MS);
  }, 240_000);

  it(`replays ${REPLAYED} of them a few steps each, every one under 2 s`, () => {
    const digits = loadDigitsFromDisk();
    let started = 0;
    let slowest = 0;
    for (let seed = 0; seed < REPLAYED; seed++) {
      const link = hostileLink(seed * 31 + 7);
      const start = performance.now();
      const { config } = decodeLink(link);
      const run = prepareRun(config, config.data.dataset === 'digits' ? { digits } : {});
      if (run.ok) {
        started++;
        run.trainer.run(3);
        expect(run.trainer.stepsDone, link).toBeLessThanOrEqual(3);
      } else {
        expect(run.error, link).toMatch(/\S/);
      }
      slowest = Math.max(slowest, performance.now() - start);
    }
    // Most hostile links still describe a run that starts (bad fields fall back).
    expect(started).toBeGreaterThan(REPLAYED / 2);
    expect(slowest).toBeLessThan(SLOWEST_MS);
  }, 240_000);
});

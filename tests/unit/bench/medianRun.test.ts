import { describe, expect, it } from 'vitest';
import type { AppRun, HeadlessRun } from '../../../bench/ui/measure';
import { uiBenchNetworks } from '../../../bench/ui/networks';
import { medianRun, type NetworkResult } from '../../../bench/ui/report';

const network = uiBenchNetworks()[0];

/** A measurement whose page trained `app` steps/s next to `engine` steps/s alone. */
function run(app: number, engine: number): NetworkResult {
  const headless = (stepsPerSecond: number): HeadlessRun => ({
    stepsPerSecond,
    steps: stepsPerSecond,
    ms: 1000,
    cpu: null,
  });
  return {
    network,
    app: { frames: { stepsPerSecond: app } } as AppRun,
    engine: headless(engine),
    session: headless(engine),
  };
}

describe('medianRun', () => {
  it('keeps the repeat with the median worker share and lists every share in order', () => {
    const runs = [run(325, 473), run(428, 470), run(337, 403)];
    const median = medianRun(runs);
    // Shares 68.7%, 91.1%, 83.6%: the median is the third repeat, whole.
    expect(median.app).toBe(runs[2].app);
    expect(median.engine).toBe(runs[2].engine);
    expect(median.shares?.map((s) => Math.round(s * 1000) / 10)).toEqual([68.7, 91.1, 83.6]);
  });

  it('leaves a single measurement as it is', () => {
    const only = run(500, 600);
    expect(medianRun([only])).toBe(only);
  });
});

import { describe, expect, it } from 'vitest';
import { openingLine } from '../../../bench/ui/report';

describe('openingLine', () => {
  it('gives the time until usable, its bar and the ratio to the engine alone', () => {
    const run = {
      step: 1_000_000,
      appMs: 2_530,
      engineMs: 1_840,
      progressReadings: 12,
      stoppable: true,
    };
    expect(openingLine(run, 2_000)).toBe(
      'Opening the default network at step=1000000: usable after 2.53 s (bar ≤ 2.00 s: MISS); ' +
        'the engine alone trains those steps in 1.84 s in a worker, so opening takes 1.38× ' +
        'the engine alone; on the way the progress bar moved 12 times and Stop here was offered.',
    );
    expect(openingLine({ ...run, appMs: 1_990 }, 2_000)).toContain(
      'usable after 1.99 s (bar ≤ 2.00 s: PASS)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { OpeningRun } from '../../../bench/ui/measure';
import { openingLine } from '../../../bench/ui/report';

const run: OpeningRun = {
  step: 1_000_000,
  appMs: 2_530,
  appRunsMs: [2_530],
  phases: [{ readyMs: Number.NaN, trainedMs: Number.NaN, usableMs: 2_530 }],
  barMs: 410,
  lastBarMs: 2_480,
  engineMs: 1_840,
  engineRunsMs: [1_840],
  limitMs: null,
  limitRunsMs: [],
  appCpu: null,
  engineCpu: null,
  progressReadings: 12,
  stoppable: true,
};

describe('openingLine', () => {
  it('gives the time until usable, its bar and the ratio to the engine alone', () => {
    const [first, wall] = openingLine(run, 2_000).split('\n');
    expect(first).toBe(
      'Opening the default network at step=1000000: usable after 2.53 s (bar ≤ 2.00 s: MISS); ' +
        'the engine alone trains those steps in 1.84 s in a worker, so opening takes 1.38× ' +
        'the engine alone; on the way the progress bar moved 12 times and Stop here was offered.',
    );
    expect(wall).toBe(
      '  Wall clock: the progress bar showed at 0.41 s (page load, worker start, data), last ' +
        'moved at 2.48 s, the page was usable 50 ms later.',
    );
    expect(openingLine({ ...run, appMs: 1_990 }, 2_000)).toContain(
      'usable after 1.99 s (bar ≤ 2.00 s: PASS)',
    );
  });

  it('compares CPU time with the engine alone when it has CPU figures', () => {
    const cpu = (worker: number, main: number) => ({
      worker,
      main,
      renderer: worker + main + 100,
      gpu: 50,
    });
    const line = openingLine(
      { ...run, appCpu: cpu(2_000, 600), engineCpu: cpu(1_600, 0) },
      2_000,
    ).split('\n')[2];
    expect(line).toContain('the openings 2.00 s in workers + 0.60 s on the page');
    expect(line).toContain("Opening's worker CPU / engine's: 1.25×");
    // Renderer 2.70 s against the engine's 1.60 s; 1.60 s of CPU in 1.84 s of wall time.
    expect(line).toContain("renderer CPU / engine's: 1.69×");
    expect(line).toContain('the engine got 87% of a core');
  });

  it('names every run when there were several, and counts the fastest', () => {
    const lines = openingLine(
      { ...run, appRunsMs: [2_900, 2_530, 2_610], engineRunsMs: [1_900, 1_840, 1_870] },
      2_000,
    ).split('\n');
    expect(lines[1]).toBe(
      '  Runs: usable after 2.90 s, 2.53 s, 2.61 s; engine alone 1.90 s, 1.84 s, 1.87 s ' +
        '(the fastest of each counts).',
    );
  });

  it('sets the engine and the opening against the reference limit when it ran', () => {
    const lines = openingLine(
      { ...run, appRunsMs: [2_530, 2_600], limitMs: 2_300, limitRunsMs: [2_300, 2_350] },
      2_000,
    ).split('\n');
    expect(lines[1]).toContain('engine alone 1.84 s; the limit 2.30 s, 2.35 s (the fastest');
    expect(lines[lines.length - 1]).toBe(
      '  The reference limit (shared/bench/limit.cjs: Math.tanh, data in order, no statistics) ' +
        'trains the same steps on the same data in 2.30 s in a worker: the engine alone takes ' +
        "0.80× the limit's time, the opening 1.10×.",
    );
  });

  it("splits the fastest run into its phases when it saw the worker's times", () => {
    const phases = [
      { readyMs: 420, trainedMs: 2_600, usableMs: 2_900 },
      { readyMs: 380, trainedMs: 2_390, usableMs: 2_530 },
    ];
    const lines = openingLine(
      { ...run, appRunsMs: [2_900, 2_530], engineRunsMs: [1_900, 1_840], phases },
      2_000,
    ).split('\n');
    // Trained 2.39 − 0.38 = 2.01 s against 1.84 s; 0.38 + 1.84 + 0.14 = 2.36 s.
    expect(lines[3]).toBe(
      '  Phases (fastest run): the run was built and training at 0.38 s (page load, worker ' +
        "start, data); it trained for 2.01 s, the engine alone for 1.84 s (the page's own work " +
        'cost the worker 0.17 s); from the end of training to usable, 140 ms. With the worker ' +
        'as fast as the engine alone: 2.36 s.',
    );
    expect(lines[4]).toBe(
      '  Each run (training from → trained → usable): 0.42 s → 2.60 s → 2.90 s; ' +
        '0.38 s → 2.39 s → 2.53 s.',
    );
  });

  it('leaves out the lines it has no figures for', () => {
    expect(openingLine({ ...run, barMs: Number.NaN }, 2_000).split('\n')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { prepareRun } from '../../../src/run/prepare';
import { BackgroundJobs, JOB_INTERVAL_MS } from '../../../src/worker/backgroundJobs';

/** Jobs on the default run with a clock the test moves (jobs then take no time at all). */
function setup(): { jobs: BackgroundJobs; tick: (ms: number) => void; train: () => void } {
  const run = prepareRun(defaultConfig());
  if (!run.ok) throw new Error(run.error);
  let clock = 0;
  const jobs = new BackgroundJobs(() => clock);
  jobs.start(run.trainer, run.dataset);
  return {
    jobs,
    tick: (ms) => (clock += ms),
    train: () => void run.trainer.run(1),
  };
}

describe('background jobs while playing', () => {
  it('measure the loss at most every 50 ms and compute a map at most every 100 ms', () => {
    const { jobs, tick, train } = setup();
    let maps = 0;
    let evaluations = 0;
    // One simulated second of play: a step and a look at the jobs every millisecond.
    for (let ms = 0; ms < 1000; ms++) {
      train();
      if (jobs.runDue(false)) maps++;
      evaluations += jobs.takeHistory().length;
      tick(1);
    }
    expect(JOB_INTERVAL_MS).toEqual({ evaluation: 50, map: 100 });
    // 1000 / 50 = 20 evaluations and 1000 / 100 = 10 maps at most; turns alternate, so each
    // kind still comes at close to its own pace.
    expect(evaluations).toBeLessThanOrEqual(20);
    expect(evaluations).toBeGreaterThanOrEqual(14);
    expect(maps).toBeLessThanOrEqual(10);
    expect(maps).toBeGreaterThanOrEqual(8);
  });

  it('run both at once when forced (a pause, a step), however recent the last ones', () => {
    const { jobs, tick, train } = setup();
    train();
    jobs.runDue(true);
    expect(jobs.takeHistory()).toHaveLength(1);
    tick(1);
    train();
    const map = jobs.runDue(true);
    expect(map?.step).toBe(2);
    expect(jobs.takeHistory().map((p) => p.step)).toEqual([2]);
  });
});

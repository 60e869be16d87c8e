import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { Header } from '../../../src/engine';
import { prepareRun } from '../../../src/run/prepare';
import { SessionHarness } from './sessionHost';

/** The weights of a plain trainer after `steps` steps of the default run. */
function plainWeights(steps: number): number[] {
  const run = prepareRun(defaultConfig());
  if (!run.ok) throw new Error(run.error);
  run.trainer.run(steps);
  return run.trainer.network.weights.flatMap((w) => Array.from(w));
}

function snapshotWeights(h: SessionHarness): number[] {
  const trainer = h.session.currentTrainer;
  if (!trainer) throw new Error('no run');
  return trainer.network.weights.flatMap((w) => Array.from(w));
}

describe('training session: the warm-up to a link’s opening step', () => {
  it('shows the bar before training, then reports progress a few times a second', async () => {
    const config = defaultConfig();
    config.open.step = 150_000;
    const h = new SessionHarness();
    const times: number[] = [];
    const post = h.events.push.bind(h.events);
    h.events.push = (...events) => {
      for (const e of events) if (e.type === 'warmup') times.push(performance.now());
      return post(...events);
    };
    await h.init(config);
    const reports = h.of('warmup');
    // The first report comes before any step, so the bar and Stop here show at once; the
    // second right after the first slice of training (a long opening's page draws itself then).
    expect(reports[0]).toMatchObject({ done: 0, total: 150_000 });
    expect(reports[1].done).toBeGreaterThan(0);
    expect(times[1] - times[0]).toBeLessThan(249);
    expect(reports.at(-1)).toMatchObject({ done: 150_000, total: 150_000 });
    for (let k = 1; k < reports.length; k++)
      expect(reports[k].done).toBeGreaterThanOrEqual(reports[k - 1].done);
    // From the second to the last, reports are at least 250 ms apart (timers run late in
    // Node, never early): the page redraws its bar a few times a second, no more.
    for (let k = 2; k < times.length - 1; k++)
      expect(times[k] - times[k - 1]).toBeGreaterThanOrEqual(249);
    expect(h.lastSnapshot()[Header.step]).toBe(150_000);
  });

  it('stops where it is on "Stop here": done = total, and the run is that many plain steps', async () => {
    const config = defaultConfig();
    config.open.step = 1_000_000;
    const h = new SessionHarness();
    h.send({ type: 'init', config, runId: 1 });
    await h.until(() => h.of('warmup').some((e) => e.done > 0));
    h.send({ type: 'cancel-warmup' });
    await h.until(() => h.of('snapshot').length > 0);
    const last = h.of('warmup').at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.done).toBeGreaterThan(0);
    expect(last.done).toBeLessThan(1_000_000);
    const stopped = last.done;
    expect(h.lastSnapshot()[Header.step]).toBe(stopped);
    expect(snapshotWeights(h)).toEqual(plainWeights(stopped));
    // It trains on from there.
    h.recycleAll();
    h.send({ type: 'step', count: 3 });
    expect(h.session.currentTrainer?.stepsDone).toBe(stopped + 3);
  });
});

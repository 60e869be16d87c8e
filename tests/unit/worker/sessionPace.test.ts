import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { LIMITS } from '../../../src/config/limits';
import { Header, LAYER_STATS, LayerStat, snapshotLayout } from '../../../src/engine';
import { STEPS_PER_FRAME } from '../../../src/worker/protocol';
import { SessionHarness } from './sessionHost';

describe('training session: pace, step limit and history on open', () => {
  it('plays one step a frame by default, so two seconds stay far below a finished run', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    h.send({ type: 'play' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    h.send({ type: 'pause' });
    const trained = h.session.currentTrainer?.stepsDone ?? 0;
    // 16 ms frames: about 31 steps in half a second (timers in Node run late, never early).
    expect(STEPS_PER_FRAME.slow).toBe(1);
    expect(trained).toBeGreaterThanOrEqual(5);
    expect(trained).toBeLessThanOrEqual(40);
  });

  it('never trains past the step limit: a step there is refused and playing stops', async () => {
    const h = new SessionHarness();
    const config = defaultConfig();
    // The smallest run trains fastest: a million steps take a few seconds in Node.
    config.network.hidden = [];
    config.training.batchSize = 1;
    config.open.step = LIMITS.openStep - 3;
    h.send({ type: 'init', config, runId: 1 });
    await h.until(() => h.of('snapshot').length > 0, 55_000);
    expect(h.session.currentTrainer?.stepsDone).toBe(LIMITS.openStep - 3);
    h.recycleAll();
    h.send({ type: 'step', count: 10 });
    expect(h.session.currentTrainer?.stepsDone).toBe(LIMITS.openStep);
    h.recycleAll();
    h.send({ type: 'play' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.session.currentTrainer?.stepsDone).toBe(LIMITS.openStep);
    const last = h.of('snapshot').at(-1)!;
    expect(last.playing).toBe(false);
    expect(new Float64Array(last.snapshot)[Header.step]).toBe(LIMITS.openStep);
  }, 60_000);

  it('sends the gradient-flow statistics of the steps before a link’s opening step', async () => {
    const h = new SessionHarness();
    const config = defaultConfig();
    config.open.step = 1000;
    await h.init(config);
    const points = h.of('warmup').flatMap((e) => e.layers);
    const steps = points.map((p) => p.step);
    // Every fifth step (1000 / 200), strictly before the opening step.
    expect(steps[0]).toBe(5);
    expect(steps.at(-1)).toBe(995);
    expect(steps.length).toBe(199);
    // The figures are those a snapshot at that step reports: compare one with a fresh run
    // stepped there and read through the ordinary snapshot.
    const other = new SessionHarness();
    const at = defaultConfig();
    at.open.step = 500;
    await other.init(at);
    const snap = other.lastSnapshot();
    const layout = snapshotLayout([2, 4, 2, 1]);
    const layers = 3;
    const fromSnapshot = snap.subarray(layout.stats, layout.stats + layers * LAYER_STATS);
    const fromWarmup = points.find((p) => p.step === 500)!.stats;
    expect(Array.from(fromWarmup)).toEqual(Array.from(fromSnapshot));
    expect(fromWarmup[LayerStat.gradNorm]).toBeGreaterThan(0);
  });
});

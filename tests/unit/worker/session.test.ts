import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { Header, snapshotLayout } from '../../../src/engine';
import { prepareRun } from '../../../src/run/prepare';
import { SessionHarness } from './sessionHost';

function trainerFor(config: RunConfig) {
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  return run.trainer;
}

function weightsOf(snapshot: Float64Array, sizes: number[]): number[] {
  const layout = snapshotLayout(sizes);
  const out: number[] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const n = sizes[l] * sizes[l + 1];
    out.push(...snapshot.subarray(layout.weights[l], layout.weights[l] + n));
  }
  return out;
}

describe('training session (worker side)', () => {
  it('reports the run, then a snapshot laid out for its shape', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    const [ready] = h.of('ready');
    expect(ready.info.sizes).toEqual([2, 4, 2, 1]);
    expect(ready.info.data.train.count + ready.info.data.test.count).toBe(400);
    const snap = h.lastSnapshot();
    expect(snap.length).toBe(snapshotLayout([2, 4, 2, 1]).length);
    expect(snap[Header.step]).toBe(0);
    expect(Number.isFinite(snap[Header.trainLoss])).toBe(true);
  });

  it('a Step gives exactly the weights of one plain engine step', async () => {
    const config = defaultConfig();
    const h = new SessionHarness();
    await h.init(config);
    h.recycleAll();
    h.send({ type: 'step', count: 1 });
    const snap = h.lastSnapshot();
    expect(snap[Header.step]).toBe(1);
    const plain = trainerFor(config);
    plain.step();
    const expected = plain.network.weights.flatMap((w) => Array.from(w));
    expect(weightsOf(snap, [2, 4, 2, 1])).toEqual(expected);
  });

  it('a learning-rate change applies to the very next step', async () => {
    const config = defaultConfig();
    const h = new SessionHarness();
    await h.init(config);
    h.recycleAll();
    h.send({ type: 'step', count: 3 });
    const faster = { ...config.training.optimizer, learningRate: 0.3 };
    h.send({ type: 'set-optimizer', optimizer: faster });
    const [applied] = h.of('applied');
    expect(applied.step).toBe(3);
    expect(applied.changes).toEqual([
      { step: 3, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.3 },
    ]);
    h.recycleAll();
    h.send({ type: 'step', count: 1 });
    const snap = h.lastSnapshot();

    const plain = trainerFor(config);
    plain.run(3);
    plain.setOptimizer(faster);
    plain.step();
    expect(plain.lastLearningRate).toBe(0.3);
    expect(weightsOf(snap, [2, 4, 2, 1])).toEqual(
      plain.network.weights.flatMap((w) => Array.from(w)),
    );
  });

  it('a link carrying the live change replays to the same weights', async () => {
    const config = defaultConfig();
    const h = new SessionHarness();
    await h.init(config);
    h.recycleAll();
    h.send({ type: 'step', count: 20 });
    h.send({
      type: 'set-optimizer',
      optimizer: { ...config.training.optimizer, learningRate: 0.2, kind: 'adam' },
    });
    h.send({ type: 'set-weight', layer: 1, to: 2, from: 1, value: -1.5 });
    h.recycleAll();
    h.send({ type: 'step', count: 30 });
    const changes = h.of('applied').flatMap((a) => a.changes);
    expect(changes).toEqual([
      { step: 20, kind: 'setting', path: 'training.optimizer.kind', value: 'adam' },
      { step: 20, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.2 },
      { step: 20, kind: 'weight', layer: 1, to: 2, from: 1, value: -1.5 },
    ]);
    const replayed = trainerFor({ ...config, changes });
    replayed.run(50);
    expect(weightsOf(h.lastSnapshot(), [2, 4, 2, 1])).toEqual(
      replayed.network.weights.flatMap((w) => Array.from(w)),
    );
  });

  it('an inspected step on a picked sample enters the log, so the link replays it', async () => {
    const config = defaultConfig();
    const h = new SessionHarness();
    await h.init(config);
    h.recycleAll();
    h.send({ type: 'step', count: 5 });
    h.send({ type: 'trace', samples: [42] });
    h.recycleAll();
    h.send({ type: 'step', count: 5 });
    const changes = h.of('applied').flatMap((a) => a.changes);
    expect(changes).toEqual([{ step: 5, kind: 'samples', samples: [42] }]);
    const replayed = trainerFor({ ...config, changes });
    replayed.run(11);
    expect(weightsOf(h.lastSnapshot(), [2, 4, 2, 1])).toEqual(
      replayed.network.weights.flatMap((w) => Array.from(w)),
    );
  });

  it('opens a link trained to its step, identical to a headless run of that many steps', async () => {
    const config = defaultConfig();
    config.open.step = 250;
    const h = new SessionHarness();
    await h.init(config);
    await h.until(() =>
      h.of('snapshot').some((s) => new Float64Array(s.snapshot)[Header.step] === 250),
    );
    const plain = trainerFor(config);
    plain.run(250);
    expect(weightsOf(h.lastSnapshot(), [2, 4, 2, 1])).toEqual(
      plain.network.weights.flatMap((w) => Array.from(w)),
    );
  });

  it('fills the loss curve while training up to the step a link opens at', async () => {
    const config = defaultConfig();
    config.open.step = 60_000;
    const h = new SessionHarness();
    await h.init(config);
    await h.until(() =>
      h.of('snapshot').some((s) => new Float64Array(s.snapshot)[Header.step] === 60_000),
    );
    const steps = h.of('snapshot').flatMap((s) => s.history.map((p) => p.step));
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(60_000);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeGreaterThan(steps[k - 1]);
  });

  it("draws a short opening's loss curve from evenly spaced points, each the loss at its step", async () => {
    const opened = async (step: number) => {
      const config = defaultConfig();
      config.open.step = step;
      const h = new SessionHarness();
      await h.init(config);
      await h.until(() =>
        h.of('snapshot').some((s) => new Float64Array(s.snapshot)[Header.step] === step),
      );
      return h.of('snapshot').flatMap((s) => s.history);
    };
    const points = await opened(200);
    // Every second step from 0 to 200: the time budget alone gave 3 points (0, 42 and 200).
    expect(points.map((p) => p.step)).toEqual(Array.from({ length: 101 }, (_, k) => 2 * k));
    // The point at step 120 is what a run opened at step 120 measures there.
    const at120 = (await opened(120)).at(-1)!;
    expect(at120.step).toBe(120);
    expect(points[60]).toEqual(at120);
    expect(points[100].trainLoss).toBeLessThan(points[0].trainLoss);
  });

  it('plays until paused, coalescing snapshots when the page does not hand buffers back', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    const before = h.of('snapshot').length;
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    h.send({ type: 'pause' });
    const sent = h.of('snapshot').length - before;
    // Three buffers in the pool, one already used by init: without recycling at most two more.
    expect(sent).toBeLessThanOrEqual(2);
    const trained = h.session.currentTrainer?.stepsDone ?? 0;
    expect(trained).toBeGreaterThan(100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.session.currentTrainer?.stepsDone).toBe(trained);
    expect(h.session.isPlaying).toBe(false);
  });

  it('a pause while every buffer is with the page is reported once a buffer comes back', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    h.send({ type: 'play' });
    await h.until(() => h.of('snapshot').length >= 3);
    h.send({ type: 'pause' });
    const before = h.of('snapshot').length;
    expect(before).toBe(3); // the pool is empty: the pause could not be sent yet
    const [first] = h.of('snapshot');
    h.send({ type: 'recycle', buffer: first.snapshot.slice(0) });
    const snaps = h.of('snapshot');
    expect(snaps.length).toBe(before + 1);
    const last = snaps[snaps.length - 1];
    expect(last.playing).toBe(false);
    expect(new Float64Array(last.snapshot)[Header.step]).toBe(h.session.currentTrainer!.stepsDone);
  });

  it('pauses at a divergence and keeps the network from before the failed step', async () => {
    const config = defaultConfig();
    config.data.dataset = 'sine';
    config.data.samples = 50;
    config.network.hidden = [{ size: 8, activation: 'linear', bias: true, dropout: 0 }];
    config.network.output = { activation: 'linear', bias: true };
    config.network.loss = 'mse';
    config.training.optimizer.learningRate = 90;
    const h = new SessionHarness();
    await h.init(config);
    h.recycleAll();
    h.send({ type: 'play' });
    await h.until(() => h.of('diverged').length > 0);
    const [diverged] = h.of('diverged');
    expect(diverged.divergence.step).toBeGreaterThan(0);
    expect(h.session.isPlaying).toBe(false);
    const weights = h.session.currentTrainer!.network.weights;
    for (const w of weights) for (const v of w) expect(Number.isFinite(v)).toBe(true);
    expect(h.session.currentTrainer!.stepsDone).toBe(diverged.divergence.step);
  });

  it('reports bad CSV data as an error event, never a dead worker', async () => {
    const config = defaultConfig();
    config.data.dataset = 'csv';
    config.data.csv = '1,2,3\n4,5\n';
    const h = new SessionHarness();
    await h.init(config);
    const [error] = h.of('error');
    expect(error.message).toMatch(/line 2/);
    expect(h.of('ready')).toHaveLength(0);
  });

  it('computes a decision map over the plane with every hidden neuron', async () => {
    const h = new SessionHarness();
    h.send({ type: 'map-resolution', cells: 20 });
    await h.init(defaultConfig());
    const map = h.of('snapshot').find((s) => s.map)?.map;
    expect(map).toBeTruthy();
    expect(map!.cells).toBe(20);
    expect(map!.neurons).toBe(4 + 2 + 1);
    expect(map!.values.length).toBe(7 * 400);
    for (const v of map!.values) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });
});

describe('a run that starts with part of its settings replaced', () => {
  it('sends a warning (not an error) and still starts', async () => {
    const config = defaultConfig();
    const sizes = [2, 4, 2, 1]; // the default network
    // Layer 1's weights one number short: the initializer is used instead.
    config.initialParams = {
      weights: sizes
        .slice(1)
        .map((n, k) => new Array<number>(n * sizes[k] - (k === 0 ? 1 : 0)).fill(0.1)),
      biases: sizes.slice(1).map((n) => new Array<number>(n).fill(0)),
    };
    const h = new SessionHarness();
    await h.init(config);
    expect(h.of('error')).toHaveLength(0);
    const warnings = h.of('warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(
      /initial weights of layer 1 .*using the initializer instead/,
    );
    expect(h.of('ready')).toHaveLength(1);
  });

  it('refuses a step on one sample when the network has batch normalization, and takes two', async () => {
    const config = defaultConfig();
    config.network.hidden = config.network.hidden.map((h) => ({ ...h, batchNorm: true }));
    const h = new SessionHarness();
    await h.init(config);
    h.send({ type: 'trace', samples: [42] });
    h.send({ type: 'trace', samples: null, custom: { raw: [0.5, -0.5], target: [1] } });
    const errors = h.of('error');
    expect(errors.map((e) => [e.cause, e.text.key, e.text.params])).toEqual([
      ['command', 'problem.batchNorm.oneSample', { layer: 1 }],
      ['command', 'problem.batchNorm.oneSample', { layer: 1 }],
    ]);
    expect(h.of('trace')).toHaveLength(0);
    expect(h.of('applied')).toHaveLength(0);
    // Two picked samples have a variance: the step is traced and logged.
    h.send({ type: 'trace', samples: [42, 7] });
    const [trace] = h.of('trace');
    expect(trace.trace.samples.map((s) => s.index)).toEqual([42, 7]);
    expect(h.of('applied').flatMap((a) => a.changes)).toEqual([
      { step: 0, kind: 'samples', samples: [42, 7] },
    ]);
  });
});

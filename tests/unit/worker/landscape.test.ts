/**
 * The loss landscape through the worker session: requested with a command, computed in slices
 * between other work, reported coarse first, cancellable, and centred on the trainer's own loss.
 */
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import type { LandscapeProgress } from '../../../src/core/landscape';
import { Evaluator, type Network } from '../../../src/engine';
import { flattenParameters } from '../../../src/engine/landscape';
import { LandscapeJob, coarseCount, pointOrder } from '../../../src/engine/landscapeJob';
import { prepareRun } from '../../../src/run/prepare';
import { planeFor } from '../../../src/worker/landscapeTask';
import { MAX_POINTS, Trajectory } from '../../../src/worker/trajectory';
import { SessionHarness } from './sessionHost';

/** 1 000 training samples and two hidden layers: a 21×21 landscape takes several slices. */
const LINK =
  'seed=4&ds=spiral&n=1000&test=0&noise=0.2&h=16t,16t&out=softmax&loss=cce&opt=adam&lr=0.01&v=1';
const SMALL = 'seed=2&ds=circle&n=200&h=6t,4t&out=sigmoid&loss=bce&opt=sgd&lr=0.3&v=1';

function runOf(link: string) {
  const run = prepareRun(decodeLink(link).config, {});
  if (!run.ok) throw new Error(run.error);
  return run;
}

async function session(link: string, steps: number): Promise<SessionHarness> {
  const h = new SessionHarness();
  await h.init(decodeLink(link).config);
  if (steps > 0) {
    const before = h.of('snapshot').length;
    h.send({ type: 'step', count: steps });
    await h.until(() => h.of('snapshot').length > before);
  }
  return h;
}

const progressOf = (h: SessionHarness): LandscapeProgress[] =>
  h.of('landscape').map((e) => e.progress);

const lossOf = (network: Network, link: string): number => {
  const run = runOf(link);
  return new Evaluator(network).evaluate(run.dataset.train, run.dataset).loss;
};

describe('the landscape through the worker session', () => {
  it('reports the coarse lattice first, then progress, then every point; centre = trainer loss', async () => {
    const h = await session(LINK, 40);
    h.send({ type: 'landscape', id: 7, plane: 'random', grid: 21, seed: 3 });
    await h.until(() => progressOf(h).some((p) => p.state === 'done'), 60_000);
    const reports = progressOf(h);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.every((p) => p.id === 7 && p.grid === 21 && p.step === 40)).toBe(true);
    // the first report holds at least the whole coarse lattice, and nothing out of order
    const first = reports[0];
    const order = pointOrder(21);
    expect(first.done).toBeGreaterThanOrEqual(coarseCount(21));
    expect(first.done).toBeLessThan(first.total);
    for (let k = 0; k < order.length; k++)
      expect(Number.isFinite(first.values[order[k]])).toBe(k < first.done);
    const done = reports.map((p) => p.done);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    const last = reports[reports.length - 1];
    expect(last.done).toBe(441);
    expect(last.values.every(Number.isFinite)).toBe(true);
    // θ is the centre point; its loss is the trainer's, bit for bit
    const trainer = h.session.currentTrainer!;
    expect(last.values[10 * 21 + 10]).toBe(lossOf(trainer.network, LINK));
    // and a point off the centre is a different loss
    expect(last.values[0]).not.toBe(last.values[10 * 21 + 10]);
  });

  it('Cancel stops the job: one cancelled report, no further points', async () => {
    const h = await session(LINK, 10);
    h.send({ type: 'landscape', id: 1, plane: 'random', grid: 61, seed: 1 });
    await h.until(() => progressOf(h).length > 0, 30_000);
    h.send({ type: 'cancel-landscape' });
    const cancelled = progressOf(h).filter((p) => p.state === 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].done).toBeLessThan(61 * 61);
    const count = progressOf(h).length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(progressOf(h)).toHaveLength(count);
  });

  it('training on while it computes does not move the plane: the centre is the request step', async () => {
    const h = await session(LINK, 25);
    h.send({ type: 'landscape', id: 2, plane: 'random', grid: 21, seed: 5 });
    h.send({ type: 'speed', speed: 'max' });
    h.send({ type: 'play' });
    await h.until(() => progressOf(h).some((p) => p.state === 'done'), 60_000);
    h.send({ type: 'pause' });
    const trainer = h.session.currentTrainer!;
    expect(trainer.stepsDone).toBeGreaterThan(25);
    const last = progressOf(h).at(-1)!;
    expect(last.step).toBe(25);
    const at25 = runOf(LINK);
    at25.trainer.run(25);
    expect(last.values[10 * 21 + 10]).toBe(lossOf(at25.trainer.network, LINK));
  });

  it('PCA: the path runs from step 0 to θ, which is (0, 0); the first point keeps its distance', async () => {
    const h = await session(SMALL, 2);
    h.send({ type: 'landscape', id: 3, plane: 'pca', grid: 5, seed: 1 });
    await h.until(() => progressOf(h).some((p) => p.state === 'done'));
    const result = progressOf(h).at(-1)!;
    expect(result.pathSteps).toEqual([0, 1, 2]);
    expect(result.path.at(-1)).toEqual([0, 0]);
    // three points span a plane exactly: θ₀'s coordinates have the length of θ₀ − θ (up to the
    // single precision the path is kept in)
    const initial = flattenParameters(runOf(SMALL).trainer.network);
    const now = flattenParameters(h.session.currentTrainer!.network);
    const distance = Math.hypot(...initial.map((v, k) => v - now[k]));
    expect(distance).toBeGreaterThan(0.01);
    expect(Math.abs(Math.hypot(...result.path[0]) / distance - 1)).toBeLessThan(1e-6);
    // the plane holds the whole path
    for (const [a, b] of result.path)
      expect(Math.max(Math.abs(a), Math.abs(b))).toBeLessThan(result.range);
  });

  it('PCA before any training is refused with a reason', async () => {
    const h = await session(SMALL, 0);
    h.send({ type: 'landscape', id: 4, plane: 'pca', grid: 21, seed: 1 });
    expect(h.of('landscape-refused').map((e) => e.reason)).toEqual(['short-path']);
  });
});

describe('the PCA plane', () => {
  it('passes through θ₀ when the path is three points: the loss there is the initial loss', () => {
    const run = runOf(SMALL);
    const trajectory = new Trajectory();
    const initialLoss = lossOf(run.trainer.network, SMALL);
    trajectory.train(run.trainer, 2);
    const plane = planeFor(run.trainer.network, 2, trajectory, { plane: 'pca', grid: 5, seed: 1 });
    if (typeof plane === 'string') throw new Error(plane);
    const job = new LandscapeJob(run.trainer.network, run.dataset.train, plane.d1, plane.d2, {
      grid: 5,
      range: plane.range,
    });
    const [a0, b0] = plane.path[0];
    // θ₀ is kept in single precision: equal to about 1e-7 relative
    expect(Math.abs(job.lossAt(a0, b0) / initialLoss - 1)).toBeLessThan(1e-6);
    expect(job.lossAt(a0, b0)).not.toBeCloseTo(job.lossAt(0, 0), 4);
  });
});

describe('the recorded trajectory', () => {
  it('keeps at most MAX_POINTS + 1 evenly spaced points from step 0 over a long run', () => {
    const run = runOf(SMALL);
    const trajectory = new Trajectory();
    trajectory.train(run.trainer, 1000);
    const steps = trajectory.steps;
    expect(steps.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(steps.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(steps[0]).toBe(0);
    const stride = steps[1] - steps[0];
    steps.forEach((s, k) => expect(s).toBe(k * stride));
    // 1 000 steps with 40 points: the stride has doubled to 32, the last point is at 992
    expect(stride).toBe(32);
    expect(steps.at(-1)).toBe(992);
    const { steps: path } = trajectory.pathTo(run.trainer.network, 1000);
    expect(path.at(-1)).toBe(1000);
  });

  it('training through it gives the same weights as training straight', () => {
    const a = runOf(SMALL);
    const b = runOf(SMALL);
    new Trajectory().train(a.trainer, 137);
    b.trainer.run(137);
    expect(flattenParameters(a.trainer.network)).toEqual(flattenParameters(b.trainer.network));
  });
});

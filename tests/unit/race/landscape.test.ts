import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import { Evaluator } from '../../../src/engine';
import {
  filterNormalizedDirections,
  planeCoordinates,
  trajectoryComponents,
} from '../../../src/engine/landscape';
import { LandscapeJob, pointOrder } from '../../../src/engine/landscapeJob';
import { prepareRun } from '../../../src/run/prepare';

function trainedRun(link: string, steps: number) {
  const run = prepareRun(decodeLink(link).config, {});
  if (!run.ok) throw new Error(run.error);
  run.trainer.run(steps);
  return run;
}

describe('the loss landscape', () => {
  it('at the current weights equals the trainer’s own loss, bit for bit', () => {
    const { trainer, dataset } = trainedRun(
      'ds=spiral&h=12t,8r&out=softmax&loss=cce&opt=adam&lr=0.01&v=1',
      150,
    );
    const [d1, d2] = filterNormalizedDirections(trainer.network, 7);
    const job = new LandscapeJob(trainer.network, dataset.train, d1, d2, { grid: 11, range: 1 });
    const evaluated = new Evaluator(trainer.network).evaluate(dataset.train, dataset).loss;
    expect(job.lossAt(0, 0)).toBe(evaluated);
    job.run(1e9);
    expect(job.values[5 * 11 + 5]).toBe(evaluated);
  });

  it('off the centre equals a direct evaluation of the moved network', () => {
    const { trainer, dataset } = trainedRun('ds=circle&h=6t,4s&out=sigmoid&loss=bce&v=1', 100);
    const net = trainer.network;
    const [d1, d2] = filterNormalizedDirections(net, 3);
    const job = new LandscapeJob(net, dataset.train, d1, d2, { grid: 5, range: 1 });
    const [alpha, beta] = [0.37, -0.81];
    const saved = net.weights.map((w) => w.slice());
    net.weights.forEach((w, l) => {
      for (let k = 0; k < w.length; k++) w[k] += alpha * d1.weights[l][k] + beta * d2.weights[l][k];
    });
    const direct = new Evaluator(net).evaluate(dataset.train, dataset).loss;
    net.weights.forEach((w, l) => w.set(saved[l]));
    expect(job.lossAt(alpha, beta)).toBeCloseTo(direct, 12);
    expect(job.lossAt(alpha, beta)).not.toBeCloseTo(job.lossAt(0, 0), 3);
  });

  it('filter-normalizes: every row of a direction has the norm of the same row of θ', () => {
    const { trainer } = trainedRun('h=5t,3t&v=1', 20);
    const net = trainer.network;
    const [d1] = filterNormalizedDirections(net, 1);
    for (let l = 0; l < net.depth; l++) {
      const nIn = net.sizes[l];
      for (let j = 0; j < net.sizes[l + 1]; j++) {
        const row = (a: Float64Array) => Math.hypot(...a.subarray(j * nIn, (j + 1) * nIn));
        expect(row(d1.weights[l])).toBeCloseTo(row(net.weights[l]), 12);
      }
      expect([...d1.biases[l]].every((b) => b === 0)).toBe(true);
    }
  });

  it('computes the coarse lattice first and every point exactly once', () => {
    const order = pointOrder(31);
    expect(new Set(order).size).toBe(31 * 31);
    // 0, 5, …, 30: seven coarse rows and columns come first.
    expect([...order.slice(0, 7)]).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  it('finds a trajectory’s two main directions and the points’ coordinates in them', () => {
    const e1 = Float64Array.from([3, 4, 0, 0, 0]).map((v) => v / 5);
    const e2 = Float64Array.from([0, 0, 1, 0, 0]);
    // Displacements from the last point: a along e₁ and c along e₂, with c ⟂ a over the
    // trajectory and |c| < |a|, so the principal components are exactly e₁ and e₂.
    const a = Array.from({ length: 12 }, (_, t) => 11 - t);
    const raw = a.map((_, t) => (t < 11 ? 0.5 * (-1) ** t : 0));
    const proj = raw.reduce((s, v, t) => s + v * a[t], 0) / a.reduce((s, v) => s + v * v, 0);
    const c = raw.map((v, t) => v - proj * a[t]);
    const trajectory = a.map((at, t) =>
      Float64Array.from(e1, (v, k) => v * at + e2[k] * c[t] + 0.25),
    );
    const pca = trajectoryComponents(trajectory)!;
    expect(Math.abs(pca.d1.reduce((s, v, k) => s + v * e1[k], 0))).toBeCloseTo(1, 9);
    expect(Math.abs(pca.d2.reduce((s, v, k) => s + v * e2[k], 0))).toBeCloseTo(1, 9);
    pca.coords.forEach(([p, q], t) => {
      expect(Math.abs(p)).toBeCloseTo(a[t], 9);
      expect(Math.abs(q)).toBeCloseTo(Math.abs(c[t]), 9);
    });
    const delta = Float64Array.from(e1, (v, k) => 2 * v - 3 * e2[k]);
    const [p, q] = planeCoordinates(delta, e1, e2);
    expect(p).toBeCloseTo(2, 12);
    expect(q).toBeCloseTo(-3, 12);
  });
});

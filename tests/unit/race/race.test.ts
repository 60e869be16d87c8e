import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, type OptimizerName } from '../../../src/core/choices/optimizers';
import { advanceRace, createRace, createRunState, stepRun } from '../../../src/core/race/race';
import { optimizerUpdate } from '../../../src/core/race/update';
import type { Surface } from '../../../src/core/surfaces';
import { encodeBase64Url } from '../../../src/config/base64url';
import { decodeLink } from '../../../src/config/link';
import { defaultRun } from '../../../src/config/race';
import { prepareRun, exportParameters } from '../../../src/run/prepare';

/**
 * f = ¼x² + y², which is exactly the loss of a 2-1 linear network without bias on two
 * samples, x = (1, 0) → 0 and x = (0, 2) → 0, under half-SSE averaged over a batch of both:
 * C = ½·(½w₁² + ½(2w₂)²) = ¼w₁² + w₂², with ∂C/∂w = (w₁/2, 2w₂) computed in exact steps.
 */
const quarterBowl: Surface = {
  name: 'bowl',
  label: 'quarter bowl',
  formula: 'f = ¼x² + y²',
  tex: '',
  value: (x, y) => 0.25 * x * x + y * y,
  gradient(x, y, out) {
    out[0] = x * 0.5;
    out[1] = 2 * y;
  },
  minima: [[0, 0]],
  stationary: [[0, 0]],
  window: { x: [-2, 2], y: [-2, 2] },
  start: [1.5, -0.75],
};

const LR: Record<OptimizerName, number> = {
  sgd: 0.1,
  momentum: 0.05,
  nesterov: 0.05,
  adagrad: 0.3,
  rmsprop: 0.01,
  adam: 0.02,
  adamw: 0.02,
};

function engineWeightsAfter(kind: OptimizerName, steps: number, from: [number, number]): number[] {
  const csv = encodeBase64Url('1,0,0\n0,2,0');
  const link =
    `ds=csv&csv=${csv}&csvy=1&test=0&h=none&out=linear&ob=0&loss=half-sse&batch=2` +
    `&opt=${kind}&lr=${LR[kind]}&w=${from[0]},${from[1]}&b=0&v=1`;
  const { config, problems } = decodeLink(link);
  expect(problems).toEqual([]);
  const run = prepareRun(config, {});
  if (!run.ok) throw new Error(run.error);
  run.trainer.run(steps);
  return exportParameters(run.trainer).weights[0];
}

describe('the optimizer race', () => {
  for (const kind of OPTIMIZERS) {
    it(`${kind}: a race step is an engine step on a one-parameter-pair network, bit for bit`, () => {
      const from: [number, number] = [1.5, -0.75];
      const run = createRunState(defaultRun(kind, LR[kind]), 'bowl', from);
      for (let step = 1; step <= 25; step++) {
        stepRun(run, quarterBowl, optimizerUpdate);
        const engine = engineWeightsAfter(kind, step, from);
        expect([run.position[0], run.position[1]]).toEqual(engine);
      }
    });
  }

  it('Adam on the bowl reaches the minimum within 1e-3 in 2 000 steps at lr 0.05', () => {
    const race = createRace('bowl', [-2.5, 1.5], [defaultRun('adam', 0.05)]);
    advanceRace(race, 2000, [], optimizerUpdate);
    const [x, y] = race.runs[0].position;
    expect(Math.hypot(x, y)).toBeLessThan(1e-3);
    expect(race.runs[0].path.length).toBe(2 * 2001);
    expect(race.runs[0].f.length).toBe(2001);
  });

  it('a diverging run stops with its step marked while the others go on', () => {
    const race = createRace('bowl', [-2.5, 1.5], [defaultRun('sgd', 0.2), defaultRun('sgd', 0.05)]);
    advanceRace(race, 300, [], optimizerUpdate);
    // η = 0.2 on the y-axis (curvature 20) multiplies y by 1 − 4 = −3 each step: it escapes.
    expect(race.runs[0].divergedAt).not.toBeNull();
    expect(race.runs[0].divergedAt!).toBeLessThan(20);
    expect(race.runs[0].f.length).toBe(race.runs[0].divergedAt! + 1);
    expect(race.runs[1].divergedAt).toBeNull();
    expect(race.runs[1].f.length).toBe(301);
    expect(race.runs[1].f[300]).toBeLessThan(1e-3);
  });

  it('a logged learning-rate change applies from the step it was logged at', () => {
    const plain = createRace('rosenbrock', [-1.5, 2], [defaultRun('momentum', 0.001)]);
    const changed = createRace('rosenbrock', [-1.5, 2], [defaultRun('momentum', 0.001)]);
    const change = {
      step: 10,
      run: 0,
      apply: (s: { learningRate: number }) => (s.learningRate = 0.0005),
    };
    advanceRace(plain, 10, [], optimizerUpdate);
    advanceRace(changed, 10, [change], optimizerUpdate);
    expect(changed.runs[0].path).toEqual(plain.runs[0].path);
    advanceRace(changed, 11, [change], optimizerUpdate);
    advanceRace(plain, 11, [], optimizerUpdate);
    expect(changed.runs[0].settings.learningRate).toBe(0.0005);
    expect(changed.runs[0].path.slice(-2)).not.toEqual(plain.runs[0].path.slice(-2));
  });
});

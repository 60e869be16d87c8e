import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { LiveChange, RunConfig } from '../../../src/config/types';
import { Trainer } from '../../../src/engine/trainer';
import { prepareRun } from '../../../src/run/prepare';

function trainer(config: RunConfig) {
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  return run.trainer;
}

const flat = (ws: Float64Array[]) => ws.flatMap((w) => Array.from(w));

describe('replaying logged live changes', () => {
  it('a logged change at step k equals making it by hand after k steps', () => {
    const changes: LiveChange[] = [
      { step: 7, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.3 },
      { step: 7, kind: 'setting', path: 'training.optimizer.kind', value: 'momentum' },
      { step: 12, kind: 'weight', layer: 2, to: 1, from: 3, value: 0.75 },
      { step: 12, kind: 'bias', layer: 3, to: 0, value: -0.5 },
      { step: 15, kind: 'setting', path: 'training.regularization.kind', value: 'l2' },
    ];
    const logged = trainer({ ...defaultConfig(), changes });
    logged.run(25);

    const byHand = trainer(defaultConfig());
    byHand.run(7);
    byHand.setOptimizer({ ...byHand.optimizer, learningRate: 0.3, kind: 'momentum' });
    byHand.run(5);
    byHand.setWeight(2, 1, 3, 0.75);
    byHand.setBias(3, 0, -0.5);
    byHand.run(3);
    byHand.setRegularization({ ...byHand.regularization, kind: 'l2' });
    byHand.run(10);

    expect(flat(logged.network.weights)).toEqual(flat(byHand.network.weights));
    expect(flat(logged.network.biases)).toEqual(flat(byHand.network.biases));
    expect(logged.changesApplied).toBe(5);
    expect(logged.optimizer.kind).toBe('momentum');
  });

  it('applies step-0 changes before the first step, and ignores edits outside the network', () => {
    // The engine's own guard: prepareRun already drops such edits, so build the Trainer here.
    const run = prepareRun(defaultConfig());
    if (!run.ok) throw new Error(run.error);
    const t = new Trainer(
      {
        ...defaultConfig(),
        changes: [
          { step: 0, kind: 'weight', layer: 1, to: 0, from: 0, value: 9 },
          { step: 0, kind: 'weight', layer: 9, to: 0, from: 0, value: 9 },
          { step: 0, kind: 'bias', layer: 1, to: 200, value: 9 },
        ],
      },
      run.dataset,
    );
    expect(t.network.weights[0][0]).toBe(9);
    expect(t.changesApplied).toBe(3);
    expect(flat(t.network.biases).every((b) => b === 0)).toBe(true);
  });
});

describe('replaying steps taken on picked samples', () => {
  it('a logged hand-picked or typed-in step replays exactly, keeping the epoch order', () => {
    const config = defaultConfig();
    const byHand = trainer(config);
    byHand.run(4);
    byHand.stepOnSamples([17]);
    byHand.run(3);
    byHand.gatherCustom([0.5, -1.25], [1]);
    byHand.stepOnGathered(1, false);
    byHand.run(6);

    const logged = trainer({
      ...config,
      changes: [
        { step: 4, kind: 'samples', samples: [17] },
        { step: 8, kind: 'custom', inputs: [0.5, -1.25], targets: [1] },
      ],
    });
    logged.run(15);
    expect(logged.stepsDone).toBe(15);
    expect(logged.epoch).toBe(byHand.epoch);
    expect(flat(logged.network.weights)).toEqual(flat(byHand.network.weights));
    expect(flat(logged.network.biases)).toEqual(flat(byHand.network.biases));
  });
});

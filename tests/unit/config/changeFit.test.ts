import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import { Trainer } from '../../../src/engine';
import { prepareRun, type PreparedRun } from '../../../src/run/prepare';

function prepared(link: string): Extract<PreparedRun, { ok: true }> {
  const { config, problems } = decodeLink(link);
  expect(problems).toEqual([]);
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  return run;
}

describe('live changes that do not fit the run', () => {
  it('are refused with a message naming the entry (issue 8 examples)', () => {
    // Default network: 2 inputs → 4 tanh → 2 tanh → output.
    const run = prepared('ch=1_w9.5.5_1,1_w1.255.783_2,1_b2.3_7,1_s_9999.5000,1_x_1;2;3;;1&v=1');
    expect(run.config.changes).toEqual([]);
    expect(run.warnings).toEqual([
      "live change 1 '1_w9.5.5_1' addresses layer 9, but the network has 3 layers of weights; dropped it",
      "live change 2 '1_w1.255.783_2' addresses a weight outside layer 1 (4 neurons × 2 inputs); dropped it",
      "live change 3 '1_b2.3_7' addresses neuron 3, but layer 2 has 2; dropped it",
      "live change 4 '1_s_9999.5000' picks samples outside the training set (200 samples); dropped it",
      "live change 5 '1_x_1;2;3;;1' has 3 inputs and 1 targets, but the network needs 2 and 1; dropped it",
    ]);
  });

  it('refuses a bias on a layer without one and warns about explicit biases there', () => {
    const run = prepared('h=4t_b0,2t&ch=1_b1.0_5,2_b2.0_5&v=1');
    expect(run.config.changes).toEqual([{ step: 2, kind: 'bias', layer: 2, to: 0, value: 5 }]);
    expect(run.warnings).toEqual([
      "live change 1 '1_b1.0_5' sets a bias of layer 1, which has no bias; dropped it",
    ]);
    const params = prepared(
      'h=none&ob=0&w=0.5,0.25&b=3&v=1'.replace('h=none', 'h=none&ds=gate-and&out=sigmoid&loss=bce'),
    );
    expect(params.warnings).toEqual([
      'initial biases of layer 1 are given, but that layer has no bias; ignoring them',
    ]);
  });

  it('keeps the picked samples that exist and trains exactly as before', () => {
    const link = 'seed=3&ch=1_s_0.9999,5_s_3&v=1';
    const run = prepared(link);
    expect(run.config.changes[0]).toEqual({ step: 1, kind: 'samples', samples: [0] });
    expect(run.warnings).toEqual([
      "live change 1 '1_s_0.9999' picks 1 samples outside the training set (200 samples); left them out",
    ]);
    // The trainer given the log as written (it skips what does not fit) lands on the same bits.
    const raw = new Trainer(decodeLink(link).config, run.dataset);
    raw.run(8);
    run.trainer.run(8);
    expect(Array.from(run.trainer.network.weights[0])).toEqual(Array.from(raw.network.weights[0]));
    expect(Array.from(run.trainer.network.weights[2])).toEqual(Array.from(raw.network.weights[2]));
  });

  it('says the initializer is used instead once, not twice', () => {
    const run = prepared('h=none&w=1,2,3&b=0&v=1');
    expect(run.warnings).toEqual([
      'initial weights of layer 1 have 3 numbers, but 2 inputs × 1 neurons need 2; using the initializer instead',
    ]);
  });
});

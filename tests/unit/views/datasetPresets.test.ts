import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { DATASETS, type DatasetName } from '../../../src/config/types';
import { validateConfig } from '../../../src/config/validate';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { Evaluator } from '../../../src/engine';
import { prepareRun } from '../../../src/run/prepare';
import { withFields } from '../../../src/views/Controls/configUpdate';
import { hasPreset, presetFor } from '../../../src/views/Controls/datasetPresets';

/** The run a learner gets by choosing `dataset` and then clicking the preset. */
function presetRun(dataset: DatasetName) {
  const chosen = withFields(defaultConfig(), { 'data.dataset': dataset });
  const preset = presetFor(dataset);
  if (!preset) throw new Error(`no preset for ${dataset}`);
  expect(hasPreset(chosen, preset)).toBe(false);
  const { config, problems } = validateConfig(withFields(chosen, preset.fields));
  expect(problems).toEqual([]);
  expect(hasPreset(config, preset)).toBe(true);
  return config;
}

describe('dataset presets', () => {
  it('Digits: 784-64-10, softmax with cross-entropy, 5 000 samples (test 0.2), Adam', () => {
    const config = presetRun('digits');
    expect(config.data.digitSize).toBe(28);
    expect(config.data.samples).toBe(5000);
    expect(config.data.testFraction).toBe(0.2);
    expect(config.network.hidden.map((h) => h.size)).toEqual([64]);
    expect(config.network.output.activation).toBe('softmax');
    expect(config.network.loss).toBe('cce');
    expect(config.training.optimizer.kind).toBe('adam');
    const run = prepareRun(config, { digits: loadDigitsFromDisk() });
    if (!run.ok) throw new Error(run.error);
    expect(run.trainer.network.sizes).toEqual([784, 64, 10]);
    // 784·64 + 64 + 64·10 + 10, as the summary says.
    expect(run.trainer.network.parameterCount).toBe(50890);
    expect(presetFor('digits')?.summary).toContain('50 890');
    expect(run.dataset.train.count + run.dataset.test.count).toBe(5000);
    expect(run.dataset.test.count).toBe(1000);
  });

  it('Iris: softmax over 3 classes; regression: linear output with MSE', () => {
    const iris = prepareRun(presetRun('iris'));
    if (!iris.ok) throw new Error(iris.error);
    expect(iris.trainer.network.sizes.at(-1)).toBe(3);
    for (const name of ['sine', 'plane'] as const) {
      const config = presetRun(name);
      expect(config.network.output.activation).toBe('linear');
      expect(config.network.loss).toBe('mse');
    }
  });

  it('Gates: the preset network learns XOR (a hidden layer, sigmoid + BCE)', () => {
    const config = presetRun('gate-xor');
    const run = prepareRun(config);
    if (!run.ok) throw new Error(run.error);
    run.trainer.run(3000);
    const { network, dataset } = run.trainer;
    expect(network.sizes).toEqual([2, 4, 1]);
    // All four points of the truth table classified right.
    const result = new Evaluator(network).evaluate(dataset.train, dataset);
    expect(result.accuracy).toBe(1);
  });

  it('offers a preset for every dataset except 2-D classification and CSV', () => {
    const without = DATASETS.filter((name) => presetFor(name) === null);
    expect(without).toEqual(['circle', 'xor', 'gaussians', 'spiral', 'moons', 'csv']);
  });
});

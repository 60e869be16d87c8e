import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random';
import { splitIndices, testCount } from '../../../src/data/split';
import { allSamples, build, configFor, rows } from './helpers';

const sortRows = (values: Float64Array, width: number) =>
  rows(values, width).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('train/test split', () => {
  it.each([
    [400, 0.5, 200],
    [400, 0, 0],
    [400, 0.9, 360],
    [101, 0.5, 51], // round(50.5) = 51
    [150, 0.2, 30],
    [4, 0.9, 3], // round(3.6) = 4 would leave no training sample
    [1, 0.5, 0],
  ])('%i samples at fraction %f → %i test samples', (n, fraction, expected) => {
    expect(testCount(n, fraction)).toBe(expected);
    const split = splitIndices(n, fraction, new Random(1, 'split'));
    expect(split.test).toHaveLength(expected);
    expect(split.train).toHaveLength(n - expected);
    const all = [...split.train, ...split.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('sizes through buildDataset, with at least one training sample', () => {
    let d = build(configFor('circle', { samples: 400, testFraction: 0.25 }));
    expect([d.train.count, d.test.count]).toEqual([300, 100]);
    d = build(configFor('circle', { samples: 4, testFraction: 0.9 }));
    expect([d.train.count, d.test.count]).toEqual([1, 3]);
    d = build(configFor('iris', { testFraction: 0.3 }));
    expect([d.train.count, d.test.count]).toEqual([105, 45]);
    expect(d.test.inputs).toHaveLength(45 * 4);
    expect(d.test.targets).toHaveLength(45 * 3);
  });

  it('the split only reorders and partitions the generated samples', () => {
    const whole = build(configFor('moons', { samples: 200, testFraction: 0 }));
    const split = build(configFor('moons', { samples: 200, testFraction: 0.4 }));
    expect(sortRows(allSamples(split).raw, 2)).toEqual(sortRows(whole.train.raw, 2));
  });

  it('the split does not depend on the noise, nor the data on the test fraction', () => {
    const quiet = build(configFor('circle', { noise: 0, testFraction: 0.5 }));
    const noisy = build(configFor('circle', { noise: 0.7, testFraction: 0.5 }));
    // Labels alternate in generation order, so equal label sequences mean equal permutations.
    expect(noisy.train.labels).toEqual(quiet.train.labels);
    expect(noisy.test.labels).toEqual(quiet.test.labels);
  });

  it('a different seed splits differently', () => {
    const a = splitIndices(100, 0.5, new Random(1, 'split'));
    const b = splitIndices(100, 0.5, new Random(2, 'split'));
    expect(a.test).not.toEqual(b.test);
  });
});

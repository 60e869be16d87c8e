import { describe, expect, it } from 'vitest';
import { IRIS, IRIS_SPECIES } from '../../../src/data/iris';
import { build, column, configFor, mean } from './helpers';

describe('iris', () => {
  it('150 flowers, 50 per species', () => {
    expect(IRIS.species).toHaveLength(150);
    expect(IRIS.measurements).toHaveLength(600);
    for (let k = 0; k < 3; k++) expect(IRIS.species.filter((s) => s === k)).toHaveLength(50);
  });

  it('column means match the published ones (5.843, 3.057, 3.758, 1.199)', () => {
    const expected = [5.843, 3.057, 3.758, 1.199];
    expected.forEach((m, j) => {
      expect(Math.abs(mean(column(IRIS.measurements, 4, j)) - m)).toBeLessThan(0.001);
    });
  });

  it('per-species means match R’s aggregate(. ~ Species, iris, mean)', () => {
    const expected = [
      [5.006, 3.428, 1.462, 0.246],
      [5.936, 2.77, 4.26, 1.326],
      [6.588, 2.974, 5.552, 2.026],
    ];
    expected.forEach((means, k) => {
      means.forEach((m, j) => {
        const values = column(IRIS.measurements, 4, j).filter((_, i) => IRIS.species[i] === k);
        expect(mean(values)).toBeCloseTo(m, 10);
      });
    });
  });

  it('spot checks: the first flower and the two rows UCI got wrong', () => {
    const row = (i: number) => Array.from(IRIS.measurements.subarray(4 * i, 4 * i + 4));
    expect(row(0)).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(row(34)).toEqual([4.9, 3.1, 1.5, 0.2]);
    expect(row(37)).toEqual([4.9, 3.6, 1.4, 0.1]);
    expect(row(149)).toEqual([5.9, 3.0, 5.1, 1.8]);
  });

  it('as a dataset: 4 inputs, 3 classes, all 150 samples split', () => {
    const d = build(configFor('iris', { samples: 20, noise: 0.5, testFraction: 0.2 }));
    expect(d.task).toBe('multiclass');
    expect(d.classes).toBe(3);
    expect(d.classNames).toEqual(IRIS_SPECIES);
    expect(d.inputSize).toBe(4);
    expect(d.rawKind).toBe('table');
    expect(d.train.count + d.test.count).toBe(150);
    expect(d.rawDomain).toEqual([
      [4.3, 7.9],
      [2.0, 4.4],
      [1.0, 6.9],
      [0.1, 2.5],
    ]);
  });
});

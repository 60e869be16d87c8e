import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/config/types';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { standardization } from '../../../src/data/normalize';
import type { Dataset } from '../../../src/data/types';
import { build, column, configFor, mean, std } from './helpers';

/** toInput applied to every raw training sample must give the stored inputs, bit for bit. */
function expectToInputReproducesTraining(d: Dataset): void {
  const out = new Float64Array(d.inputSize);
  let mismatches = 0;
  for (const set of [d.train, d.test]) {
    for (let s = 0; s < set.count; s++) {
      d.toInput(set.raw.subarray(s * d.rawSize, (s + 1) * d.rawSize), out);
      for (let j = 0; j < d.inputSize; j++) {
        if (!Object.is(out[j], set.inputs[s * d.inputSize + j])) mismatches++;
      }
    }
  }
  expect(mismatches).toBe(0);
}

describe('normalization', () => {
  it('training inputs get mean 0 and std 1 per column (all 7 features of the spiral)', () => {
    const d = build(configFor('spiral', { features: [...FEATURES], normalize: true, noise: 0.2 }));
    for (let j = 0; j < d.inputSize; j++) {
      const values = column(d.train.inputs, d.inputSize, j);
      expect(Math.abs(mean(values))).toBeLessThan(1e-12);
      expect(std(values)).toBeCloseTo(1, 12);
    }
  });

  it('the test set uses the training statistics (so it is not exactly standardized)', () => {
    const d = build(configFor('gaussians', { normalize: true, testFraction: 0.5 }));
    const testMean = mean(column(d.test.inputs, d.inputSize, 0));
    expect(testMean).not.toBe(0);
    expect(Math.abs(testMean)).toBeLessThan(0.3);
    // Reconstruct the training statistics from raw x₁ and apply them by hand.
    const trainX1 = column(d.train.raw, 2, 0);
    const expected = (d.test.raw[0] - mean(trainX1)) / std(trainX1);
    expect(d.test.inputs[0]).toBeCloseTo(expected, 12);
  });

  it.each([
    ['circle with features', configFor('circle', { features: [...FEATURES], normalize: true })],
    ['moons, not normalized', configFor('moons', { features: ['x1', 'x1x2'], normalize: false })],
    ['iris', configFor('iris', { normalize: true })],
    ['bump', configFor('bump', { features: ['x1sq', 'sinx2'], normalize: true })],
    ['cubic', configFor('cubic', { normalize: true })],
    ['csv', configFor('csv', { normalize: true, csv: '1,2,3\n4,5,6\n7,8,10\n0,1,1' })],
  ])('toInput reproduces the inputs bit-exactly from raw: %s', (_, config) => {
    expectToInputReproducesTraining(build(config));
  });

  it('toInput reproduces digit inputs, whose all-blank pixels are only centred', () => {
    const d = build(configFor('digits', { samples: 300, normalize: true, digitSize: 14 }), {
      digits: loadDigitsFromDisk(),
    });
    expectToInputReproducesTraining(d);
    // The top-left corner is blank in every digit: mean 0, std 0 → stays exactly 0.
    expect(column(d.train.inputs, d.inputSize, 0).every((v) => v === 0)).toBe(true);
    for (const v of d.train.inputs) expect(Number.isFinite(v)).toBe(true);
  });

  it('a constant column is centred, never divided by zero (or by rounding error)', () => {
    const values = Float64Array.from([0.1, 5, 0.1, 7, 0.1, 9]); // column 0 constant 0.1
    const s = standardization(values, 3, 2);
    expect(s.scale[0]).toBe(1);
    expect(s.mean[1]).toBe(7);
    expect(s.scale[1]).toBeCloseTo(Math.sqrt(8 / 3), 15);
    const d = build(configFor('csv', { normalize: true, csv: '0.3,1,0\n0.3,2,1\n0.3,4,0' }));
    for (let s2 = 0; s2 < d.train.count; s2++) {
      expect(Math.abs(d.train.inputs[s2 * 2])).toBeLessThan(1e-15);
    }
  });

  it('without normalization the inputs are the raw features', () => {
    const d = build(configFor('circle', { normalize: false }));
    expect(d.train.inputs).toEqual(d.train.raw);
  });
});

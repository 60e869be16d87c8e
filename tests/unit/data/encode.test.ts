import { describe, expect, it } from 'vitest';
import type { OutputActivation } from '../../../src/config/types';
import { decodeClass } from '../../../src/data';
import type { Dataset } from '../../../src/data/types';
import { build, configFor, rows } from './helpers';

/** Every stored target decodes back to its label. */
function expectTargetsDecodeToLabels(d: Dataset): void {
  for (const set of [d.train, d.test]) {
    for (let s = 0; s < set.count; s++) {
      expect(decodeClass(d, set.targets, s * d.outputSize)).toBe(set.labels[s]);
    }
  }
}

describe('target encoding', () => {
  it.each([
    ['sigmoid', 'zero-one', 1],
    ['linear', 'zero-one', 1],
    ['tanh', 'plus-minus-one', 1],
    ['softmax', 'one-hot', 2],
  ] as const)('binary data with a %s output: %s over %i output(s)', (output, encoding, size) => {
    const d = build(configFor('circle', { samples: 60 }, { output }));
    expect(d.targetEncoding).toBe(encoding);
    expect(d.outputSize).toBe(size);
    expect(d.train.targets).toHaveLength(d.train.count * size);
    const expected: Record<typeof encoding, (label: number) => number[]> = {
      'zero-one': (l) => [l],
      'plus-minus-one': (l) => [l === 1 ? 1 : -1],
      'one-hot': (l) => [l === 0 ? 1 : 0, l === 1 ? 1 : 0],
    };
    rows(d.train.targets, size).forEach((target, s) => {
      expect(target).toEqual(expected[encoding](d.train.labels[s]));
    });
    expect(d.train.rawTargets).toHaveLength(0);
    expectTargetsDecodeToLabels(d);
  });

  it.each(['sigmoid', 'linear', 'tanh', 'softmax'] as OutputActivation[])(
    'multiclass data with a %s output: one-hot over k outputs',
    (output) => {
      const d = build(configFor('spiral', { classes: 4, samples: 80 }, { output }));
      expect(d.targetEncoding).toBe('one-hot');
      expect(d.outputSize).toBe(4);
      rows(d.train.targets, 4).forEach((target, s) => {
        expect(target.reduce((a, b) => a + b)).toBe(1);
        expect(target[d.train.labels[s]]).toBe(1);
      });
      expectTargetsDecodeToLabels(d);
    },
  );

  it('regression keeps the values whatever the output activation', () => {
    const d = build(configFor('sine', { noise: 0.2 }, { output: 'tanh' }));
    expect(d.targetEncoding).toBe('value');
    expect(d.classes).toBe(1);
    expect(d.classNames).toEqual([]);
    expect(d.train.targets).toEqual(d.train.rawTargets);
  });
});

describe('decodeClass', () => {
  const one = (encoding: Dataset['targetEncoding'], outputSize = 1) => ({
    targetEncoding: encoding,
    outputSize,
  });

  it('thresholds a 0/1 output at 0.5 and a −1/+1 output at 0 (ties go to class 1)', () => {
    expect(decodeClass(one('zero-one'), [0.49])).toBe(0);
    expect(decodeClass(one('zero-one'), [0.5])).toBe(1);
    expect(decodeClass(one('zero-one'), [0.93])).toBe(1);
    expect(decodeClass(one('plus-minus-one'), [-0.01])).toBe(0);
    expect(decodeClass(one('plus-minus-one'), [0])).toBe(1);
    expect(decodeClass(one('plus-minus-one'), [0.7])).toBe(1);
  });

  it('takes the first largest output of a one-hot encoding, reading from an offset', () => {
    const outputs = [9, 9, 9, 0.1, 0.7, 0.2, 0.4, 0.4, 0.1];
    expect(decodeClass(one('one-hot', 3), outputs, 3)).toBe(1);
    expect(decodeClass(one('one-hot', 3), outputs, 6)).toBe(0);
    expect(decodeClass(one('one-hot', 3), Float64Array.from([0.1, 0.2, 0.7]))).toBe(2);
  });

  it('a NaN output (diverged network) decodes to class 0; regression has no class', () => {
    expect(decodeClass(one('zero-one'), [Number.NaN])).toBe(0);
    expect(decodeClass(one('plus-minus-one'), [Number.NaN])).toBe(0);
    expect(decodeClass(one('one-hot', 3), [Number.NaN, Number.NaN, Number.NaN])).toBe(0);
    expect(decodeClass(one('value'), [0.3])).toBe(-1);
  });
});

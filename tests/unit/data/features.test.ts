import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/config/types';
import { FEATURE_LABELS, featureValue, usableFeatures } from '../../../src/data/features';
import { sin } from '../../../src/core/detmath';
import { build, configFor } from './helpers';

describe('2-D features', () => {
  it('hand-checked values at (1.5, −2)', () => {
    const expected = {
      x1: 1.5,
      x2: -2,
      x1sq: 2.25,
      x2sq: 4,
      x1x2: -3,
      sinx1: 0.9974949866040544,
      sinx2: -0.9092974268256817,
    };
    for (const f of FEATURES) expect(featureValue(f, 1.5, -2)).toBeCloseTo(expected[f], 15);
  });

  it('display names in the course notation', () => {
    expect(FEATURES.map((f) => FEATURE_LABELS[f])).toEqual([
      'x₁',
      'x₂',
      'x₁²',
      'x₂²',
      'x₁x₂',
      'sin x₁',
      'sin x₂',
    ]);
  });

  it('the network inputs are the chosen features in the order given', () => {
    const features = ['sinx2', 'x1x2', 'x1', 'x2sq'] as const;
    const d = build(configFor('circle', { features: [...features], normalize: false }));
    expect(d.inputSize).toBe(4);
    expect(d.inputNames).toEqual(['sin x₂', 'x₁x₂', 'x₁', 'x₂²']);
    for (let s = 0; s < d.train.count; s++) {
      const [x1, x2] = [d.train.raw[2 * s], d.train.raw[2 * s + 1]];
      expect(Array.from(d.train.inputs.subarray(4 * s, 4 * s + 4))).toEqual([
        sin(x2),
        x1 * x2,
        x1,
        x2 * x2,
      ]);
    }
  });

  it('toInput maps a point of the plane the same way', () => {
    const d = build(configFor('xor', { features: [...FEATURES], normalize: false }));
    const out = new Float64Array(7);
    d.toInput([0.5, 3], out);
    expect(Array.from(out)).toEqual([0.5, 3, 0.25, 9, 1.5, sin(0.5), sin(3)]);
  });

  it('unknown names are dropped and an empty list falls back to (x₁, x₂)', () => {
    expect(usableFeatures(['x1sq', 'bogus', 'x2'])).toEqual(['x1sq', 'x2']);
    expect(usableFeatures([])).toEqual(['x1', 'x2']);
    const d = build(configFor('circle', { features: [] }));
    expect(d.inputNames).toEqual(['x₁', 'x₂']);
  });

  it('features are ignored by data that is not a 2-D point', () => {
    const d = build(configFor('iris', { features: ['x1sq'] }));
    expect(d.inputNames).toEqual(['sepal length', 'sepal width', 'petal length', 'petal width']);
    const sine = build(configFor('sine', { features: ['x1sq', 'x2'] }));
    expect(sine.inputNames).toEqual(['x']);
  });
});

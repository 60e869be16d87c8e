import { describe, expect, it } from 'vitest';
import { REGRESSION_1D, REGRESSION_2D } from '../../../src/data/regression';
import { allSamples, build, configFor, std } from './helpers';

const CURVES = ['sine', 'abs', 'step', 'cubic'] as const;
const SURFACES = ['plane', 'bump'] as const;

describe('1-D regression', () => {
  it.each(CURVES)('%s: targets are exactly f(x) at noise 0, x uniform on [−1, 1]', (name) => {
    const d = build(configFor(name, { samples: 500, noise: 0, testFraction: 0.2 }));
    expect(d.task).toBe('regression');
    expect(d.targetEncoding).toBe('value');
    expect(d.rawKind).toBe('line');
    expect(d.rawDomain).toEqual([[-1, 1]]);
    expect(d.inputSize).toBe(1);
    expect(d.outputSize).toBe(1);
    expect(d.train.labels).toHaveLength(0);
    for (const set of [d.train, d.test]) {
      expect(set.rawTargets).toEqual(set.targets);
      for (let i = 0; i < set.count; i++) {
        expect(set.raw[i]).toBeGreaterThanOrEqual(-1);
        expect(set.raw[i]).toBeLessThan(1);
        expect(set.targets[i]).toBe(REGRESSION_1D[name](set.raw[i]));
      }
    }
  });

  it('hand-checked values of the functions', () => {
    expect(REGRESSION_1D.sine(0.5)).toBeCloseTo(1, 15);
    expect(REGRESSION_1D.sine(-0.5)).toBeCloseTo(-1, 15);
    expect(REGRESSION_1D.abs(-0.3)).toBe(0.3);
    expect(REGRESSION_1D.step(-1e-9)).toBe(0);
    expect(REGRESSION_1D.step(0)).toBe(1);
    expect(REGRESSION_1D.cubic(-0.5)).toBe(-0.125);
    expect(REGRESSION_2D.plane(6, 6)).toBe(1);
    expect(REGRESSION_2D.plane(-3, 1.5)).toBe(-0.125);
    expect(REGRESSION_2D.bump(0, 0)).toBe(1);
    expect(REGRESSION_2D.bump(2, 0)).toBeCloseTo(Math.exp(-0.5), 15);
  });

  it('noise adds Gaussian noise of σ = 0.5·noise to the target only', () => {
    const d = build(configFor('sine', { samples: 5000, noise: 0.6, testFraction: 0 }));
    const residuals = d.train.targets.map((y, i) => y - REGRESSION_1D.sine(d.train.raw[i]));
    expect(std(residuals)).toBeGreaterThan(0.3 * 0.96);
    expect(std(residuals)).toBeLessThan(0.3 * 1.04);
  });
});

describe('2-D regression', () => {
  it.each(SURFACES)('%s: targets are f(x₁, x₂) at noise 0 over [−6, 6]²', (name) => {
    const d = build(configFor(name, { samples: 400, noise: 0, testFraction: 0.25 }));
    expect(d.task).toBe('regression');
    expect(d.rawKind).toBe('plane');
    expect(d.rawDomain).toEqual([
      [-6, 6],
      [-6, 6],
    ]);
    const { raw } = allSamples(d);
    for (const v of raw) expect(Math.abs(v)).toBeLessThanOrEqual(6);
    for (const set of [d.train, d.test]) {
      for (let i = 0; i < set.count; i++) {
        expect(set.targets[i]).toBe(REGRESSION_2D[name](set.raw[2 * i], set.raw[2 * i + 1]));
      }
    }
  });

  it('2-D regression uses the chosen features', () => {
    const d = build(configFor('bump', { features: ['x1sq', 'x2sq'], normalize: false }));
    expect(d.inputNames).toEqual(['x₁²', 'x₂²']);
    expect(d.train.inputs[0]).toBe(d.train.raw[0] ** 2);
  });
});

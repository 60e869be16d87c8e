import { describe, expect, it } from 'vitest';
import { CIRCLE_INNER_RADIUS, CIRCLE_RING, XOR_PADDING } from '../../../src/data/generators2d';
import { allSamples, build, column, configFor, mean, std } from './helpers';

const PLANE_DATASETS = ['circle', 'xor', 'gaussians', 'spiral', 'moons'] as const;

describe('2-D classification generators', () => {
  it.each(PLANE_DATASETS)('%s: the same seed gives identical arrays', (name) => {
    const a = build(configFor(name, { noise: 0.3 }, { seed: 42 }));
    const b = build(configFor(name, { noise: 0.3 }, { seed: 42 }));
    for (const key of ['inputs', 'targets', 'raw'] as const) {
      expect(a.train[key]).toEqual(b.train[key]);
      expect(a.test[key]).toEqual(b.test[key]);
    }
    expect(a.train.labels).toEqual(b.train.labels);
  });

  it.each(PLANE_DATASETS)('%s: another seed gives other points', (name) => {
    const a = build(configFor(name, { noise: 0.3, testFraction: 0 }, { seed: 1 }));
    const b = build(configFor(name, { noise: 0.3, testFraction: 0 }, { seed: 2 }));
    expect(a.train.raw).not.toEqual(b.train.raw);
  });

  it.each(PLANE_DATASETS)(
    '%s: samples in total, balanced classes, inside [-6, 6]² at noise 0',
    (name) => {
      const d = build(configFor(name, { samples: 300, noise: 0, testFraction: 0.3 }));
      expect(d.train.count + d.test.count).toBe(300);
      expect(d.rawKind).toBe('plane');
      expect(d.rawDomain).toEqual([
        [-6, 6],
        [-6, 6],
      ]);
      const { raw, labels } = allSamples(d);
      for (const v of raw) expect(Math.abs(v)).toBeLessThanOrEqual(6);
      const perClass = new Array<number>(d.classes).fill(0);
      for (const label of labels) perClass[label]++;
      for (const n of perClass) expect(n).toBe(300 / d.classes);
    },
  );

  it('noise only scales the same jitter: x(0.2) − x(0) = 2 (x(0.1) − x(0))', () => {
    const at = (noise: number) =>
      build(configFor('circle', { noise, testFraction: 0 }, { seed: 9 })).train.raw;
    const [x0, x1, x2] = [at(0), at(0.1), at(0.2)];
    for (let i = 0; i < x0.length; i++) expect(x2[i] - x0[i]).toBeCloseTo(2 * (x1[i] - x0[i]), 12);
  });

  it('circle: the inner disc lies inside r = 2.5 and the ring between 3.5 and 5 (noise 0)', () => {
    const d = build(configFor('circle', { samples: 1000, noise: 0, testFraction: 0 }));
    const { raw, labels } = allSamples(d);
    let innerMax = 0;
    let ringMin = Infinity;
    for (let i = 0; i < labels.length; i++) {
      const r = Math.hypot(raw[2 * i], raw[2 * i + 1]);
      if (labels[i] === 0) innerMax = Math.max(innerMax, r);
      else ringMin = Math.min(ringMin, r);
      if (labels[i] === 1) expect(r).toBeLessThanOrEqual(CIRCLE_RING[1] + 1e-12);
    }
    expect(innerMax).toBeLessThanOrEqual(CIRCLE_INNER_RADIUS);
    expect(innerMax).toBeGreaterThan(2.4); // the disc is filled out to its edge
    expect(ringMin).toBeGreaterThanOrEqual(CIRCLE_RING[0]);
    expect(d.classNames).toEqual(['inner disc', 'outer ring']);
    expect(d.task).toBe('binary');
  });

  it('circle: heavy noise makes the classes overlap', () => {
    const d = build(configFor('circle', { samples: 1000, noise: 1, testFraction: 0 }));
    const { raw, labels } = allSamples(d);
    let innerOutside = 0;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] === 0 && Math.hypot(raw[2 * i], raw[2 * i + 1]) > 3) innerOutside++;
    }
    expect(innerOutside).toBeGreaterThan(20);
  });

  it('xor: the label is 1 exactly where x₁x₂ > 0, and points keep 0.3 from the axes (noise 0)', () => {
    const d = build(configFor('xor', { samples: 800, noise: 0, testFraction: 0 }));
    const { raw, labels } = allSamples(d);
    for (let i = 0; i < labels.length; i++) {
      const [x1, x2] = [raw[2 * i], raw[2 * i + 1]];
      expect(labels[i]).toBe(x1 * x2 > 0 ? 1 : 0);
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(XOR_PADDING);
      expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(5);
    }
  });

  it('gaussians: blobs centred on (2, 2) and (−2, −2) with σ = 0.5 + 2·noise', () => {
    const d = build(configFor('gaussians', { samples: 4000, noise: 0.25, testFraction: 0 }));
    const { raw, labels } = allSamples(d);
    for (const [label, centre] of [
      [0, 2],
      [1, -2],
    ]) {
      const xs: number[] = [];
      const ys: number[] = [];
      labels.forEach((l, i) => {
        if (l !== label) return;
        xs.push(raw[2 * i]);
        ys.push(raw[2 * i + 1]);
      });
      expect(mean(xs)).toBeCloseTo(centre, 1);
      expect(mean(ys)).toBeCloseTo(centre, 1);
      expect(std(xs)).toBeGreaterThan(0.95);
      expect(std(xs)).toBeLessThan(1.05);
    }
  });

  it.each([2, 3, 6])(
    'spiral with %i arms: that many classes of equal size, points on their arm',
    (k) => {
      const d = build(configFor('spiral', { samples: 600, classes: k, noise: 0, testFraction: 0 }));
      expect(d.classes).toBe(k);
      expect(d.classNames).toHaveLength(k);
      expect(d.task).toBe(k === 2 ? 'binary' : 'multiclass');
      const { raw, labels } = allSamples(d);
      const sizes = new Array<number>(k).fill(0);
      for (let i = 0; i < labels.length; i++) {
        sizes[labels[i]]++;
        // Rebuild the point from its radius: u = r/5, angle = 1.75·2πu + 2π·arm/k.
        const [x1, x2] = [raw[2 * i], raw[2 * i + 1]];
        const u = Math.hypot(x1, x2) / 5;
        const angle = 1.75 * 2 * Math.PI * u + (2 * Math.PI * labels[i]) / k;
        expect(x1).toBeCloseTo(5 * u * Math.sin(angle), 9);
        expect(x2).toBeCloseTo(5 * u * Math.cos(angle), 9);
      }
      expect(sizes).toEqual(new Array(k).fill(600 / k));
    },
  );

  it('spiral: classes are clamped to 2..6', () => {
    expect(build(configFor('spiral', { classes: 9 })).classes).toBe(6);
    expect(build(configFor('spiral', { classes: 1 })).classes).toBe(2);
  });

  it('moons: every point lies on its half-circle (noise 0)', () => {
    const d = build(configFor('moons', { samples: 500, noise: 0, testFraction: 0 }));
    const { raw, labels } = allSamples(d);
    for (let i = 0; i < labels.length; i++) {
      // Undo the ×3 scaling and centring back to make_moons coordinates.
      const u1 = raw[2 * i] / 3 + 0.5;
      const u2 = raw[2 * i + 1] / 3 + 0.25;
      if (labels[i] === 0) {
        expect(Math.hypot(u1, u2)).toBeCloseTo(1, 12);
        expect(u2).toBeGreaterThanOrEqual(-1e-12);
      } else {
        expect(Math.hypot(u1 - 1, u2 - 0.5)).toBeCloseTo(1, 12);
        expect(u2).toBeLessThanOrEqual(0.5 + 1e-12);
      }
    }
  });

  it('moons: noise σ = 1.5·noise around the curve', () => {
    const clean = build(configFor('moons', { samples: 4000, noise: 0, testFraction: 0 }));
    const noisy = build(configFor('moons', { samples: 4000, noise: 0.4, testFraction: 0 }));
    const diff = noisy.train.raw.map((v, i) => v - clean.train.raw[i]);
    expect(std(column(diff, 2, 0))).toBeCloseTo(0.6, 1);
  });
});

import { describe, expect, it } from 'vitest';
import { GATE_OUTPUTS } from '../../../src/data/gates';
import { build, configFor, rows } from './helpers';

const TRUTH: Record<string, number[][]> = {
  // x₁, x₂, output
  'gate-and': [
    [0, 0, 0],
    [0, 1, 0],
    [1, 0, 0],
    [1, 1, 1],
  ],
  'gate-or': [
    [0, 0, 0],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 1],
  ],
  'gate-xor': [
    [0, 0, 0],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ],
  'gate-xnor': [
    [0, 0, 1],
    [0, 1, 0],
    [1, 0, 0],
    [1, 1, 1],
  ],
  'gate-nand': [
    [0, 0, 1],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ],
};

const GATES = Object.keys(GATE_OUTPUTS) as (keyof typeof GATE_OUTPUTS)[];

describe('logic gates', () => {
  it.each(GATES)('%s: exactly the 4 truth-table rows, all for training', (name) => {
    // testFraction is ignored: two rows of XOR teach nothing.
    const d = build(configFor(name, { noise: 0, testFraction: 0.5, samples: 400 }));
    expect(d.train.count).toBe(4);
    expect(d.test.count).toBe(0);
    expect(d.task).toBe('binary');
    const table = rows(d.train.raw, 2).map((point, i) => [...point, d.train.labels[i]]);
    table.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(table).toEqual(TRUTH[name]);
  });

  it('noise jitters the inputs but keeps the labels', () => {
    const d = build(configFor('gate-xor', { noise: 0.5 }));
    const points = rows(d.train.raw, 2);
    let moved = 0;
    points.forEach(([x1, x2], i) => {
      const a = Math.round(x1);
      const b = Math.round(x2);
      if (x1 !== a || x2 !== b) moved++;
      // σ = 0.125: every point stays well within 0.5 of its corner with this seed.
      expect(d.train.labels[i]).toBe(a ^ b);
    });
    expect(moved).toBe(4);
  });

  it('gates take the 2-D features, e.g. x₁x₂ makes XOR linearly separable', () => {
    const d = build(configFor('gate-xor', { noise: 0, features: ['x1', 'x2', 'x1x2'] }));
    expect(d.inputNames).toEqual(['x₁', 'x₂', 'x₁x₂']);
    rows(d.train.inputs, 3).forEach(([x1, x2, product]) => expect(product).toBe(x1 * x2));
  });
});

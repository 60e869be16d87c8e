import { describe, expect, it } from 'vitest';
import type { HiddenActivation } from '../../../src/config/types';
import {
  Act,
  activate,
  activateAt,
  activationCode,
  derivativeAt,
  multiplyByDerivative,
  sigmoid,
  softmaxRow,
} from '../../../src/engine/activations';
import { MATHS_VERSIONS, type MathsVersion } from '../../../src/core/detmath';
import { refDH, refH, type ActParams } from './reference';

const P: ActParams = { slope: 0.1, alpha: 1.5 };
const ELEMENTWISE: HiddenActivation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu'];

function paramOf(name: HiddenActivation): number {
  return name === 'leaky-relu' ? P.slope : name === 'elu' ? P.alpha : 0;
}

/** h and h′ through the batch entry points (activate, multiplyByDerivative with e = 1). */
function batchH(
  name: HiddenActivation,
  xs: number[],
  maths: MathsVersion = 2,
): { z: number[]; dh: number[] } {
  const code = activationCode(name, maths);
  const a = Float64Array.from(xs);
  const z = new Float64Array(xs.length);
  activate(code, a, z, 1, xs.length, paramOf(name));
  const e = new Float64Array(xs.length).fill(1);
  multiplyByDerivative(code, a, z, e, xs.length, paramOf(name));
  return { z: Array.from(z), dh: Array.from(e) };
}

describe('element-wise activations against hand values', () => {
  // Each row: name, a, h(a), h′(a), all worked by hand:
  //  σ(ln 3) = 1/(1 + 1/3) = 3/4, σ′ = σ(1−σ) = 3/16;  σ(−ln 3) = 1/4, σ′ = 3/16;  σ(0) = 1/2, σ′ = 1/4
  //  tanh(ln 2) = (4 − 1)/(4 + 1) = 3/5, tanh′ = 1 − 9/25 = 16/25;  tanh(−ln 2) = −3/5
  //  ReLU: h(−2) = 0, h′ = 0; h(3) = 3, h′ = 1
  //  Leaky ReLU slope 0.1: h(−2) = −0.2, h′ = 0.1; h(3) = 3, h′ = 1
  //  ELU α = 1.5: h(−ln 2) = 1.5(1/2 − 1) = −0.75, h′ = 1.5·e^(−ln 2) = 0.75; h(2) = 2, h′ = 1
  const cases: [HiddenActivation, number, number, number][] = [
    ['linear', -2.5, -2.5, 1],
    ['linear', 4, 4, 1],
    ['sigmoid', Math.log(3), 3 / 4, 3 / 16],
    ['sigmoid', -Math.log(3), 1 / 4, 3 / 16],
    ['sigmoid', 0, 1 / 2, 1 / 4],
    ['tanh', Math.log(2), 3 / 5, 16 / 25],
    ['tanh', -Math.log(2), -3 / 5, 16 / 25],
    ['tanh', 0, 0, 1],
    ['relu', -2, 0, 0],
    ['relu', 3, 3, 1],
    ['leaky-relu', -2, -0.2, 0.1],
    ['leaky-relu', 3, 3, 1],
    ['elu', -Math.log(2), -0.75, 0.75],
    ['elu', 2, 2, 1],
  ];

  it.each(cases)(
    '%s at %f: activateAt and derivativeAt, in both maths versions',
    (name, a, h, dh) => {
      for (const maths of MATHS_VERSIONS) {
        const code = activationCode(name, maths);
        expect(activateAt(code, a, paramOf(name))).toBeCloseTo(h, 15);
        expect(derivativeAt(code, a, paramOf(name))).toBeCloseTo(dh, 15);
      }
    },
  );

  it.each(cases)('%s at %f: batch activate and multiplyByDerivative', (name, a, h, dh) => {
    for (const maths of MATHS_VERSIONS) {
      const { z, dh: d } = batchH(name, [a], maths);
      expect(z[0]).toBeCloseTo(h, 15);
      expect(d[0]).toBeCloseTo(dh, 15);
    }
  });

  it('multiplyByDerivative multiplies the incoming error, element by element', () => {
    // e = [2, −3] through sigmoid at a = [ln 3, 0]: δ = [2·3/16, −3·1/4]
    const a = Float64Array.from([Math.log(3), 0]);
    const z = new Float64Array(2);
    activate(Act.sigmoid, a, z, 1, 2, 0);
    const e = Float64Array.from([2, -3]);
    multiplyByDerivative(Act.sigmoid, a, z, e, 2, 0);
    expect(e[0]).toBeCloseTo(6 / 16, 15);
    expect(e[1]).toBeCloseTo(-3 / 4, 15);
  });

  it('ReLU and Leaky ReLU take the a > 0 branch only for positive a (h′(0) = 0, slope)', () => {
    expect(derivativeAt(Act.relu, 0, 0)).toBe(0);
    expect(derivativeAt(Act.leakyRelu, 0, 0.1)).toBe(0.1);
    expect(batchH('relu', [0]).dh[0]).toBe(0);
    expect(batchH('leaky-relu', [0]).dh[0]).toBeCloseTo(0.1, 15);
  });
});

describe('element-wise activations against the reference formulas and finite differences', () => {
  // A grid over [−6, 6] that avoids the kink at 0 (it is offset by 0.0137).
  const grid = Array.from({ length: 121 }, (_, k) => -6 + 0.1 * k + 0.0137);

  it.each(ELEMENTWISE)('%s: h equals the reference on a grid, in both maths versions', (name) => {
    for (const maths of MATHS_VERSIONS) {
      const code = activationCode(name, maths);
      const { z } = batchH(name, grid, maths);
      for (let k = 0; k < grid.length; k++) {
        const want = refH(name, grid[k], P);
        expect(Math.abs(activateAt(code, grid[k], paramOf(name)) - want)).toBeLessThan(1e-14);
        expect(Math.abs(z[k] - want)).toBeLessThan(1e-14);
      }
    }
  });

  it.each(ELEMENTWISE)('%s: h′ equals the closed form and central differences of h', (name) => {
    const code = activationCode(name, 2);
    const { dh } = batchH(name, grid);
    const step = 1e-6;
    for (let k = 0; k < grid.length; k++) {
      const a = grid[k];
      const numeric = (refH(name, a + step, P) - refH(name, a - step, P)) / (2 * step);
      const closedForm = refDH(name, a, P);
      // Central differences are exact to O(step²) plus round-off ~1e-10 here.
      expect(Math.abs(closedForm - numeric)).toBeLessThan(1e-8);
      expect(Math.abs(derivativeAt(code, a, paramOf(name)) - closedForm)).toBeLessThan(1e-14);
      expect(Math.abs(dh[k] - closedForm)).toBeLessThan(1e-14);
    }
  });

  it('ELU with α = 1 is smooth at 0: h′(0) = 1 from both sides', () => {
    const step = 1e-7;
    const numeric = (activateAt(Act.elu, step, 1) - activateAt(Act.elu, -step, 1)) / (2 * step);
    expect(numeric).toBeCloseTo(1, 6);
    expect(derivativeAt(Act.elu, 0, 1)).toBe(1);
    expect(derivativeAt(Act.elu, -1e-12, 1)).toBeCloseTo(1, 11);
  });
});

describe('sigmoid and tanh: ranges, bounds and numerical stability', () => {
  it('sigmoid is finite at ±1000 (no NaN) and saturates to exactly 0 and 1', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(derivativeAt(Act.sigmoid, 1000, 0)).toBe(0);
    expect(derivativeAt(Act.sigmoid, -1000, 0)).toBe(0);
    const { z, dh } = batchH('sigmoid', [-1000, 1000, -745, 745]);
    for (const v of [...z, ...dh]) expect(Number.isFinite(v)).toBe(true);
    expect(z[0]).toBe(0);
    expect(z[1]).toBe(1);
  });

  it('sigmoid keeps relative precision in the far negative tail', () => {
    // σ(a) = eᵃ/(1 + eᵃ) = eᵃ(1 − eᵃ + …), so σ(−40) = e^(−40) to a relative 4e−18.
    expect(Math.abs(sigmoid(-40) / Math.exp(-40) - 1)).toBeLessThan(1e-15);
    // and 1 − σ(a) = σ(−a): the two tails mirror each other
    for (const a of [0.3, 2, 7, 19]) expect(sigmoid(-a)).toBeCloseTo(1 - sigmoid(a), 15);
  });

  it('sigmoid′ is at most 1/4 (attained at 0); tanh′ is at most 1 (attained at 0)', () => {
    let maxSig = 0;
    let maxTanh = 0;
    for (let k = -20000; k <= 20000; k++) {
      const a = k / 1000;
      maxSig = Math.max(maxSig, derivativeAt(Act.sigmoid, a, 0));
      maxTanh = Math.max(maxTanh, derivativeAt(Act.tanh, a, 0));
    }
    expect(maxSig).toBe(0.25);
    expect(maxTanh).toBe(1);
    const { dh } = batchH('sigmoid', [-3, -0.5, 0, 0.5, 3]);
    for (const d of dh) expect(d).toBeLessThanOrEqual(0.25);
  });

  it('sigmoid output is never zero-centred (always in (0, 1)); tanh is odd', () => {
    const { z } = batchH('sigmoid', [-5, -1, 0, 1, 5]);
    for (const v of z) expect(v > 0 && v < 1).toBe(true);
    for (const a of [0.1, 1, 3])
      expect(activateAt(Act.tanh, -a, 0)).toBe(-activateAt(Act.tanh, a, 0));
  });
});

describe('softmax rows', () => {
  function softmax(rows: number[][]): number[][] {
    const width = rows[0].length;
    const a = Float64Array.from(rows.flat());
    const z = new Float64Array(a.length);
    activate(Act.softmax, a, z, rows.length, width, 0);
    return rows.map((_, r) => Array.from(z.subarray(r * width, (r + 1) * width)));
  }

  it('hand values, each row normalized on its own', () => {
    // softmax(0, ln 2, ln 3) = (1, 2, 3)/6;  softmax(ln 5, 0, 0) = (5, 1, 1)/7
    const [r0, r1] = softmax([
      [0, Math.log(2), Math.log(3)],
      [Math.log(5), 0, 0],
    ]);
    [1 / 6, 2 / 6, 3 / 6].forEach((v, k) => expect(r0[k]).toBeCloseTo(v, 15));
    [5 / 7, 1 / 7, 1 / 7].forEach((v, k) => expect(r1[k]).toBeCloseTo(v, 15));
  });

  it('is stable at large logits: no overflow, exact limits, shift invariance', () => {
    // (1000, 1000 + ln 3): e^1000 overflows, yet the answer is (1/4, 3/4)
    const [r0, r1, r2] = softmax([
      [1000, 1000 + Math.log(3), -Infinity],
      [-1000, 0, 1000],
      [-800, -800, -800],
    ]);
    expect(r0[0]).toBeCloseTo(1 / 4, 12);
    expect(r0[1]).toBeCloseTo(3 / 4, 12);
    expect(r0[2]).toBe(0);
    expect(r1).toEqual([0, 0, 1]);
    r2.forEach((v) => expect(v).toBeCloseTo(1 / 3, 15));
    const base = [0.3, -1.2, 2.5, 0];
    const shifted = softmax([base, base.map((v) => v + 700)]);
    for (let k = 0; k < 4; k++) expect(shifted[1][k]).toBeCloseTo(shifted[0][k], 14);
  });

  it('rows sum to 1 and every value is in [0, 1]', () => {
    const rowsIn = [
      [3, -2, 0.5, 7, -9],
      [1e-3, 2e-3, 0, -1e-3, 5],
    ];
    const out = softmax(rowsIn);
    for (const row of out) {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
      for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it('softmaxRow works at an offset and leaves other values alone', () => {
    const a = Float64Array.from([9, 9, 0, Math.log(4), 9]);
    const z = Float64Array.from([7, 7, 7, 7, 7]);
    softmaxRow(a, z, 2, 2);
    // softmax(0, ln 4) = (1, 4)/5
    expect([z[0], z[1], z[4]]).toEqual([7, 7, 7]);
    expect(z[2]).toBeCloseTo(1 / 5, 15);
    expect(z[3]).toBeCloseTo(4 / 5, 15);
  });

  it('is not element-wise: its point h′ is undefined and the hidden-layer rule leaves e alone', () => {
    expect(Number.isNaN(derivativeAt(Act.softmax, 0, 0))).toBe(true);
    expect(Number.isNaN(activateAt(Act.softmax, 0, 0))).toBe(true);
    const e = Float64Array.from([1, 2]);
    multiplyByDerivative(Act.softmax, new Float64Array(2), new Float64Array(2), e, 2, 0);
    expect(Array.from(e)).toEqual([1, 2]);
  });
});

describe('activation codes', () => {
  it('every configured name maps to its own code', () => {
    const names = [...ELEMENTWISE, 'softmax'] as const;
    for (const maths of MATHS_VERSIONS) {
      const codes = names.map((n) => activationCode(n, maths));
      expect(new Set(codes).size).toBe(names.length);
      expect(activationCode('leaky-relu', maths)).toBe(Act.leakyRelu);
      expect(activationCode('softmax', maths)).toBe(Act.softmax);
    }
  });

  it('tanh has a code per maths version; every other activation one for both', () => {
    expect(activationCode('tanh', 1)).toBe(Act.tanh);
    expect(activationCode('tanh', 2)).toBe(Act.tanhByTable);
    for (const name of [...ELEMENTWISE, 'softmax'] as const) {
      if (name !== 'tanh') expect(activationCode(name, 1)).toBe(activationCode(name, 2));
    }
  });
});

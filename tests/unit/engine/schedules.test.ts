import { describe, expect, it } from 'vitest';
import type { ScheduleConfig } from '../../../src/config/types';
import { scheduledLearningRate } from '../../../src/engine/schedules';
import { Trainer } from '../../../src/engine/trainer';
import { configWith, tableDataset } from './fixtures';

const BASE: ScheduleConfig = {
  kind: 'constant',
  decay: 0.5,
  gamma: 0.5,
  every: 10,
  cycleLow: 0.01,
  cycleSteps: 100,
};

const at = (kind: ScheduleConfig['kind'], epoch: number, step = 0, patch = {}) =>
  scheduledLearningRate(0.1, { ...BASE, kind, ...patch }, epoch, step);

describe('schedule formulas at chosen epochs and steps (η₀ = 0.1)', () => {
  it('constant: η₀ at every epoch and step', () => {
    for (const [e, s] of [
      [0, 0],
      [7, 123],
      [1000, 99999],
    ])
      expect(at('constant', e, s)).toBe(0.1);
  });

  it('inverse-time: η₀ / (1 + d·epoch)', () => {
    expect(at('inverse-time', 0)).toBe(0.1);
    expect(at('inverse-time', 1)).toBeCloseTo(0.1 / 1.5, 15); // d = 0.5
    expect(at('inverse-time', 4)).toBeCloseTo(0.1 / 3, 15);
    expect(at('inverse-time', 18)).toBeCloseTo(0.01, 15);
  });

  it('compound: η ← η / (1 + d) at every step, by hand for d = 0.5', () => {
    // η₀ = 0.1; each step divides by 1.5: 0.1, 1/15, 2/45, 4/135, 8/405, …
    const hand = [0.1, 1 / 15, 2 / 45, 4 / 135, 8 / 405];
    hand.forEach((v, s) => expect(at('compound', 0, s)).toBeCloseTo(v, 16));
    // the same sequence by repeated division, 40 steps long
    let eta = 0.1;
    for (let s = 0; s <= 40; s++) {
      expect(at('compound', 7, s) / eta).toBeCloseTo(1, 13);
      eta /= 1.5;
    }
    // d = 0.01 over 100 steps: 0.1 / 1.01¹⁰⁰ = 0.03697…
    expect(at('compound', 0, 100, { decay: 0.01 })).toBeCloseTo(0.036971121, 9);
    expect(at('compound', 3, 0, { decay: 0.01 })).toBe(0.1);
  });

  it('compound and inverse-time read the same d differently: per step vs per epoch', () => {
    // after 10 epochs of 20 steps with d = 0.01: η₀/1.1 against η₀/1.01²⁰⁰
    expect(at('inverse-time', 10, 200, { decay: 0.01 })).toBeCloseTo(0.1 / 1.1, 15);
    expect(at('compound', 10, 200, { decay: 0.01 })).toBeCloseTo(0.1 / 7.316018, 7);
  });

  it('step: η₀ γ^⌊epoch/every⌋ — flat within a block, halved at each boundary', () => {
    expect(at('step', 0)).toBe(0.1);
    expect(at('step', 9)).toBe(0.1);
    expect(at('step', 10)).toBeCloseTo(0.05, 15);
    expect(at('step', 19)).toBeCloseTo(0.05, 15);
    expect(at('step', 25)).toBeCloseTo(0.025, 15);
    expect(at('step', 30, 0, { gamma: 0.1, every: 3 })).toBeCloseTo(1e-11, 24);
  });

  it('exponential: η₀ γ^epoch', () => {
    expect(at('exponential', 0, 0, { gamma: 0.9 })).toBe(0.1);
    expect(at('exponential', 3, 0, { gamma: 0.9 })).toBeCloseTo(0.0729, 15);
    expect(at('exponential', 10, 0, { gamma: 0.5 })).toBeCloseTo(0.1 / 1024, 16);
  });

  it('epoch-based schedules ignore the step count', () => {
    for (const kind of ['inverse-time', 'step', 'exponential'] as const) {
      expect(at(kind, 5, 0)).toBe(at(kind, 5, 777));
    }
  });

  it('cyclic (triangular): low → high → low over cycleSteps, repeating', () => {
    // low 0.01, high η₀ = 0.1, 100 steps per cycle: a quarter of the way up is 0.01 + 0.09/2
    expect(at('cyclic', 0, 0)).toBeCloseTo(0.01, 15);
    expect(at('cyclic', 0, 25)).toBeCloseTo(0.055, 15);
    expect(at('cyclic', 0, 50)).toBeCloseTo(0.1, 15);
    expect(at('cyclic', 0, 75)).toBeCloseTo(0.055, 15);
    expect(at('cyclic', 0, 100)).toBeCloseTo(0.01, 15);
    expect(at('cyclic', 9, 150)).toBeCloseTo(0.1, 15);
    expect(at('cyclic', 0, 210)).toBeCloseTo(0.01 + 0.09 * 0.2, 15);
    // strictly rising over the first half, strictly falling over the second, within [low, high]
    for (let s = 0; s < 100; s++) {
      const now = at('cyclic', 0, s);
      const next = at('cyclic', 0, s + 1);
      expect(now).toBeGreaterThanOrEqual(0.01 - 1e-17);
      expect(now).toBeLessThanOrEqual(0.1 + 1e-17);
      if (s < 50) expect(next).toBeGreaterThan(now);
      else expect(next).toBeLessThan(now);
    }
  });
});

describe('schedules inside the Trainer', () => {
  // 8 samples, batches of 4: an epoch is 2 steps.
  const dataset = tableDataset(
    Array.from({ length: 8 }, (_, k) => [k / 8]),
    Array.from({ length: 8 }, (_, k) => [k % 2]),
  );

  function lrsOver(schedule: Partial<ScheduleConfig>, steps: number): number[] {
    const trainer = new Trainer(
      configWith({ optimizer: { learningRate: 0.1 }, schedule, batchSize: 4 }),
      dataset,
    );
    const out: number[] = [];
    for (let k = 0; k < steps; k++) {
      expect(trainer.learningRate).toBe(
        scheduledLearningRate(0.1, trainer.schedule, trainer.epoch, trainer.stepsDone),
      );
      trainer.step();
      out.push(trainer.lastLearningRate);
    }
    return out;
  }

  it('epoch-based decay uses completed epochs: it changes every second step here', () => {
    const lrs = lrsOver({ kind: 'inverse-time', decay: 1 }, 6);
    // epochs 0, 0, 1, 1, 2, 2 → η₀/1, η₀/1, η₀/2, η₀/2, η₀/3, η₀/3
    [0.1, 0.1, 0.05, 0.05, 0.1 / 3, 0.1 / 3].forEach((v, k) => expect(lrs[k]).toBeCloseTo(v, 15));
  });

  it('compound decay divides η by (1 + d) after every step inside the trainer', () => {
    const lrs = lrsOver({ kind: 'compound', decay: 1 }, 5);
    // steps 0…4 → η₀, η₀/2, η₀/4, η₀/8, η₀/16 (exact in binary)
    expect(lrs).toEqual([0.1, 0.05, 0.025, 0.0125, 0.00625]);
  });

  it('cyclic follows completed steps: low, mid, high, mid, low for a 4-step cycle', () => {
    const lrs = lrsOver({ kind: 'cyclic', cycleLow: 0.02, cycleSteps: 4 }, 5);
    [0.02, 0.06, 0.1, 0.06, 0.02].forEach((v, k) => expect(lrs[k]).toBeCloseTo(v, 15));
  });

  it('a schedule change applies from the next step', () => {
    const trainer = new Trainer(
      configWith({ optimizer: { learningRate: 0.1 }, batchSize: 4 }),
      dataset,
    );
    trainer.run(4); // 2 epochs done
    trainer.setSchedule({ ...trainer.schedule, kind: 'exponential', gamma: 0.5 });
    trainer.step();
    expect(trainer.lastLearningRate).toBeCloseTo(0.025, 15);
  });
});

import { describe, expect, it } from 'vitest';
import { GRADIENT_LIMIT, Trainer, type StepOutcome } from '../../../src/engine/trainer';
import { bitEqual, configWith, layer, tableDataset } from './fixtures';

function state(t: Trainer): Float64Array[] {
  return [
    ...t.network.weights,
    ...t.network.biases,
    ...t.groups.map((g) => g.first),
    ...t.groups.map((g) => g.second),
  ].map((a) => a.slice());
}

function sameState(a: Float64Array[], b: Float64Array[]): boolean {
  return a.length === b.length && a.every((arr, k) => bitEqual(arr, b[k]));
}

describe('divergence is reported, not thrown, and the failing step changes nothing', () => {
  // One weight, no bias, x = 10, y = 0, half-sse: C = ½(10w)², ∂C/∂w = 100w. With momentum
  // (μ = 0.5) and η = 100 the weight is multiplied by about −10⁴ per step, so the gradient
  // passes GRADIENT_LIMIT = 1e100 after about 25 steps while every value is still finite.
  const eta = 100;
  const mu = 0.5;

  function simulate(): { failingStep: number } {
    let w = 1;
    let v = 0;
    for (let step = 0; ; step++) {
      const g = 100 * w; // ∂C/∂w
      if (!(Math.abs(g) <= GRADIENT_LIMIT)) return { failingStep: step };
      v = mu * v - eta * g;
      w += v;
    }
  }

  it('a huge learning rate on a linear net: stage "gradient", layer 1, at the predicted step', () => {
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: false },
        loss: 'half-sse',
        optimizer: { kind: 'momentum', learningRate: eta, momentum: mu },
        batchSize: 1,
        initialParams: { weights: [[1]], biases: [[0]] },
      }),
      tableDataset([[10]], [[0]]),
    );
    const { failingStep } = simulate();
    expect(failingStep).toBeGreaterThan(20);
    let outcome = { ok: true } as StepOutcome;
    let before = state(trainer);
    let steps = 0;
    expect(() => {
      for (; steps < 1000; steps++) {
        before = state(trainer);
        outcome = trainer.step();
        if (!outcome.ok) break;
      }
    }).not.toThrow();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.divergence.step).toBe(failingStep);
    expect(steps).toBe(failingStep);
    expect(outcome.divergence.layer).toBe(1);
    expect(outcome.divergence.stage).toBe('gradient');
    expect(outcome.divergence.message).toContain('layer 1');
    // parameters and optimizer state are those from before the failing step
    expect(sameState(state(trainer), before)).toBe(true);
    expect(trainer.stepsDone).toBe(failingStep);
    expect(trainer.optimizerSteps).toBe(failingStep);
    // trying again fails the same way and still changes nothing
    const again = trainer.step();
    expect(again.ok).toBe(false);
    expect(sameState(state(trainer), before)).toBe(true);
  });

  it('run() stops at the divergence and returns it', () => {
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: false },
        loss: 'half-sse',
        optimizer: { kind: 'momentum', learningRate: eta, momentum: mu },
        batchSize: 1,
        initialParams: { weights: [[1]], biases: [[0]] },
      }),
      tableDataset([[10]], [[0]]),
    );
    const d = trainer.run(1000);
    expect(d).not.toBeNull();
    expect(d!.step).toBe(simulate().failingStep);
    expect(trainer.stepsDone).toBe(d!.step);
  });

  it('an overflow in the forward pass: stage "forward" at the layer that overflowed', () => {
    // x = 1 → a⁽¹⁾ = 1e200 (finite) → a⁽²⁾ = 1e200 · 1e200 = ∞
    const trainer = new Trainer(
      configWith({
        hidden: [layer(1, 'linear')],
        output: { activation: 'linear', bias: true },
        optimizer: { kind: 'adam' },
        batchSize: 1,
        initialParams: { weights: [[1e200], [1e200]], biases: [[0], [0]] },
      }),
      tableDataset([[1]], [[0]]),
    );
    const before = state(trainer);
    const outcome = trainer.step();
    expect(outcome).toMatchObject({
      ok: false,
      divergence: { step: 0, layer: 2, stage: 'forward' },
    });
    expect(sameState(state(trainer), before)).toBe(true);
    expect(trainer.stepsDone).toBe(0);
  });

  it('finite outputs whose loss overflows: stage "loss"', () => {
    // ŷ = 1e200 is finite, but ½(ŷ − 0)² = ∞
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: false },
        batchSize: 1,
        initialParams: { weights: [[1e200]], biases: [[0]] },
      }),
      tableDataset([[1]], [[0]]),
    );
    const outcome = trainer.step();
    expect(outcome).toMatchObject({ ok: false, divergence: { step: 0, layer: 1, stage: 'loss' } });
    expect(trainer.network.weights[0][0]).toBe(1e200);
  });
});

describe('the learning-rate threshold of gradient descent on a quadratic', () => {
  // C = ½(1.5w − 3)² = ½k(w − 2)² with k = 2.25: w − 2 ← (1 − ηk)(w − 2), which shrinks iff
  // η < 2/k. Just below, it converges while overshooting (sign flips); just above, it diverges.
  function lossesWith(eta: number): number[] {
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: false },
        optimizer: { kind: 'sgd', learningRate: eta },
        batchSize: 1,
        initialParams: { weights: [[0]], biases: [[0]] },
      }),
      tableDataset([[1.5]], [[3]]),
    );
    const out: number[] = [];
    for (let s = 0; s < 40; s++) {
      trainer.step();
      out.push(trainer.lastBatchLoss);
    }
    return out;
  }

  it('η = 0.95·(2/k) converges, η = 1.05·(2/k) diverges; the loss follows (1 − ηk)^(2t)', () => {
    const k = 2.25;
    for (const [factor, converges] of [
      [0.95, true],
      [1.05, false],
    ] as const) {
      const eta = (factor * 2) / k;
      const losses = lossesWith(eta);
      const ratio = (1 - eta * k) ** 2;
      // C₀ = ½k(0 − 2)² = 4.5, then multiplied by (1 − ηk)² every step
      losses.forEach((c, t) => expect(c).toBeCloseTo(4.5 * ratio ** t, 10));
      expect(losses[39] < losses[0]).toBe(converges);
    }
  });
});

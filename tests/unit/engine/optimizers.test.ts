/**
 * Optimizers against their papers' formulas, re-implemented here per parameter with plain
 * numbers: over several steps, with the learning rate changing between steps, with a
 * hyper-parameter change mid-run (the state must carry on), with L1 / L2 / elastic-net terms
 * on the weights only.
 */
import { describe, expect, it } from 'vitest';
import type {
  OptimizerConfig,
  OptimizerName,
  RegularizationConfig,
  RegularizerName,
} from '../../../src/config/types';
import { applyUpdate, penaltyCoefficients, type ParamGroup } from '../../../src/engine/optimizers';
import { Trainer } from '../../../src/engine/trainer';
import { configWith, maxScaledDiff, tableDataset } from './fixtures';

interface Hyper {
  lr: number;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
}

const BASE: Hyper = {
  lr: 0.1,
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  weightDecay: 0.05,
};
/** Eight steps: the learning rate changes between steps, other settings change at step 4. */
const PLAN: Hyper[] = [0.1, 0.1, 0.05, 0.2, 0.2, 0.02, 0.1, 0.3].map((lr, k) =>
  k < 4
    ? { ...BASE, lr }
    : { lr, momentum: 0.5, rho: 0.99, beta1: 0.8, beta2: 0.99, epsilon: 1e-6, weightDecay: 0.2 },
);

function optimizerConfig(kind: OptimizerName, h: Hyper): OptimizerConfig {
  return {
    kind,
    learningRate: h.lr,
    momentum: h.momentum,
    rho: h.rho,
    beta1: h.beta1,
    beta2: h.beta2,
    epsilon: h.epsilon,
    weightDecay: h.weightDecay,
  };
}

/**
 * One optimizer over a flat parameter vector, from the papers:
 *  SGD        θ ← θ − η g
 *  Momentum   Polyak's heavy ball θₜ₊₁ = θₜ − η g + μ(θₜ − θₜ₋₁) (no velocity variable at all)
 *  Nesterov   the rewritten form of Bengio et al. 2013 / Keras / PyTorch, with Θ the stored
 *             look-ahead point: v ← μv − η∇f(Θ); Θ ← Θ − μ v_prev + (1 + μ) v
 *             (its equivalence with Sutskever's look-ahead form is tested separately below)
 *  Adagrad    Duchi et al. 2011: G ← G + g²; θ ← θ − η g / (√G + ε)
 *  RMSprop    Tieleman & Hinton 2012: E ← ρE + (1 − ρ) g²; θ ← θ − η g / (√E + ε)
 *  Adam       Kingma & Ba 2015, Algorithm 1: m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²;
 *             m̂ ← m / (1 − β₁ᵗ); v̂ ← v / (1 − β₂ᵗ); θ ← θ − η m̂ / (√v̂ + ε)
 *  AdamW      Loshchilov & Hutter 2019, decoupled decay: θ ← θ(1 − η wd), then Adam's step from
 *             the decayed θ, with g excluding the decay (weights only: `decays`)
 */
class RefOptimizer {
  private prev: number[];
  private s1: number[];
  private s2: number[];
  private t = 0;

  constructor(
    private readonly kind: OptimizerName,
    theta: number[],
    private readonly decays = false,
  ) {
    this.prev = theta.slice();
    this.s1 = theta.map(() => 0);
    this.s2 = theta.map(() => 0);
  }

  step(theta: number[], g: number[], h: Hyper): number[] {
    this.t++;
    const t = this.t;
    const next = theta.map((th, k) => {
      switch (this.kind) {
        case 'sgd':
          return th - h.lr * g[k];
        case 'momentum':
          return th - h.lr * g[k] + h.momentum * (th - this.prev[k]);
        case 'nesterov': {
          const vPrev = this.s1[k];
          const v = h.momentum * vPrev - h.lr * g[k];
          this.s1[k] = v;
          return th - h.momentum * vPrev + (1 + h.momentum) * v;
        }
        case 'adagrad':
          this.s1[k] += g[k] * g[k];
          return th - (h.lr * g[k]) / (Math.sqrt(this.s1[k]) + h.epsilon);
        case 'rmsprop':
          this.s1[k] = h.rho * this.s1[k] + (1 - h.rho) * g[k] * g[k];
          return th - (h.lr * g[k]) / (Math.sqrt(this.s1[k]) + h.epsilon);
        case 'adam': {
          this.s1[k] = h.beta1 * this.s1[k] + (1 - h.beta1) * g[k];
          this.s2[k] = h.beta2 * this.s2[k] + (1 - h.beta2) * g[k] * g[k];
          const mHat = this.s1[k] / (1 - h.beta1 ** t);
          const vHat = this.s2[k] / (1 - h.beta2 ** t);
          return th - (h.lr * mHat) / (Math.sqrt(vHat) + h.epsilon);
        }
        case 'adamw': {
          const decayed = this.decays ? th * (1 - h.lr * h.weightDecay) : th;
          this.s1[k] = h.beta1 * this.s1[k] + (1 - h.beta1) * g[k];
          this.s2[k] = h.beta2 * this.s2[k] + (1 - h.beta2) * g[k] * g[k];
          const mHat = this.s1[k] / (1 - h.beta1 ** t);
          const vHat = this.s2[k] / (1 - h.beta2 ** t);
          return decayed - (h.lr * mHat) / (Math.sqrt(vHat) + h.epsilon);
        }
      }
    });
    this.prev = theta.slice();
    return next;
  }
}

// A linear 3 → 2 network (no hidden layer), half-sse, trained full-batch on four samples: its
// batch-mean gradient has a closed form, ∂C/∂W = mean (Wx + b − y) xᵀ, ∂C/∂b = mean (Wx + b − y).
const XS = [
  [0.5, -1, 2],
  [1.5, 0.3, -0.7],
  [-0.2, 0.8, 0.4],
  [1, 1, -1],
];
const YS = [
  [1, -0.5],
  [0.2, 0.7],
  [-1, 0.3],
  [0.5, 0.5],
];
const W0 = [0.3, -0.2, 0.1, 0, 0.4, -0.5]; // w₁₀ w₁₁ w₁₂ | w₂₀ w₂₁ w₂₂ (one weight exactly 0)
const B0 = [0.05, -0.1];

function closedFormGradient(W: number[], b: number[]): { gW: number[]; gb: number[] } {
  const gW = W.map(() => 0);
  const gb = b.map(() => 0);
  XS.forEach((x, s) => {
    for (let j = 0; j < 2; j++) {
      const e = W[3 * j] * x[0] + W[3 * j + 1] * x[1] + W[3 * j + 2] * x[2] + b[j] - YS[s][j];
      for (let i = 0; i < 3; i++) gW[3 * j + i] += (e * x[i]) / XS.length;
      gb[j] += e / XS.length;
    }
  });
  return { gW, gb };
}

/** The regularization term added to the weights' gradient: λ₁ sign(w) + λ₂ w. */
function penaltyGradient(reg: RegularizationConfig, w: number): number {
  // L1: λΣ|w|; L2: (λ/2)Σw²; elastic: λ(αΣ|w| + (1 − α)/2 Σw²)
  const sign = Math.sign(w);
  switch (reg.kind) {
    case 'none':
      return 0;
    case 'l1':
      return reg.rate * sign;
    case 'l2':
      return reg.rate * w;
    case 'elastic':
      return reg.rate * (reg.l1Ratio * sign + (1 - reg.l1Ratio) * w);
  }
}

const REGULARIZERS: RegularizationConfig[] = [
  { kind: 'none', rate: 0, l1Ratio: 0.5 },
  { kind: 'l1', rate: 0.05, l1Ratio: 0.5 },
  { kind: 'l2', rate: 0.2, l1Ratio: 0.5 },
  { kind: 'elastic', rate: 0.1, l1Ratio: 0.3 },
];
const KINDS: OptimizerName[] = [
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
  'adamw',
];

describe('optimizer updates through the Trainer equal the papers’ formulas', () => {
  const cases: [OptimizerName, RegularizerName, RegularizationConfig][] = [];
  for (const kind of KINDS) for (const reg of REGULARIZERS) cases.push([kind, reg.kind, reg]);

  it.each(cases)('%s with %s regularization, 8 steps', (kind, _name, reg) => {
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: true },
        loss: 'half-sse',
        optimizer: optimizerConfig(kind, PLAN[0]),
        regularization: reg,
        batchSize: 4,
        initialParams: { weights: [W0], biases: [B0] },
      }),
      tableDataset(XS, YS),
    );
    const refW = new RefOptimizer(kind, W0, true);
    const refB = new RefOptimizer(kind, B0);
    let W = W0.slice();
    let b = B0.slice();
    PLAN.forEach((h, step) => {
      trainer.setOptimizer(optimizerConfig(kind, h));
      expect(trainer.step().ok).toBe(true);
      expect(trainer.lastLearningRate).toBe(h.lr); // a live change applies to the very next step
      const { gW, gb } = closedFormGradient(W, b);
      // the penalty is on the weights only; biases are never penalized
      const gWReg = gW.map((g, k) => g + penaltyGradient(reg, W[k]));
      W = refW.step(W, gWReg, h);
      b = refB.step(b, gb, h);
      expect(maxScaledDiff(trainer.network.weights[0], W), `W after step ${step}`).toBeLessThan(
        1e-12,
      );
      expect(maxScaledDiff(trainer.network.biases[0], b), `b after step ${step}`).toBeLessThan(
        1e-12,
      );
    });
    // the optimizer's step counter kept counting through the hyper-parameter change
    expect(trainer.optimizerSteps).toBe(PLAN.length);
  });

  it('penalty coefficients: λ₁ Σ|w| + (λ₂/2) Σ w² for each regularizer', () => {
    expect(penaltyCoefficients({ kind: 'none', rate: 0.3, l1Ratio: 0.5 })).toEqual({
      l1: 0,
      l2: 0,
    });
    expect(penaltyCoefficients({ kind: 'l1', rate: 0.3, l1Ratio: 0.5 })).toEqual({
      l1: 0.3,
      l2: 0,
    });
    expect(penaltyCoefficients({ kind: 'l2', rate: 0.3, l1Ratio: 0.5 })).toEqual({
      l1: 0,
      l2: 0.3,
    });
    const e = penaltyCoefficients({ kind: 'elastic', rate: 0.5, l1Ratio: 0.2 });
    expect(e.l1).toBeCloseTo(0.1, 15);
    expect(e.l2).toBeCloseTo(0.4, 15);
  });
});

/** A single parameter group for applyUpdate. */
function group(values: number[], grad: number[], regularize = true, trainable = true): ParamGroup {
  return {
    param: Float64Array.from(values),
    grad: Float64Array.from(grad),
    first: new Float64Array(values.length),
    second: new Float64Array(values.length),
    regularize,
    trainable,
  };
}

function stats(n: number) {
  return { updateSq: new Float64Array(n), paramSq: new Float64Array(n) };
}

describe('Adam bias correction is divided, not multiplied', () => {
  // With a constant gradient g, mₜ = (1 − β₁ᵗ)g and vₜ = (1 − β₂ᵗ)g², so m̂ = g and v̂ = g²:
  // every step moves θ by −η·g/(|g| + ε) ≈ −η·sign(g), from the very first step.
  // Multiplying instead (m·(1 − β₁ᵗ)) would make the first step −η·0.01g/(0.001|g|) = −10η·sign(g).
  it('each step with a constant gradient moves the parameter by η·g/(|g| + ε)', () => {
    const g = [0.3, -2, 1e-3];
    const G = group([1, 1, 1], g);
    const opt = optimizerConfig('adam', BASE);
    for (let t = 1; t <= 10; t++) {
      const before = Array.from(G.param);
      applyUpdate([G], opt, 0.01, t, 0, 0, stats(1));
      g.forEach((gk, k) => {
        const expected = (-0.01 * gk) / (Math.abs(gk) + 1e-8);
        expect(Math.abs(G.param[k] - before[k] - expected)).toBeLessThan(1e-15);
      });
    }
  });

  it('the first step is η·sign(g) whatever the gradient’s scale', () => {
    for (const scale of [1e-6, 1, 1e6]) {
      const G = group([0], [scale]);
      applyUpdate([G], { ...optimizerConfig('adam', BASE), epsilon: 0 }, 0.05, 1, 0, 0, stats(1));
      expect(G.param[0]).toBeCloseTo(-0.05, 14);
    }
  });
});

describe('Nesterov: the rewritten form equals Sutskever’s look-ahead form', () => {
  // f(θ) = ½k(θ − c)², ∇f(θ) = k(θ − c). Sutskever et al. 2013:
  //   vₜ₊₁ = μvₜ − η∇f(θₜ + μvₜ);  θₜ₊₁ = θₜ + vₜ₊₁.
  // The engine stores Θ = θ + μv and takes the gradient there, so after every step
  //   Θₜ = θₜ + μvₜ and the engine's velocity equals vₜ.
  const k = 2.5;
  const c = 3;
  const mu = 0.9;
  const lrs = [0.1, 0.1, 0.05, 0.2, 0.02, 0.1, 0.1, 0.15, 0.3, 0.01, 0.1, 0.1];

  it('applyUpdate, step by step on a 1-D quadratic', () => {
    let theta = -1;
    let v = 0;
    const G = group([theta], [0]);
    const opt = { ...optimizerConfig('nesterov', BASE), momentum: mu };
    lrs.forEach((lr, t) => {
      G.grad[0] = k * (G.param[0] - c); // the engine's gradient: at its stored parameter Θ
      applyUpdate([G], opt, lr, t + 1, 0, 0, stats(1));
      const vNext = mu * v - lr * k * (theta + mu * v - c); // look-ahead gradient
      theta += vNext;
      v = vNext;
      expect(G.first[0]).toBeCloseTo(v, 13);
      expect(G.param[0]).toBeCloseTo(theta + mu * v, 13);
    });
  });

  it('through the Trainer on a one-weight network', () => {
    // 1 → 1 linear, no bias, x = 1.5, y = 2: C = ½(1.5w − 2)², ∇C = 2.25w − 3 = 2.25(w − 4/3).
    const trainer = new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: false },
        loss: 'half-sse',
        optimizer: { ...optimizerConfig('nesterov', BASE), momentum: mu },
        batchSize: 1,
        initialParams: { weights: [[0.5]], biases: [[0]] },
      }),
      tableDataset([[1.5]], [[2]]),
    );
    let theta = 0.5;
    let v = 0;
    for (const lr of lrs) {
      trainer.setOptimizer({ ...trainer.optimizer, learningRate: lr });
      trainer.step();
      const vNext = mu * v - lr * 2.25 * (theta + mu * v - 4 / 3);
      theta += vNext;
      v = vNext;
      expect(trainer.network.weights[0][0]).toBeCloseTo(theta + mu * v, 13);
      expect(trainer.groups[0].first[0]).toBeCloseTo(v, 13);
    }
  });
});

describe('optimizer state across changes', () => {
  function linearTrainer(kind: OptimizerName): Trainer {
    return new Trainer(
      configWith({
        hidden: [],
        output: { activation: 'linear', bias: true },
        loss: 'half-sse',
        optimizer: optimizerConfig(kind, BASE),
        batchSize: 4,
        initialParams: { weights: [W0], biases: [B0] },
      }),
      tableDataset(XS, YS),
    );
  }

  it('switching to another optimizer restarts it from zero state (Adam’s t back to 1)', () => {
    const trainer = linearTrainer('momentum');
    trainer.run(3);
    const W = Array.from(trainer.network.weights[0]);
    const b = Array.from(trainer.network.biases[0]);
    trainer.setOptimizer(optimizerConfig('adam', BASE));
    expect(trainer.optimizerSteps).toBe(0);
    trainer.step();
    const { gW, gb } = closedFormGradient(W, b);
    expect(
      maxScaledDiff(trainer.network.weights[0], new RefOptimizer('adam', W).step(W, gW, BASE)),
    ).toBeLessThan(1e-12);
    expect(
      maxScaledDiff(trainer.network.biases[0], new RefOptimizer('adam', b).step(b, gb, BASE)),
    ).toBeLessThan(1e-12);
  });

  it('switching back to momentum does not resurrect the old velocity', () => {
    const trainer = linearTrainer('momentum');
    trainer.run(3);
    trainer.setOptimizer(optimizerConfig('sgd', BASE));
    trainer.setOptimizer(optimizerConfig('momentum', BASE));
    const W = Array.from(trainer.network.weights[0]);
    const b = Array.from(trainer.network.biases[0]);
    trainer.step();
    // zero velocity: the first momentum step is a plain gradient step
    const { gW } = closedFormGradient(W, b);
    expect(
      maxScaledDiff(
        trainer.network.weights[0],
        W.map((w, k) => w - 0.1 * gW[k]),
      ),
    ).toBeLessThan(1e-12);
  });

  it('a layer without bias keeps its biases at exactly zero under every optimizer and penalty', () => {
    for (const kind of KINDS) {
      const frozen = group([0, 0], [0.5, -0.3], false, false);
      const live = group([0.2, 0.2], [0.5, -0.3], true, true);
      for (let t = 1; t <= 3; t++) {
        applyUpdate([live, frozen], optimizerConfig(kind, BASE), 0.1, t, 0.1, 0.1, stats(2));
      }
      expect(Array.from(frozen.param)).toEqual([0, 0]);
      expect(Array.from(live.param)).not.toEqual([0.2, 0.2]);
    }
  });

  it('update statistics: Σ(Δw)² and Σw² after the update', () => {
    // SGD, η = 0.5: w = (1, −2), g = (0.2, 0.4) → Δw = (−0.1, −0.2), w' = (0.9, −2.2)
    const G = group([1, -2], [0.2, 0.4]);
    const s = stats(1);
    applyUpdate([G], optimizerConfig('sgd', BASE), 0.5, 1, 0, 0, s);
    expect(s.updateSq[0]).toBeCloseTo(0.05, 15);
    expect(s.paramSq[0]).toBeCloseTo(0.81 + 4.84, 14);
  });
});

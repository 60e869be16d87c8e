import type { OptimizerDescriptor } from './types';

/**
 * AdamW (Loshchilov & Hutter 2019): Adam with the weight decay taken out of the gradient and
 * applied to the weights directly, so adaptive scaling cannot weaken it:
 *   w ← w·(1 − η·wd);  m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;
 *   w ← w − η m̂ / (√v̂ + ε),  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ).
 * g excludes the decay and includes the run's L1/L2 penalty (taken at the stored w). Like those
 * penalties, the decay applies to weights only; biases are not decayed.
 */
export const adamw: OptimizerDescriptor<'adamw'> = {
  name: 'adamw',
  label: 'AdamW',
  longName: 'AdamW',
  formula: 'w ← w·(1 − η·wd), then Adam’s step w ← w − η m̂ / (√v̂ + ε)',
  hypers: ['beta1', 'beta2', 'epsilon', 'weightDecay'],
  state: [
    { symbol: 'm', name: 'first moment m' },
    { symbol: 'v', name: 'second moment v' },
  ],
  biasCorrection: true,
  decoupledDecay: true,
  update(p, c, penalized, out) {
    const { param: w, grad: g, first: s1, second: s2 } = p;
    const n = w.length;
    const { lr, beta1: b1, beta2: b2, epsilon: eps, c1, c2 } = c;
    const l1 = penalized ? c.l1 : 0;
    const l2 = penalized ? c.l2 : 0;
    const decay = penalized ? c.decay : 1;
    const l1Sign = l1 !== 0; // see sgd.ts: λ₁·w is λ₁·sign(w) when λ₁ = 0
    const sums = out !== null; // the statistics only when someone reads them
    let du2 = 0;
    let w2 = 0;
    for (let k = 0; k < n; k++) {
      const wk = w[k];
      const gk = g[k] + l2 * wk + l1 * (l1Sign ? Math.sign(wk) : wk);
      const m = b1 * s1[k] + (1 - b1) * gk;
      const v = b2 * s2[k] + (1 - b2) * gk * gk;
      s1[k] = m;
      s2[k] = v;
      // θ ← θ·(1 − η·wd), then θ ← θ − η·m̂/(√v̂ + ε)
      const next = wk * decay - (lr * (m * c1)) / (Math.sqrt(v * c2) + eps);
      w[k] = next;
      const step = next - wk;
      if (sums) {
        du2 += step * step;
        w2 += next * next;
      }
    }
    if (out === null) return;
    out.updateSq = du2;
    out.paramSq = w2;
  },
};

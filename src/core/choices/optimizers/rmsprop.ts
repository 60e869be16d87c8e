import type { OptimizerDescriptor } from './types';

/** RMSprop (Tieleman & Hinton 2012): E ← ρE + (1 − ρ)g²;  w ← w − η g / (√E + ε). */
export const rmsprop: OptimizerDescriptor<'rmsprop'> = {
  name: 'rmsprop',
  label: 'RMSprop',
  longName: 'RMSprop',
  formula: 'E ← ρE + (1 − ρ) g²;  w ← w − η g / (√E + ε)',
  hypers: ['rho', 'epsilon'],
  state: [{ symbol: 'E', name: 'mean squared gradient E' }],
  biasCorrection: false,
  decoupledDecay: false,
  update(p, c, penalized, out) {
    const { param: w, grad: g, first: s1 } = p;
    const n = w.length;
    const { lr, rho, epsilon: eps } = c;
    const l1 = penalized ? c.l1 : 0;
    const l2 = penalized ? c.l2 : 0;
    const l1Sign = l1 !== 0; // see sgd.ts: λ₁·w is λ₁·sign(w) when λ₁ = 0
    const sums = out !== null; // the statistics only when someone reads them
    let du2 = 0;
    let w2 = 0;
    for (let k = 0; k < n; k++) {
      const wk = w[k];
      const gk = g[k] + l2 * wk + l1 * (l1Sign ? Math.sign(wk) : wk);
      const E = rho * s1[k] + (1 - rho) * gk * gk;
      s1[k] = E;
      const step = (-lr * gk) / (Math.sqrt(E) + eps);
      const next = wk + step;
      w[k] = next;
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

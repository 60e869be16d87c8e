import type { OptimizerDescriptor } from './types';

/** Adagrad (Duchi et al. 2011): G ← G + g²;  w ← w − η g / (√G + ε). */
export const adagrad: OptimizerDescriptor<'adagrad'> = {
  name: 'adagrad',
  label: 'Adagrad',
  longName: 'Adagrad',
  formula: 'G ← G + g²;  w ← w − η g / (√G + ε)',
  hypers: ['epsilon'],
  state: [{ symbol: 'G', name: 'sum of squared gradients G' }],
  biasCorrection: false,
  decoupledDecay: false,
  update(p, c, penalized, out) {
    const { param: w, grad: g, first: s1 } = p;
    const n = w.length;
    const { lr, epsilon: eps } = c;
    const l1 = penalized ? c.l1 : 0;
    const l2 = penalized ? c.l2 : 0;
    const l1Sign = l1 !== 0; // see sgd.ts: λ₁·w is λ₁·sign(w) when λ₁ = 0
    const sums = out !== null; // the statistics only when someone reads them
    let du2 = 0;
    let w2 = 0;
    for (let k = 0; k < n; k++) {
      const wk = w[k];
      const gk = g[k] + l2 * wk + l1 * (l1Sign ? Math.sign(wk) : wk);
      const G = s1[k] + gk * gk;
      s1[k] = G;
      const step = (-lr * gk) / (Math.sqrt(G) + eps);
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

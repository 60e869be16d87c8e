import type { OptimizerDescriptor } from './types';

/** Polyak's heavy ball: v ← μv − ηg; w ← w + v (Sutskever et al. 2013). */
export const momentum: OptimizerDescriptor<'momentum'> = {
  name: 'momentum',
  label: 'Momentum',
  longName: 'Momentum',
  formula: 'v ← μv − η g;  w ← w + v',
  hypers: ['momentum'],
  state: [{ symbol: 'v', name: 'velocity v' }],
  biasCorrection: false,
  decoupledDecay: false,
  update(p, c, penalized, out) {
    const { param: w, grad: g, first: s1 } = p;
    const n = w.length;
    const { lr, momentum: mu } = c;
    const l1 = penalized ? c.l1 : 0;
    const l2 = penalized ? c.l2 : 0;
    const l1Sign = l1 !== 0; // see sgd.ts: λ₁·w is λ₁·sign(w) when λ₁ = 0
    const sums = out !== null; // the statistics only when someone reads them
    let du2 = 0;
    let w2 = 0;
    for (let k = 0; k < n; k++) {
      const wk = w[k];
      const gk = g[k] + l2 * wk + l1 * (l1Sign ? Math.sign(wk) : wk);
      const v = mu * s1[k] - lr * gk;
      s1[k] = v;
      const next = wk + v;
      w[k] = next;
      if (sums) {
        du2 += v * v;
        w2 += next * next;
      }
    }
    if (out === null) return;
    out.updateSq = du2;
    out.paramSq = w2;
  },
};

import type { OptimizerDescriptor } from './types';

/**
 * Nesterov's look-ahead, rewritten so g is taken at the stored parameters (Bengio et al. 2013):
 * v ← μv − ηg;  w ← w − μ v_prev + (1 + μ) v.
 */
export const nesterov: OptimizerDescriptor<'nesterov'> = {
  name: 'nesterov',
  label: 'Nesterov (NAG)',
  longName: 'Nesterov momentum',
  formula: 'v ← μv − η g;  w ← w − μ v_prev + (1 + μ) v',
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
      const vPrev = s1[k];
      const v = mu * vPrev - lr * gk;
      s1[k] = v;
      const step = -mu * vPrev + (1 + mu) * v;
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

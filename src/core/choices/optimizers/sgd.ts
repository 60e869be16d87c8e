import type { OptimizerDescriptor } from './types';

/** Plain gradient descent: w ← w − η g. */
export const sgd: OptimizerDescriptor<'sgd'> = {
  name: 'sgd',
  label: 'SGD',
  longName: 'SGD',
  formula: 'w ← w − η g',
  hypers: [],
  state: [],
  biasCorrection: false,
  decoupledDecay: false,
  update(p, c, penalized, out) {
    const { param: w, grad: g } = p;
    const n = w.length;
    const lr = c.lr;
    const l1 = penalized ? c.l1 : 0;
    const l2 = penalized ? c.l2 : 0;
    // Without L1 (λ₁ = 0), λ₁·sign(w) and λ₁·w are the same signed zero for every finite w:
    // the same bits without sign()'s branch, which weights of random sign mispredict often.
    const l1Sign = l1 !== 0;
    const sums = out !== null; // the statistics only when someone reads them
    let du2 = 0;
    let w2 = 0;
    if (l1 === 0 && l2 === 0) {
      // No penalty: for finite w the zero terms can only change the sign of a zero step,
      // which leaves w + step and step² as they are — the same bits, half the time.
      for (let k = 0; k < n; k++) {
        const step = -lr * g[k];
        const next = w[k] + step;
        w[k] = next;
        if (sums) {
          du2 += step * step;
          w2 += next * next;
        }
      }
    } else {
      for (let k = 0; k < n; k++) {
        const wk = w[k];
        const gk = g[k] + l2 * wk + l1 * (l1Sign ? Math.sign(wk) : wk);
        const step = -lr * gk;
        const next = wk + step;
        w[k] = next;
        if (sums) {
          du2 += step * step;
          w2 += next * next;
        }
      }
    }
    if (out === null) return;
    out.updateSq = du2;
    out.paramSq = w2;
  },
};

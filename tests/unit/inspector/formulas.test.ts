import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import type { TraceOp } from '../../../src/engine';
import { powInt } from '../../../src/core/detmath';
import { formatValue } from '../../../src/views/shared/format';
import { resolveFocus } from '../../../src/views/StepInspector/focus';
import { opFormula } from '../../../src/views/StepInspector/formulas';
import {
  backSum,
  backwardDeltaFromTrace,
} from '../../../src/views/StepInspector/formulas/backward';
import {
  layerInput,
  shownInputs,
  weightedInput,
} from '../../../src/views/StepInspector/formulas/forward';
import { outputDeltaFromTrace } from '../../../src/views/StepInspector/formulas/loss';
import { paramUpdate } from '../../../src/views/StepInspector/formulas/update';
import { plainNum, texFactor, texNum } from '../../../src/views/StepInspector/tex';
import { tracedRun, type TracedRun } from './traceFixture';

function withConfig(patch: (c: RunConfig) => void): RunConfig {
  const c = defaultConfig();
  patch(c);
  return c;
}

/** The formula of the first op matching `pred`, focused on neuron j (input i). */
function formulaAt(run: TracedRun, pred: (op: TraceOp) => boolean, j = 0, i = 0) {
  const op = run.trace.ops.find(pred)!;
  const layer = 'layer' in op ? op.layer : run.trace.sizes.length - 1;
  const focus = resolveFocus(op, run.trace.sizes, { layer, index: j }, { layer, to: j, from: i });
  return { op, focus, formula: opFormula(run.ctx, op, focus) };
}

describe('numbers are formatted as the page formats them', () => {
  it('texNum shows formatValue’s digits, with TeX minus signs and powers of ten', () => {
    expect(texNum(0.26903)).toBe('0.269');
    expect(texNum(-0.12)).toBe('-0.12');
    expect(texNum(1.5e-5)).toBe('1.5 \\times 10^{-5}');
    expect(texNum(-2.5e7)).toBe('-2.5 \\times 10^{7}');
    expect(texNum(0)).toBe('0');
    expect(texFactor(-0.12)).toBe('\\left(-0.12\\right)');
    for (const x of [0.41, -0.1234567, 123.456, -0.002, 99999]) {
      expect(texNum(x).replace(/-/g, '\u2212')).toBe(formatValue(x));
    }
  });
});

describe('the default network (2-4-2-1 tanh, half-SSE, SGD, batch 10): every number is the trace’s', () => {
  const run = tracedRun(defaultConfig(), 3);
  const { trace } = run;
  const B = trace.samples.length;

  it('is a real mini-batch step', () => {
    expect(trace.sizes).toEqual([2, 4, 2, 1]);
    expect(B).toBe(10);
    expect(trace.ops.length).toBe(10 * (6 + 2 + 2) + 6);
  });

  it('forward-linear: a⁽ˡ⁾ⱼ recomputed in the engine’s order is bit-identical, and shown', () => {
    for (let s = 0; s < B; s++) {
      for (let l = 1; l <= 3; l++) {
        for (let j = 0; j < trace.sizes[l]; j++) {
          expect(Object.is(weightedInput(run.ctx, s, l, j), trace.samples[s].a[l - 1][j])).toBe(
            true,
          );
        }
      }
    }
    for (let l = 1; l <= 3; l++) {
      for (let j = 0; j < trace.sizes[l]; j++) {
        const { formula } = formulaAt(run, (o) => o.kind === 'forward-linear' && o.layer === l, j);
        const a = trace.samples[0].a[l - 1][j];
        expect(formula.result).toEqual({ symbol: expect.stringContaining('a⁽'), value: a });
        const tex = formula.lines[1].tex;
        expect(tex).toContain(`&= ${texNum(a)} \\end{aligned}`);
        const nIn = trace.sizes[l - 1];
        const w = trace.weightsBefore[l - 1];
        const z = trace.samples[0].z[l - 1];
        for (let i = 0; i < nIn; i++) {
          expect(tex).toContain(`${texFactor(w[j * nIn + i])} \\cdot ${texFactor(z[i])}`);
        }
        expect(tex).toContain(` + ${texFactor(trace.biasesBefore[l - 1][j])} \\\\`);
      }
    }
  });

  it('forward-activation: z = tanh(a) with the trace’s a and z', () => {
    const { formula } = formulaAt(run, (o) => o.kind === 'forward-activation' && o.layer === 2, 1);
    const s = trace.samples[0];
    expect(formula.result?.value).toBe(s.z[2][1]);
    expect(formula.lines[1].tex).toContain(`\\tanh(${texNum(s.a[1][1])}) = ${texNum(s.z[2][1])}`);
  });

  it('loss: C = ½ Σ (ŷ − y)² with ŷ, y and C from the trace', () => {
    const { formula } = formulaAt(run, (o) => o.kind === 'loss' && o.sample === 4);
    const s = trace.samples[4];
    expect(formula.result?.value).toBe(s.cost);
    expect(formula.lines[0].tex).toContain(`(${texNum(s.z[3][0])} - ${texFactor(s.target[0])})^2`);
    expect(formula.lines[0].tex).toContain(`&= ${texNum(s.cost)} \\end{aligned}`);
    expect(0.5 * (s.z[3][0] - s.target[0]) ** 2).toBe(s.cost);
  });

  it('the last sample’s loss notes the batch loss, the mean of the costs', () => {
    const { formula } = formulaAt(run, (o) => o.kind === 'loss' && o.sample === B - 1);
    expect(formula.notes.join(' ')).toContain(plainNum(trace.batchLoss));
    const mean = trace.samples.reduce((sum, s) => sum + s.cost, 0) / B;
    expect(trace.batchLoss).toBeCloseTo(mean, 15);
  });

  it('output delta: (ŷ − y)·h′(a) with h′ = 1 − z², bit-identical to the trace', () => {
    for (let s = 0; s < B; s++) {
      expect(Object.is(outputDeltaFromTrace(run.ctx, s, 0), trace.samples[s].delta[2][0])).toBe(
        true,
      );
    }
    const { formula } = formulaAt(run, (o) => o.kind === 'output-delta');
    const s = trace.samples[0];
    const h = 1 - s.z[3][0] * s.z[3][0];
    expect(formula.result?.value).toBe(s.delta[2][0]);
    expect(formula.lines[0].tex).toContain(
      `(${texNum(s.z[3][0])} - ${texFactor(s.target[0])}) \\cdot ${texFactor(h)} = ${texNum(s.delta[2][0])}`,
    );
    expect(formula.lines[1].tex).toContain(`1 - (${texNum(s.z[3][0])})^2 = ${texNum(h)}`);
  });

  it('backward delta: h′(a)·Σₖ wₖⱼ δₖ recomputed bit-identically, terms shown', () => {
    for (let s = 0; s < B; s++) {
      for (let l = 1; l <= 2; l++) {
        for (let j = 0; j < trace.sizes[l]; j++) {
          expect(
            Object.is(backwardDeltaFromTrace(run.ctx, s, l, j), trace.samples[s].delta[l - 1][j]),
          ).toBe(true);
        }
      }
    }
    const { formula } = formulaAt(run, (o) => o.kind === 'backward-delta' && o.layer === 1, 2);
    const s = trace.samples[0];
    const nIn = trace.sizes[1];
    const tex = formula.lines[1].tex;
    for (let k = 0; k < trace.sizes[2]; k++) {
      expect(tex).toContain(
        `${texFactor(trace.weightsBefore[1][k * nIn + 2])} \\cdot ${texFactor(s.delta[1][k])}`,
      );
    }
    const h = 1 - s.z[1][2] * s.z[1][2];
    expect(tex).toContain(
      `${texFactor(h)} \\cdot ${texFactor(backSum(run.ctx, 0, 1, 2))} = ${texNum(s.delta[0][2])}`,
    );
    expect(formula.result?.value).toBe(s.delta[0][2]);
  });

  it('gradients: the mean of δⱼ zᵢ over the batch is the trace’s ∂C/∂w; terms listed per sample', () => {
    for (let l = 1; l <= 3; l++) {
      const nIn = trace.sizes[l - 1];
      for (let j = 0; j < trace.sizes[l]; j++) {
        for (let i = 0; i < nIn; i++) {
          const { formula } = formulaAt(run, (o) => o.kind === 'gradients' && o.layer === l, j, i);
          const g = trace.weightGrads[l - 1][j * nIn + i];
          expect(formula.result?.value).toBe(g);
          expect(formula.lines[1].tex).toContain(`\\bigr) \\\\ &= ${texNum(g)} \\end{aligned}`);
          const first = `${texFactor(trace.samples[0].delta[l - 1][j])} \\cdot ${texFactor(trace.samples[0].z[l - 1][i])}`;
          expect(formula.lines[1].tex).toContain(`\\bigl( {${first}} + `);
          const rows = formula.terms!.rows;
          expect(rows.length).toBe(B);
          const mean = rows.reduce((sum, r) => sum + r.values[2], 0) / B;
          expect(mean).toBeCloseTo(g, 15);
          rows.forEach((r, s) => {
            expect(r.values[0]).toBe(trace.samples[s].delta[l - 1][j]);
            expect(r.values[1]).toBe(trace.samples[s].z[l - 1][i]);
            expect(r.label).toBe(`sample ${s + 1} of ${B} (#${trace.samples[s].index})`);
          });
          expect(formula.terms!.total.values[0]).toBe(trace.biasGrads[l - 1][j]);
        }
      }
    }
  });

  it('SGD update: w − η·g equals the trace’s weight after, bit for bit', () => {
    for (let l = 1; l <= 3; l++) {
      trace.weightsAfter[l - 1].forEach((after, k) => {
        expect(Object.is(paramUpdate(run.ctx, l, 'weight', k).after, after)).toBe(true);
      });
      trace.biasesAfter[l - 1].forEach((after, k) => {
        expect(Object.is(paramUpdate(run.ctx, l, 'bias', k).after, after)).toBe(true);
      });
    }
    const { formula } = formulaAt(run, (o) => o.kind === 'update' && o.layer === 2, 1, 3);
    const k = 1 * 4 + 3;
    expect(formula.lines[1].tex).toBe(
      `w^{(2)}_{24} \\leftarrow w^{(2)}_{24} - \\eta\\, g = ${texNum(trace.weightsBefore[1][k])} - ${texNum(0.03)} \\cdot ${texFactor(trace.weightGrads[1][k])} = ${texNum(trace.weightsAfter[1][k])}`,
    );
    expect(formula.result?.value).toBe(trace.weightsAfter[1][k]);
  });
});

describe('output deltas and backward deltas of other losses and activations match the engine bit for bit', () => {
  const cases: [string, (c: RunConfig) => void][] = [
    ['sigmoid + bce', (c) => ((c.network.output.activation = 'sigmoid'), (c.network.loss = 'bce'))],
    ['sigmoid + mse', (c) => ((c.network.output.activation = 'sigmoid'), (c.network.loss = 'mse'))],
    ['linear + half-sse', (c) => (c.network.output.activation = 'linear')],
    [
      'softmax + cce on 3 classes',
      (c) => {
        c.data.dataset = 'spiral';
        c.network.output.activation = 'softmax';
        c.network.loss = 'cce';
      },
    ],
    [
      'softmax + half-sse (the Jacobian form)',
      (c) => {
        c.data.dataset = 'spiral';
        c.network.output.activation = 'softmax';
      },
    ],
    [
      'relu, leaky ReLU, ELU, sigmoid hidden layers with dropout',
      (c) => {
        c.network.hidden = [
          { size: 5, activation: 'relu', bias: true, dropout: 0.3 },
          { size: 4, activation: 'leaky-relu', bias: false, dropout: 0 },
          { size: 3, activation: 'elu', bias: true, dropout: 0.5 },
          { size: 3, activation: 'sigmoid', bias: true, dropout: 0 },
        ];
        c.network.init = { kind: 'he-normal', scale: 0 };
      },
    ],
  ];
  it.each(cases)('%s', (_, patch) => {
    const run = tracedRun(withConfig(patch), 5);
    const { trace } = run;
    const L = trace.sizes.length - 1;
    for (let s = 0; s < trace.samples.length; s++) {
      const sample = trace.samples[s];
      for (let k = 0; k < trace.sizes[L]; k++) {
        expect(Object.is(outputDeltaFromTrace(run.ctx, s, k), sample.delta[L - 1][k])).toBe(true);
      }
      for (let l = 1; l < L; l++) {
        for (let j = 0; j < trace.sizes[l]; j++) {
          expect(Object.is(backwardDeltaFromTrace(run.ctx, s, l, j), sample.delta[l - 1][j])).toBe(
            true,
          );
        }
      }
      for (let l = 1; l <= L; l++) {
        for (let j = 0; j < trace.sizes[l]; j++) {
          expect(Object.is(weightedInput(run.ctx, s, l, j), sample.a[l - 1][j])).toBe(true);
        }
      }
    }
    // Every operation renders a formula whose result is a trace number.
    trace.ops.forEach((op) => {
      const layer = 'layer' in op ? op.layer : L;
      const f = opFormula(run.ctx, op, resolveFocus(op, trace.sizes, null, null));
      expect(f.lines.length).toBeGreaterThan(0);
      if (f.result) expect(Number.isNaN(f.result.value)).toBe(false);
      expect(layer).toBeGreaterThan(0);
    });
  });

  it('with dropout, the inputs passed on are z ⊙ m', () => {
    const run = tracedRun(withConfig(cases[5][1]), 1);
    const s = run.trace.samples[0];
    const m = s.mask[1]!;
    expect(m).not.toBeNull();
    expect(Array.from(layerInput(run.ctx, 0, 2))).toEqual(Array.from(s.z[1], (z, i) => z * m[i]));
  });
});

describe('optimizer updates recomputed from the trace’s state equal the engine’s', () => {
  const kinds = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
  it.each(kinds)('%s (with L2 + L1 regularization): weights, biases and state after', (kind) => {
    const run = tracedRun(
      withConfig((c) => {
        c.training.optimizer.kind = kind;
        c.training.optimizer.learningRate = 0.05;
        c.training.regularization = { kind: 'elastic', rate: 0.01, l1Ratio: 0.4 };
      }),
      4,
    );
    const { trace } = run;
    for (let l = 1; l < trace.sizes.length; l++) {
      trace.weightsAfter[l - 1].forEach((after, k) => {
        const u = paramUpdate(run.ctx, l, 'weight', k);
        expect(Object.is(u.after, after)).toBe(true);
        expect(
          Object.is(u.firstAfter, trace.stateAfter.first[2 * (l - 1)][k]) || kind === 'sgd',
        ).toBe(true);
        if (kind === 'adam') {
          expect(Object.is(u.secondAfter, trace.stateAfter.second[2 * (l - 1)][k])).toBe(true);
        }
      });
      trace.biasesAfter[l - 1].forEach((after, k) => {
        expect(Object.is(paramUpdate(run.ctx, l, 'bias', k).after, after)).toBe(true);
      });
    }
    const { formula } = formulaAt(run, (o) => o.kind === 'update' && o.layer === 1, 0, 1);
    expect(formula.lines[0].tex).toContain('\\lambda_2');
    expect(formula.lines[0].tex).toContain('\\lambda_1');
  });

  it('Adam shows m̂ = m/(1−β₁ᵗ) and v̂ = v/(1−β₂ᵗ) from the trace’s state, and the effective step', () => {
    const run = tracedRun(
      withConfig((c) => {
        c.training.optimizer.kind = 'adam';
        c.training.optimizer.learningRate = 0.01;
      }),
      6,
    );
    const { trace } = run;
    const t = trace.optimizerStep;
    expect(t).toBe(7);
    const { beta1, beta2 } = trace.optimizer;
    const k = 1 * 2 + 1; // w⁽¹⁾₂₂
    const m = trace.stateAfter.first[0][k];
    const v = trace.stateAfter.second[0][k];
    const mHat = m / (1 - powInt(beta1, t));
    const vHat = v / (1 - powInt(beta2, t));
    const u = paramUpdate(run.ctx, 1, 'weight', k);
    expect(u.mHat).toBeCloseTo(mHat, 15);
    expect(u.vHat).toBeCloseTo(vHat, 15);
    expect(Object.is(trace.weightsBefore[0][k] + u.step, trace.weightsAfter[0][k])).toBe(true);
    const { formula } = formulaAt(run, (o) => o.kind === 'update' && o.layer === 1, 1, 1);
    const tex = formula.lines.map((l) => l.tex).join('\n');
    expect(tex).toContain(
      `\\hat m = \\frac{m}{1 - \\beta_1^{t}} = \\frac{${texNum(m)}}{1 - ${texNum(beta1)}^{${t}}} = ${texNum(mHat)}`,
    );
    expect(tex).toContain(`= ${texNum(vHat)}`);
    expect(tex).toContain(`= ${texNum(u.step)}`);
    expect(tex).toContain(
      `\\beta_1 m + (1 - \\beta_1)\\, g = ${texNum(beta1)} \\cdot ${texFactor(trace.stateBefore.first[0][k])}`,
    );
  });

  it('a schedule’s learning rate in force is the one shown', () => {
    const run = tracedRun(
      withConfig((c) => {
        c.training.schedule = { ...c.training.schedule, kind: 'inverse-time', decay: 0.5 };
      }),
      45, // past the first epoch: η = η₀ / (1 + 0.5)
    );
    expect(run.trace.learningRate).not.toBe(0.03);
    const { formula } = formulaAt(run, (o) => o.kind === 'update');
    expect(formula.lines[1].tex).toContain(`- ${texNum(run.trace.learningRate)} \\cdot`);
    expect(formula.notes.join(' ')).toContain('η₀ = 0.03');
  });
});

describe('long sums', () => {
  it('write out all of up to 5 terms, else the first 4 — skipping zero inputs when there are any', () => {
    expect(shownInputs([1, 2, 3, 4, 5])).toEqual([0, 1, 2, 3, 4]);
    expect(shownInputs([1, 2, 3, 4, 5, 6])).toEqual([0, 1, 2, 3]);
    expect(shownInputs([0, 0, 3, 0, 5, 6, 0, 8, 9])).toEqual([2, 4, 5, 7]);
    expect(shownInputs([0, 0, 0, 0, 0, 0])).toEqual([0, 1, 2, 3]);
  });

  it('an image input shows terms of nonzero pixels and says how many are blank', () => {
    const run = tracedRun(
      withConfig((c) => {
        c.data.dataset = 'digits';
        c.data.samples = 60;
        c.network.hidden = [{ size: 8, activation: 'relu', bias: true, dropout: 0 }];
        c.network.output.activation = 'softmax';
        c.network.loss = 'cce';
      }),
    );
    const { formula } = formulaAt(run, (o) => o.kind === 'forward-linear' && o.layer === 1);
    const x = run.trace.samples[0].z[0];
    const picked = shownInputs(x);
    expect(picked.every((i) => x[i] !== 0)).toBe(true);
    expect(formula.lines[1].caption).toMatch(/inputs are 0\)$/);
    expect(formula.lines[1].tex).toContain(`\\cdot ${texFactor(x[picked[0]])}`);
    expect(formula.result?.value).toBe(run.trace.samples[0].a[0][0]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/core/detmath';
import {
  computeGraph,
  GRAPH_LIMITS,
  parseExpression,
  PRESETS,
  variableGradients,
  type ScalarGraph,
} from '../../../src/core/scalarGraph';

function graphOf(
  text: string,
  values: Record<string, number>,
  collapseSigmoid = false,
): ScalarGraph {
  const r = computeGraph(text, values, { collapseSigmoid });
  if (!r.ok) throw new Error(r.problem.message);
  return r.graph;
}

function preset(id: string): ScalarGraph {
  const p = PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(id);
  return graphOf(p.expression, p.values);
}

describe('the presets give the published numbers', () => {
  it('(x+y)·z at −2, 5, −4: q = 3, f = −12, ∂f/∂z = 3, ∂f/∂q = −4, ∂f/∂x = ∂f/∂y = −4', () => {
    const g = preset('add-multiply');
    expect(g.nodes[g.output].value).toBe(-12);
    expect(g.nodes.find((n) => n.op === 'add')?.value).toBe(3);
    expect(g.grads[g.nodes.findIndex((n) => n.op === 'add')]).toBe(-4);
    expect(variableGradients(g)).toEqual({ x: -4, y: -4, z: 3 });
    // The walk: the multiply gate first (upstream 1, swaps: z gets q = 3, q gets z = −4), then the add gate.
    expect(
      g.steps.map((s) => [g.nodes[s.node].op, s.upstream, s.locals, s.products, s.rule]),
    ).toEqual([
      ['mul', 1, [-4, 3], [-4, 3], 'multiply swaps'],
      ['add', -4, [1, 1], [-4, -4], 'add distributes'],
    ]);
  });

  it('the sigmoid neuron: f = σ(1), ∂f/∂w = (−0.197, −0.393, 0.197), ∂f/∂x = (0.393, −0.590)', () => {
    const g = preset('sigmoid-neuron');
    const s = 1 / (1 + exp(-1));
    expect(g.nodes[g.output].value).toBeCloseTo(s, 15);
    const d = s * (1 - s); // 0.19661193324148185
    const grads = variableGradients(g);
    const expected = { w0: -1 * d, x0: 2 * d, w1: -2 * d, x1: -3 * d, w2: d };
    for (const [name, value] of Object.entries(expected))
      expect(grads[name]).toBeCloseTo(value, 14);
    expect(grads.w0).toBeCloseTo(-0.19661193324148185, 14);
    // Collapsed to one σ gate, the same numbers, and exactly the σ(1−σ) chain.
    const c = graphOf(PRESETS[1].expression, PRESETS[1].values, true);
    expect(c.nodes.length).toBe(g.nodes.length - 5);
    expect(variableGradients(c)).toEqual({ w0: -d, x0: 2 * d, w1: -2 * d, x1: -3 * d, w2: d });
    expect(c.steps[0].rule).toBe('σ gate');
  });

  it('the staged example at x = 3, y = −4 matches the closed form', () => {
    const g = preset('staged');
    const sig = (u: number): number => 1 / (1 + Math.exp(-u));
    const [x, y] = [3, -4];
    const num = x + sig(y);
    const den = sig(x) + (x + y) ** 2;
    const dnum = (num: number, den: number) => [1 / den, -num / (den * den)];
    const [dN, dD] = dnum(num, den);
    const dx = dN * 1 + dD * (sig(x) * (1 - sig(x)) + 2 * (x + y));
    const dy = dN * sig(y) * (1 - sig(y)) + dD * 2 * (x + y);
    expect(g.nodes[g.output].value).toBeCloseTo(num / den, 14);
    expect(variableGradients(g).x).toBeCloseTo(dx, 13);
    expect(variableGradients(g).y).toBeCloseTo(dy, 13);
    // x is used three times and y twice: their gradients are sums ("copy sums").
    expect(g.nodes.filter((n) => n.inputs.includes(0)).length).toBe(3);
  });

  it('the one-neuron squared error: ∂C/∂w = (σ − t)·σ(1−σ)·x', () => {
    const g = preset('neuron-loss');
    const { w, x, b, t } = PRESETS[3].values;
    const s = 1 / (1 + Math.exp(-(w * x + b)));
    expect(g.nodes[g.output].value).toBeCloseTo(0.5 * (s - t) ** 2, 15);
    const grads = variableGradients(g);
    expect(grads.w).toBeCloseTo((s - t) * s * (1 - s) * x, 15);
    expect(grads.b).toBeCloseTo((s - t) * s * (1 - s), 15);
    expect(grads.t).toBeCloseTo(-(s - t), 15);
  });
});

describe('gate rules', () => {
  it('max routes the gradient to the larger input only; a value used twice sums', () => {
    const g = graphOf('max(x, y) * 2', { x: 4, y: 1 });
    expect(variableGradients(g)).toEqual({ x: 2, y: 0 });
    expect(g.steps.find((s) => g.nodes[s.node].op === 'max')?.rule).toBe('max routes');
    expect(variableGradients(graphOf('x * x + x', { x: 3 }))).toEqual({ x: 7 });
  });
});

describe('messages name the position or the node', () => {
  it.each([
    ['(x+y))*z', "unexpected ')' at 6"],
    ['(x+y', "unexpected end of expression at 5: the '(' at 1 is not closed"],
    ['x + * y', "unexpected '*' at 5"],
    ['foo(x)', "unknown function 'foo' at 1"],
    ['max(x)', 'max takes 2 arguments, not 1, at 1'],
    ['2 $ x', "unexpected '$' at 3"],
    ['', 'the expression is empty'],
  ])('%s → %s', (text, message) => {
    const r = computeGraph(text, { x: 1, y: 2, z: 3 });
    expect(r.ok ? null : r.problem.message).toBe(message);
  });

  it.each([
    ['x / (y - 2)', 'division by zero: 1 / 0 at node 4 (÷, written at 3)'],
    ['log(y - 2)', 'log of a non-positive number: log(0) at node 3 (log, written at 1)'],
    ['sqrt(-y)', 'square root of a negative number: sqrt(-2) at node 2 (√, written at 1)'],
    [
      '(-y)^0.5',
      'a real power needs a positive base: (-2)^0.5 is not a real number at node 3 (^, written at 5)',
    ],
    ['exp(1000 * x)', 'the value overflows (Infinity) at node 3 (exp, written at 1)'],
    ['x + q', "variable 'q' (at 5) has no value"],
  ])('%s → %s', (text, message) => {
    const r = computeGraph(text, { x: 1, y: 2 });
    expect(r.ok ? null : r.problem.message).toBe(message);
  });

  it('limits: 2 000 characters, 500 nodes', () => {
    const long = 'x+'.repeat(1000) + 'x';
    expect(computeGraph(long, { x: 1 })).toMatchObject({
      ok: false,
      problem: { message: /at most 2000/ },
    });
    const many = Array.from({ length: 300 }, (_, k) => `${k}`).join('+');
    expect(computeGraph(many, {})).toMatchObject({
      ok: false,
      problem: { message: /more than 500 nodes/ },
    });
    expect(GRAPH_LIMITS.nodes).toBe(500);
    const deep = '('.repeat(900) + 'x' + ')'.repeat(900);
    expect(computeGraph(deep, { x: 1 })).toMatchObject({
      ok: false,
      problem: { message: /nested too deeply/ },
    });
  });
});

/** A random expression over safe operations (no kinks, no poles) and its variables. */
const VARS = ['x', 'y', 'w0'];
const smoothExpr: fc.Memo<string> = fc.memo((n) => {
  const leaf = fc.oneof(
    fc.constantFrom(...VARS),
    fc.double({ min: -3, max: 3, noNaN: true }).map((v) => `(${v.toFixed(3)})`),
  );
  if (n <= 1) return leaf;
  const sub = smoothExpr(n - 1);
  return fc.oneof(
    leaf,
    fc.tuple(sub, fc.constantFrom('+', '-', '*'), sub).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(sub, sub).map(([a, b]) => `(${a}) / (1 + (${b})^2)`),
    fc.tuple(fc.constantFrom('tanh', 'sigmoid', 'σ'), sub).map(([f, a]) => `${f}(${a})`),
    sub.map((a) => `exp(tanh(${a}))`),
    sub.map((a) => `log(1 + (${a})^2)`),
    sub.map((a) => `sqrt(2 + sigmoid(${a}))`),
    sub.map((a) => `-(${a})^3`),
    sub.map((a) => `(1.5 + tanh(${a}))^1.7`),
  );
});

describe('property: gradients agree with central differences', () => {
  it('on random expressions at random points', () => {
    fc.assert(
      fc.property(
        smoothExpr(4),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (text, point) => {
          const values = Object.fromEntries(VARS.map((v, k) => [v, point[k]]));
          const r = computeGraph(text, values);
          if (!r.ok) return; // too many nodes for a deep draw; the limits are tested above
          const grads = variableGradients(r.graph);
          for (const v of r.graph.variables) {
            const h = 1e-5;
            const f = (dv: number): number => {
              const q = computeGraph(text, { ...values, [v]: values[v] + dv });
              if (!q.ok) throw new Error(q.problem.message);
              return q.graph.nodes[q.graph.output].value;
            };
            const numeric = (f(h) - f(-h)) / (2 * h);
            const scale = Math.max(1, Math.abs(numeric), Math.abs(grads[v]));
            expect(Math.abs(numeric - grads[v]) / scale).toBeLessThan(1e-5);
          }
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  });
});

describe('the parser, fuzzed', () => {
  const alphabet = fc.constantFrom(
    ...'()+-*/^,.0123456789e xyzσ·−₀'.split(''),
    'exp',
    'log(',
    'max(',
    'sqrt',
    '1e308',
  );
  it('never throws and always answers, on random strings', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const r = computeGraph(text, { x: 0.5, y: -1, z: 2, x0: 1 });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed: 4 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseExpression(text).ok).toBe('boolean');
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  // A parser that backtracked on these would hang: the test runner's timeout catches that.
  it('refuses the longest hostile inputs', () => {
    for (const text of [
      '('.repeat(2000),
      '-'.repeat(1999) + 'x',
      'x^'.repeat(999) + 'x',
      '1+'.repeat(999) + '1',
    ]) {
      expect(computeGraph(text, { x: 1 }).ok).toBe(false);
    }
  });
});

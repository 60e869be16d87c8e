import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n';
import type { TraceOp } from '../../../src/core/trace';
import { BN_EPSILON } from '../../../src/engine/batchNorm';
import { traceStep } from '../../../src/engine/trace';
import { runInfo } from '../../../src/worker/runFacts';
import { inspectContext } from '../../../src/views/StepInspector/context';
import { resolveFocus } from '../../../src/views/StepInspector/focus';
import { opFormula } from '../../../src/views/StepInspector/formulas';
import { opTables } from '../../../src/views/StepInspector/opTables';
import { opChip, opTitle } from '../../../src/views/StepInspector/opLabels';
import {
  fillDeltaSnapshot,
  fillInspectSnapshot,
} from '../../../src/views/StepInspector/inspectSnapshot';
import { texNum } from '../../../src/views/StepInspector/tex';
import { snapshotLayout } from '../../../src/core/snapshot';
import { layerBlock } from '../../../src/core/snapshotReader';
import {
  batchOf,
  bnRun,
  costFromA,
  costFromStats,
  fd,
  paramsOf,
  preNorm,
  statistics,
  withEntry,
  type Params,
} from '../engine/bnReference';

/**
 * The step inspector on batch norm's operations: the numbers it shows, checked against the
 * tiny hand-written network (2 → 2 tanh with batch norm → 1, a batch of 3) and finite
 * differences of its cost; and the graph's inspect snapshot with γ, β and their changes.
 */

const { config, trainer } = bnRun();
const trace = traceStep(trainer);
const info = runInfo(1, trainer, trainer.dataset);
const ctx = inspectContext(trace, info, config);
const p = paramsOf(trace);
const { x, t } = batchOf(trace);
const A = preNorm(p, x);
const { mu, v } = statistics(A);
const m = 3;

function at(pred: (op: TraceOp) => boolean, j: number, sample = 0) {
  const index = trace.ops.findIndex(
    (op) => pred(op) && (!('sample' in op) || op.sample === sample),
  );
  const op = trace.ops[index];
  const layer = 'layer' in op ? op.layer : trace.sizes.length - 1;
  const focus = resolveFocus(op, trace.sizes, { layer, index: j }, null);
  return { index, op, focus, formula: opFormula(ctx, op, focus) };
}

const shifted = (key: 'gamma' | 'beta', j: number, d: number): Params => ({
  ...p,
  [key]: p[key].map((g, k) => (k === j ? g + d : g)),
});

describe('the step inspector on batch norm', () => {
  it('μ_B and σ²_B: the biased batch statistics worked by hand, with every sample’s a', () => {
    for (let j = 0; j < 2; j++) {
      const { formula } = at((op) => op.kind === 'norm-statistics', j);
      expect(formula.result?.value).toBeCloseTo(v[j], 14);
      expect(formula.lines[0].tex).toContain(`= ${texNum(mu[j])}`);
      expect(formula.lines[1].tex).toContain(`= ${texNum(v[j])}`);
      // Each sample's a is written into the sum.
      for (const row of A) expect(formula.lines[0].tex).toContain(texNum(row[j]));
      expect(formula.terms?.rows.map((r) => r.values[0])).toEqual(
        A.map((row) => expect.closeTo(row[j], 14) as number),
      );
      expect(formula.terms?.total.values[0]).toBeCloseTo(mu[j], 14);
      expect(formula.terms?.total.values[2]).toBeCloseTo(v[j], 14);
    }
  });

  it('â and y = γ·â + β for each sample', () => {
    for (let s = 0; s < m; s++) {
      for (let j = 0; j < 2; j++) {
        const { formula } = at((op) => op.kind === 'norm-forward', j, s);
        const hat = (A[s][j] - mu[j]) / Math.sqrt(v[j] + BN_EPSILON);
        expect(formula.result?.value).toBeCloseTo(p.gamma[j] * hat + p.beta[j], 12);
        expect(formula.lines[0].tex).toContain(`= ${texNum(hat)}`);
      }
    }
  });

  it('∂C/∂γ and ∂C/∂β match finite differences of the batch-mean cost', () => {
    for (let j = 0; j < 2; j++) {
      const { formula } = at((op) => op.kind === 'norm-gradients', j);
      const dGamma = fd((d) => costFromA(shifted('gamma', j, d), A, t) / m);
      const dBeta = fd((d) => costFromA(shifted('beta', j, d), A, t) / m);
      expect(formula.result?.value).toBeCloseTo(dGamma, 7);
      expect(formula.terms?.total.values[0]).toBeCloseTo(dBeta, 7);
      // The table's per-sample products average to the gradient it states.
      const products = formula.terms?.rows.map((r) => r.values[2]) ?? [];
      expect(products.reduce((a, b) => a + b, 0) / m).toBeCloseTo(dGamma, 7);
      expect(formula.lines[1].tex).toContain(`= ${texNum(trace.norm[0]?.betaGrad[j] ?? NaN)}`);
    }
  });

  it('∂C/∂a: three terms, each its finite difference, adding up to the engine’s δ', () => {
    for (let s = 0; s < m; s++) {
      for (let j = 0; j < 2; j++) {
        const { formula } = at((op) => op.kind === 'norm-backward', j, s);
        const total = fd((d) => costFromA(p, withEntry(A, s, j, d), t));
        const direct = fd((d) => costFromStats(p, withEntry(A, s, j, d), mu, v, t));
        const dVar = fd((d) =>
          costFromStats(
            p,
            A,
            mu,
            v.map((u, k) => (k === j ? u + d : u)),
            t,
          ),
        );
        const dMu = fd((d) =>
          costFromStats(
            p,
            A,
            mu.map((u, k) => (k === j ? u + d : u)),
            v,
            t,
          ),
        );
        const viaVariance = (dVar * 2 * (A[s][j] - mu[j])) / m;
        const viaMean = dMu / m;
        expect(formula.result?.value).toBeCloseTo(total, 7);
        expect(formula.result?.value).toBe(trace.samples[s].delta[0][j]);
        // Lines: the sum, then each term's number, then the total.
        expect(formula.lines).toHaveLength(5);
        const sn = trace.samples[s].norm[0];
        if (!sn) throw new Error('no batch norm');
        expect(sn.direct[j]).toBeCloseTo(direct, 7);
        expect(sn.viaVariance[j]).toBeCloseTo(viaVariance, 6);
        expect(sn.viaMean[j]).toBeCloseTo(viaMean, 7);
        expect(formula.lines[1].tex).toContain(`= ${texNum(sn.direct[j])}`);
        expect(formula.lines[2].tex).toContain(`= ${texNum(sn.viaVariance[j])}`);
        expect(formula.lines[3].tex).toContain(`= ${texNum(sn.viaMean[j])}`);
        expect(formula.lines[4].tex).toContain(`= ${texNum(total)}`);
      }
    }
    // As the note says: over the batch, a neuron's δ adds up to 0.
    for (let j = 0; j < 2; j++) {
      const sum = trace.samples.reduce((acc, s) => acc + s.delta[0][j], 0);
      expect(Math.abs(sum)).toBeLessThan(1e-12);
    }
  });

  it('the layer before batch norm shows a = Wz, and the backward step ∂C/∂y', () => {
    const linear = at((op) => op.kind === 'forward-linear' && op.layer === 1, 1, 2);
    expect(linear.formula.result?.value).toBeCloseTo(A[2][1], 14);
    const back = at((op) => op.kind === 'backward-delta', 0, 1);
    expect(back.formula.result?.symbol).toBe('∂C/∂y⁽¹⁾₁');
    expect(back.formula.result?.value).toBe(trace.samples[1].norm[0]?.dy[0]);
    const update = at((op) => op.kind === 'update' && op.layer === 1, 1);
    const gammaAfter = trace.norm[0]?.gammaAfter[1] ?? NaN;
    expect(update.formula.lines.some((l) => l.tex.includes(texNum(gammaAfter)))).toBe(true);
    expect(gammaAfter).toBeCloseTo(
      p.gamma[1] - 0.1 * fd((d) => costFromA(shifted('gamma', 1, d), A, t) / m),
      7,
    );
  });

  it('labels and tables, in English and Korean', () => {
    const ko = inspectContext(trace, info, config, translator('ko'));
    const op = trace.ops.find((o) => o.kind === 'norm-backward');
    if (!op) throw new Error('no norm-backward');
    expect(opTitle(op, trace, translator('en'))).toContain('through â, σ²_B and μ_B');
    expect(opTitle(op, trace, translator('ko'))).toContain('배치 정규화');
    expect(opChip(op, trace)).toBe('δ⁽¹⁾');
    const focus = resolveFocus(op, trace.sizes, null, null);
    expect(opFormula(ko, op, focus).explain).toMatch(/배치 정규화/);
    const [table] = opTables(ctx, op, focus);
    expect(table.colLabels).toContain('through σ²_B');
    expect(table.cell(0, table.colLabels.length - 1)).toBe(trace.samples[0].delta[0][0]);
  });

  it('the graph: a before normalization, y after; γ, β and then Δγ, Δβ in their slots', () => {
    const lay = snapshotLayout(trace.sizes, [true, false]);
    const out = new Float64Array(lay.length);
    const slots = lay.norm[0];
    if (!slots) throw new Error('no slots');
    const linear = trace.ops.findIndex((op) => op.kind === 'norm-statistics');
    fillInspectSnapshot(out, lay, trace, linear, null);
    expect(Array.from(layerBlock(lay, out, 'preActivations', 1))).toEqual(
      Array.from(A[2]).map((a) => expect.closeTo(a, 14) as number),
    );
    const last = trace.ops.length - 1;
    const p2 = fillInspectSnapshot(out, lay, trace, last, null);
    expect(Array.from(out.subarray(slots.gamma, slots.gamma + 2))).toEqual(
      Array.from(trace.norm[0]?.gammaAfter ?? []),
    );
    const delta = new Float64Array(lay.length);
    fillDeltaSnapshot(delta, lay, trace, p2, out);
    const norm = trace.norm[0];
    if (!norm) throw new Error('no norm');
    expect(delta[slots.gamma]).toBe(norm.gammaAfter[0] - norm.gammaBefore[0]);
    expect(delta[slots.beta + 1]).toBe(norm.betaAfter[1] - norm.betaBefore[1]);
    expect(delta[slots.beta + 1]).not.toBe(0);
  });
});

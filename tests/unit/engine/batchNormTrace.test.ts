import { describe, expect, it } from 'vitest';
import { BN_EPSILON } from '../../../src/engine/batchNorm';
import { traceOps, type TracedNorm } from '../../../src/engine/trace';
import {
  batchOf,
  costFromA,
  costFromStats,
  costFromY,
  fd,
  paramsOf,
  preNorm,
  statistics,
  tracedStep,
  withEntry,
  type Params,
} from './bnReference';

/**
 * A traced step through a batch-normalized layer, checked against a hand-written reference of
 * the tiny network (2 inputs → 2 tanh units with batch norm → 1 linear output, ½·SSE, batch 3)
 * and finite differences of it — not against the engine's own formulas.
 */

describe('a traced step through batch norm', () => {
  const trace = tracedStep();
  const p = paramsOf(trace);
  const { x, t } = batchOf(trace);
  const A = preNorm(p, x);
  const { mu, v } = statistics(A);
  const norm = trace.norm[0] as TracedNorm;
  const m = 3;

  it('walks layer by layer with the batch-norm operations where the batch couples', () => {
    const kinds = trace.ops.map((op) => ('sample' in op ? `${op.kind}:${op.sample}` : op.kind));
    expect(kinds.slice(0, 8)).toEqual([
      'forward-linear:0',
      'forward-linear:1',
      'forward-linear:2',
      'norm-statistics',
      'norm-forward:0',
      'norm-forward:1',
      'norm-forward:2',
      'forward-activation:0',
    ]);
    expect(kinds.slice(-10)).toEqual([
      'backward-delta:1',
      'backward-delta:2',
      'norm-gradients',
      'norm-backward:0',
      'norm-backward:1',
      'norm-backward:2',
      'gradients',
      'gradients',
      'update',
      'update',
    ]);
    expect(trace.norm[1]).toBeNull();
    // Without batch norm the walk is sample by sample, as before.
    expect(
      traceOps(2, 2)
        .map((op) => op.kind)
        .slice(0, 4),
    ).toEqual(['forward-linear', 'forward-activation', 'forward-linear', 'forward-activation']);
  });

  it('forward: a = Wz, μ_B, σ²_B (biased), â and y = γ·â + β as worked by hand', () => {
    trace.samples.forEach((s, r) => {
      const sn = s.norm[0];
      if (!sn) throw new Error('no batch norm in the sample');
      for (let j = 0; j < 2; j++) {
        expect(sn.a[j]).toBeCloseTo(A[r][j], 14);
        const hat = (A[r][j] - mu[j]) / Math.sqrt(v[j] + BN_EPSILON);
        expect(sn.hat[j]).toBeCloseTo(hat, 12);
        expect(s.a[0][j]).toBeCloseTo(p.gamma[j] * hat + p.beta[j], 12);
        expect(s.z[1][j]).toBeCloseTo(Math.tanh(p.gamma[j] * hat + p.beta[j]), 12);
      }
    });
    for (let j = 0; j < 2; j++) {
      expect(norm.mean[j]).toBeCloseTo(mu[j], 14);
      expect(norm.variance[j]).toBeCloseTo(v[j], 14);
      expect(norm.invStd[j]).toBeCloseTo(1 / Math.sqrt(v[j] + BN_EPSILON), 12);
      // The running estimates moved 0.1 of the way (unbiased variance).
      expect(norm.runningMean[j]).toBeCloseTo(0.1 * mu[j], 14);
      expect(norm.runningVar[j]).toBeCloseTo(0.9 + 0.1 * v[j] * (m / (m - 1)), 14);
    }
  });

  it('∂C/∂y, ∂C/∂γ and ∂C/∂β match finite differences', () => {
    const Y = trace.samples.map((s) => Array.from(s.a[0]));
    trace.samples.forEach((s, r) => {
      for (let j = 0; j < 2; j++) {
        const dy = fd((d) => costFromY(p, withEntry(Y, r, j, d), t));
        expect(s.norm[0]?.dy[j]).toBeCloseTo(dy, 7);
      }
    });
    for (let j = 0; j < 2; j++) {
      const shifted = (key: 'gamma' | 'beta', d: number): Params => ({
        ...p,
        [key]: p[key].map((g, k) => (k === j ? g + d : g)),
      });
      // The optimizer's gradients are batch means: C/m.
      const dGamma = fd((d) => costFromA(shifted('gamma', d), A, t) / m);
      const dBeta = fd((d) => costFromA(shifted('beta', d), A, t) / m);
      expect(norm.gammaGrad[j]).toBeCloseTo(dGamma, 7);
      expect(norm.betaGrad[j]).toBeCloseTo(dBeta, 7);
      // ∂C/∂γ = (1/m)Σ ∂C/∂y·â, ∂C/∂β = (1/m)Σ ∂C/∂y, from the traced per-sample numbers.
      const sums = trace.samples.reduce(
        (acc, s) => {
          const sn = s.norm[0];
          return sn ? [acc[0] + sn.dy[j] * sn.hat[j], acc[1] + sn.dy[j]] : acc;
        },
        [0, 0],
      );
      expect(norm.gammaGrad[j]).toBeCloseTo(sums[0] / m, 14);
      expect(norm.betaGrad[j]).toBeCloseTo(sums[1] / m, 14);
      // γ ← γ − η·∂C/∂γ (SGD).
      expect(norm.gammaAfter[j]).toBeCloseTo(p.gamma[j] - 0.1 * norm.gammaGrad[j], 14);
      expect(norm.betaAfter[j]).toBeCloseTo(p.beta[j] - 0.1 * norm.betaGrad[j], 14);
    }
  });

  it('∂C/∂a is the sum of its three terms, each matching its finite difference', () => {
    for (let j = 0; j < 2; j++) {
      const dMu = fd((d) =>
        costFromStats(
          p,
          A,
          mu.map((u, k) => (k === j ? u + d : u)),
          v,
          t,
        ),
      );
      const dVar = fd((d) =>
        costFromStats(
          p,
          A,
          mu,
          v.map((u, k) => (k === j ? u + d : u)),
          t,
        ),
      );
      expect(norm.meanGrad[j]).toBeCloseTo(dMu, 7);
      expect(norm.varianceGrad[j]).toBeCloseTo(dVar, 6);
    }
    trace.samples.forEach((s, r) => {
      const sn = s.norm[0];
      if (!sn) throw new Error('no batch norm in the sample');
      for (let j = 0; j < 2; j++) {
        const total = fd((d) => costFromA(p, withEntry(A, r, j, d), t));
        // The engine's δ and the sum of the traced terms both match the finite difference.
        expect(s.delta[0][j]).toBeCloseTo(total, 7);
        const sum = sn.direct[j] + sn.viaVariance[j] + sn.viaMean[j];
        expect(sum).toBeCloseTo(s.delta[0][j], 13);
        // Directly through â only (μ_B and σ²_B held): the first term.
        const direct = fd((d) => costFromStats(p, withEntry(A, r, j, d), mu, v, t));
        expect(sn.direct[j]).toBeCloseTo(direct, 7);
        expect(sn.viaMean[j]).toBeCloseTo(norm.meanGrad[j] / m, 14);
        expect(sn.viaVariance[j]).toBeCloseTo(
          (norm.varianceGrad[j] * 2 * (A[r][j] - mu[j])) / m,
          12,
        );
      }
    });
    // A real split: none of the terms is zero here.
    const s0 = trace.samples[0].norm[0];
    expect(
      s0 && [s0.direct[0], s0.viaVariance[0], s0.viaMean[0]].every((k) => Math.abs(k) > 1e-6),
    ).toBe(true);
  });
});

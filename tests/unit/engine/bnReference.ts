import type { LayerConfig, RunConfig } from '../../../src/config/types';
import { BN_EPSILON } from '../../../src/engine/batchNorm';
import { traceStep, type StepTrace, type TracedNorm } from '../../../src/engine/trace';
import { Trainer } from '../../../src/engine/trainer';
import { configWith, layer, tableDataset } from './fixtures';

/**
 * A tiny batch-normalized network written out by hand — 2 inputs → 2 tanh units with batch
 * norm → 1 linear output, ½·SSE, a batch of 3 — to check traced steps (and the inspector's
 * numbers) against, with finite differences of it. Independent of the engine's formulas.
 */

export const bnLayer = (size: number, activation: LayerConfig['activation']): LayerConfig => ({
  ...layer(size, activation),
  batchNorm: true,
});

export const X = [
  [0.5, -1.2],
  [1.5, 0.3],
  [-0.7, 0.9],
];
export const T = [[0.4], [-0.2], [0.9]];

/** The tiny run with γ and β away from 1 and 0 (so a mix-up of the two would show). */
export function bnRun(): { config: RunConfig; trainer: Trainer } {
  const config = configWith({
    hidden: [bnLayer(2, 'tanh')],
    output: { activation: 'linear', bias: true },
    loss: 'half-sse',
    init: { kind: 'xavier-normal', scale: 0 },
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batchSize: 3,
    seed: 4,
  });
  const trainer = new Trainer(config, tableDataset(X, T));
  const bn = trainer.network.norm[0];
  if (!bn) throw new Error('no batch norm');
  bn.gamma.set([1.3, 0.7]);
  bn.beta.set([0.2, -0.1]);
  return { config, trainer };
}

/** One traced step of the tiny run. */
export function tracedStep(): StepTrace {
  return traceStep(bnRun().trainer);
}

/** The parameters a reference pass needs, read from the trace (before the update). */
export interface Params {
  W1: number[][];
  gamma: number[];
  beta: number[];
  W2: number[];
  b2: number;
}

export function paramsOf(trace: StepTrace): Params {
  const w1 = trace.weightsBefore[0];
  const norm = trace.norm[0] as TracedNorm;
  return {
    W1: [
      [w1[0], w1[1]],
      [w1[2], w1[3]],
    ],
    gamma: Array.from(norm.gammaBefore),
    beta: Array.from(norm.betaBefore),
    W2: Array.from(trace.weightsBefore[1]),
    b2: trace.biasesBefore[1][0],
  };
}

/** The batch's rows in the order the trace holds them. */
export function batchOf(trace: StepTrace): { x: number[][]; t: number[] } {
  return {
    x: trace.samples.map((s) => Array.from(s.z[0])),
    t: trace.samples.map((s) => s.target[0]),
  };
}

/** a = W₁x for each sample (no bias: β takes its role). */
export function preNorm(p: Params, x: number[][]): number[][] {
  return x.map((xs) => p.W1.map((row) => row[0] * xs[0] + row[1] * xs[1]));
}

export function statistics(A: number[][]): { mu: number[]; v: number[] } {
  const m = A.length;
  const mu = [0, 1].map((j) => A.reduce((s, a) => s + a[j], 0) / m);
  const v = [0, 1].map((j) => A.reduce((s, a) => s + (a[j] - mu[j]) ** 2, 0) / m);
  return { mu, v };
}

/** Σ of the samples' ½(ŷ − t)² from y = γ·â + β (C summed over the batch, as δ is). */
export function costFromY(p: Params, Y: number[][], t: number[]): number {
  return Y.reduce((c, y, r) => {
    const out = p.b2 + p.W2[0] * Math.tanh(y[0]) + p.W2[1] * Math.tanh(y[1]);
    return c + 0.5 * (out - t[r]) ** 2;
  }, 0);
}

export function costFromStats(
  p: Params,
  A: number[][],
  mu: number[],
  v: number[],
  t: number[],
): number {
  const Y = A.map((a) =>
    a.map((x, j) => p.gamma[j] * ((x - mu[j]) / Math.sqrt(v[j] + BN_EPSILON)) + p.beta[j]),
  );
  return costFromY(p, Y, t);
}

export function costFromA(p: Params, A: number[][], t: number[]): number {
  const { mu, v } = statistics(A);
  return costFromStats(p, A, mu, v, t);
}

const H = 1e-6;
/** Central difference of f at x along one coordinate. */
export function fd(f: (d: number) => number): number {
  return (f(H) - f(-H)) / (2 * H);
}

export function withEntry(M: number[][], r: number, j: number, d: number): number[][] {
  return M.map((row, k) => row.map((v, c) => (k === r && c === j ? v + d : v)));
}

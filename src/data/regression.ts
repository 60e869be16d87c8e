/**
 * Regression targets from known functions: 1-D curves on x ∈ [−1, 1] (a fitted curve over the
 * points is the whole story) and 2-D surfaces on the plane [−6, 6]² (shown as a heat map).
 * All target values lie in [−1, 1], so a tanh or linear output can reach them.
 */
// detmath's sin/exp, not Math's: engines differ in the last bit (see features.ts).
import { exp, sin } from '../core/detmath';
import type { Random } from '../core/random';
import { planeDomain, PLANE_NAMES, regressionData, type RawData } from './rawData';

export type Regression1dName = 'sine' | 'abs' | 'step' | 'cubic';
export type Regression2dName = 'plane' | 'bump';

/** The x-domain of every 1-D regression dataset. */
export const LINE_DOMAIN: [number, number] = [-1, 1];

/** The noise-free functions, exported so tests (and views) can draw the truth. */
export const REGRESSION_1D: Record<Regression1dName, (x: number) => number> = {
  sine: (x) => sin(Math.PI * x), // one full period over the domain
  abs: (x) => Math.abs(x),
  step: (x) => (x < 0 ? 0 : 1),
  cubic: (x) => x * x * x,
};

/** Width σ of the Gaussian bump exp(−(x₁² + x₂²) / 2σ²). */
const BUMP_WIDTH = 2;

export const REGRESSION_2D: Record<Regression2dName, (x1: number, x2: number) => number> = {
  plane: (x1, x2) => (x1 + x2) / 12, // −1 … 1 over the plane
  bump: (x1, x2) => exp(-(x1 * x1 + x2 * x2) / (2 * BUMP_WIDTH * BUMP_WIDTH)),
};

/** σ of the target noise at noise level 1. */
const TARGET_NOISE = 0.5;

// Noise: Gaussian noise on the target, y = f(x) + N(0, σ²) with σ = 0.5·noise; x is exact.
export function generateRegression1d(
  name: Regression1dName,
  count: number,
  noise: number,
  rng: Random,
): RawData {
  const data = regressionData(
    {
      name,
      count,
      rawKind: 'line',
      rawSize: 1,
      rawDomain: [[LINE_DOMAIN[0], LINE_DOMAIN[1]]],
      imageSide: 0,
      rawNames: ['x'],
    },
    1,
  );
  const f = REGRESSION_1D[name];
  const sigma = TARGET_NOISE * noise;
  for (let i = 0; i < count; i++) {
    const x = rng.uniform(LINE_DOMAIN[0], LINE_DOMAIN[1]);
    data.raw[i] = x;
    data.values[i] = f(x) + sigma * rng.normal();
  }
  return data;
}

// Noise: Gaussian noise on the target, y = f(x₁, x₂) + N(0, σ²) with σ = 0.5·noise; the
// points are uniform over the plane and exact.
export function generateRegression2d(
  name: Regression2dName,
  count: number,
  noise: number,
  rng: Random,
): RawData {
  const domain = planeDomain();
  const data = regressionData(
    {
      name,
      count,
      rawKind: 'plane',
      rawSize: 2,
      rawDomain: domain,
      imageSide: 0,
      rawNames: PLANE_NAMES.slice(),
    },
    1,
  );
  const f = REGRESSION_2D[name];
  const sigma = TARGET_NOISE * noise;
  for (let i = 0; i < count; i++) {
    const x1 = rng.uniform(domain[0][0], domain[0][1]);
    const x2 = rng.uniform(domain[1][0], domain[1][1]);
    data.raw[2 * i] = x1;
    data.raw[2 * i + 1] = x2;
    data.values[i] = f(x1, x2) + sigma * rng.normal();
  }
  return data;
}

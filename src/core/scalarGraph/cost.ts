/**
 * What one gradient of a dense network costs, counted three ways (multiplications, exactly,
 * as BigInt: 784-64-10's figures outgrow 2⁵³ for deeper nets):
 * - backprop: one forward pass (Σ nₗ₋₁nₗ) and one backward pass (Wᵀδ and δzᵀ, twice that);
 * - finite differences: two forward passes per parameter;
 * - paths: ∂C/∂w as a sum over every path from w to the output, each path a product of
 *   its length — what the chain rule gives when no node's gradient is kept and reused.
 */
import { superscript } from '../marks';

export interface GradientCosts {
  parameters: bigint;
  forward: bigint;
  backprop: bigint;
  finiteDifferences: bigint;
  /** Input-to-output paths through the network: Πₗ nₗ. */
  paths: bigint;
  pathSum: bigint;
}

export function gradientCosts(sizes: readonly number[]): GradientCosts {
  const n = sizes.map((s) => BigInt(Math.max(0, Math.trunc(s))));
  const L = n.length - 1;
  let parameters = 0n;
  let forward = 0n;
  let paths = 1n;
  for (const s of n) paths *= s;
  let pathSum = 0n;
  for (let l = 1; l <= L; l++) {
    const layerParams = n[l - 1] * n[l] + n[l];
    parameters += layerParams;
    forward += n[l - 1] * n[l];
    // From a parameter of layer l, one path per choice of neuron in each later layer.
    let onward = 1n;
    for (let k = l + 1; k <= L; k++) onward *= n[k];
    pathSum += layerParams * onward * BigInt(L - l + 1);
  }
  return {
    parameters,
    forward,
    backprop: 3n * forward,
    finiteDifferences: 2n * parameters * forward,
    paths,
    pathSum,
  };
}

/** How many times the backward pass uses each δ of layer l (1-based): once per weight into it and once per neuron below. */
export function reuseOf(
  sizes: readonly number[],
  l: number,
): { uses: number; pathsThrough: bigint } {
  const before = sizes.slice(0, l).reduce((p, s) => p * BigInt(s), 1n);
  const after = sizes.slice(l + 1).reduce((p, s) => p * BigInt(s), 1n);
  const uses = sizes[l - 1] * (l > 1 ? 2 : 1) + 1;
  return { uses, pathsThrough: before * after };
}

/** A BigInt as exact digits with thin spaces, and as a power of ten. */
export function describeCount(x: bigint): { exact: string; power: string; log10: number } {
  const digits = x.toString();
  const exact = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
  const log10 =
    x <= 0n ? 0 : digits.length - 1 + Math.log10(Number(`0.${digits.slice(0, 15)}`) * 10);
  const exponent = Math.floor(log10);
  const mantissa = 10 ** (log10 - exponent);
  const power = exponent < 4 ? digits : `${mantissa.toFixed(2)} × 10${superscript(exponent)}`;
  return { exact, power, log10 };
}

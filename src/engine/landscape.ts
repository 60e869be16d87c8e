/**
 * The loss landscape of a network (Li et al. 2018, "Visualizing the Loss Landscape of Neural
 * Nets"): the training loss on the plane θ + α·d₁ + β·d₂ through the current weights θ.
 *
 * The directions are either two random directions, filter-normalized — each row of a
 * direction's weight matrix (the weights into one neuron, the dense layer's "filter") is
 * scaled to the norm of the same row of θ, so the plot's scale does not depend on how large
 * the weights happen to be; bias directions are zero, as in the paper — or the first two
 * principal components of the weight trajectory recorded while training.
 *
 * Speed: the first layer's pre-activation is linear in (α, β), so X·(W₁ + αD₁ + βD₂)ᵀ is
 * computed once as three products and combined per grid point; only the (small) later layers
 * run per point. 784-64-10 on 2 000 samples then costs about one forward pass of the later
 * layers per point instead of a full one.
 */
import { Random } from '../core/random';
import type { Network } from './network';

/** The loss is evaluated on at most this many training samples (the first ones). */
export const LANDSCAPE_SAMPLES = 2000;
export const LANDSCAPE_GRID = { default: 31, min: 5, max: 61 } as const;

/** A direction in parameter space, shaped like the network's parameters. */
export interface Direction {
  weights: Float64Array[];
  biases: Float64Array[];
}

/** Two random directions, each filter-normalized against θ; zero for the biases. */
export function filterNormalizedDirections(network: Network, seed: number): [Direction, Direction] {
  const random = new Random(seed, 'landscape');
  const make = (): Direction => {
    const weights = network.weights.map((w, l) => {
      const nIn = network.sizes[l];
      const d = new Float64Array(w.length);
      for (let k = 0; k < d.length; k++) d[k] = random.normal();
      for (let j = 0; j < d.length / nIn; j++) {
        let dNorm = 0;
        let wNorm = 0;
        for (let i = 0; i < nIn; i++) {
          dNorm += d[j * nIn + i] ** 2;
          wNorm += w[j * nIn + i] ** 2;
        }
        const scale = dNorm > 0 ? Math.sqrt(wNorm / dNorm) : 0;
        for (let i = 0; i < nIn; i++) d[j * nIn + i] *= scale;
      }
      return d;
    });
    return { weights, biases: network.biases.map((b) => new Float64Array(b.length)) };
  };
  return [make(), make()];
}

/** Flattens a network's parameters (weights then biases, layer by layer) into one vector. */
export function flattenParameters(network: Network): Float64Array {
  const total = network.weights.reduce((n, w, l) => n + w.length + network.biases[l].length, 0);
  const out = new Float64Array(total);
  let at = 0;
  for (let l = 0; l < network.depth; l++) {
    out.set(network.weights[l], at);
    at += network.weights[l].length;
    out.set(network.biases[l], at);
    at += network.biases[l].length;
  }
  return out;
}

/** A flat vector back in the network's shape. */
export function unflatten(network: Network, flat: Float64Array): Direction {
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  let at = 0;
  for (let l = 0; l < network.depth; l++) {
    weights.push(flat.slice(at, at + network.weights[l].length));
    at += network.weights[l].length;
    biases.push(flat.slice(at, at + network.biases[l].length));
    at += network.biases[l].length;
  }
  return { weights, biases };
}

/**
 * The first two principal components of the trajectory θ₀ … θₘ (each relative to the last),
 * as unit vectors, with every recorded point's coordinates in them. The m×m Gram matrix is
 * diagonalized by power iteration, so the cost is m² dot products of parameter length.
 */
export function trajectoryComponents(
  trajectory: readonly Float64Array[],
): { d1: Float64Array; d2: Float64Array; coords: [number, number][] } | null {
  const m = trajectory.length;
  if (m < 3) return null;
  const last = trajectory[m - 1];
  const n = last.length;
  const rows = trajectory.map((t) => {
    const r = new Float64Array(n);
    for (let k = 0; k < n; k++) r[k] = t[k] - last[k];
    return r;
  });
  const gram = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let j = i; j < m; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += rows[i][k] * rows[j][k];
      gram[i * m + j] = s;
      gram[j * m + i] = s;
    }
  const components: Float64Array[] = [];
  for (let c = 0; c < 2; c++) {
    const u = powerIteration(gram, m, 200 + c);
    const d = new Float64Array(n);
    for (let i = 0; i < m; i++) for (let k = 0; k < n; k++) d[k] += u[i] * rows[i][k];
    const norm = Math.sqrt(dot(d, d));
    if (!(norm > 0)) return null;
    for (let k = 0; k < n; k++) d[k] /= norm;
    components.push(d);
    deflate(gram, m, u);
  }
  const [d1, d2] = components;
  const coords = rows.map((r): [number, number] => [dot(r, d1), dot(r, d2)]);
  return { d1, d2, coords };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** The leading eigenvector of a symmetric m×m matrix (deterministic start, 300 rounds). */
function powerIteration(matrix: Float64Array, m: number, seed: number): Float64Array {
  const random = new Random(seed, 'landscape-pca');
  let u = Float64Array.from({ length: m }, () => random.normal());
  for (let round = 0; round < 300; round++) {
    const next = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += matrix[i * m + j] * u[j];
      next[i] = s;
    }
    const norm = Math.sqrt(dot(next, next));
    if (!(norm > 0)) break;
    for (let i = 0; i < m; i++) next[i] /= norm;
    u = next;
  }
  return u;
}

/** Removes the component along the unit eigenvector u: G ← G − λ u uᵀ. */
function deflate(matrix: Float64Array, m: number, u: Float64Array): void {
  let lambda = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) lambda += u[i] * matrix[i * m + j] * u[j];
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) matrix[i * m + j] -= lambda * u[i] * u[j];
}

/**
 * Least-squares coordinates (α, β) of a displacement Δ in the plane spanned by d₁, d₂ (which
 * need not be orthogonal): solves [d₁·d₁ d₁·d₂; d₁·d₂ d₂·d₂][α β]ᵀ = [d₁·Δ d₂·Δ]ᵀ.
 */
export function planeCoordinates(
  delta: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
): [number, number] {
  const a = dot(d1, d1);
  const b = dot(d1, d2);
  const c = dot(d2, d2);
  const p = dot(d1, delta);
  const q = dot(d2, delta);
  const det = a * c - b * b;
  if (!(Math.abs(det) > 0)) return [a > 0 ? p / a : 0, 0];
  return [(p * c - q * b) / det, (a * q - b * p) / det];
}

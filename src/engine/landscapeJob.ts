/**
 * Computes a loss landscape point by point, coarse first: every `COARSE`-th row and column
 * (so a first picture appears after a few percent of the work), then the points between.
 * `run(maxPoints)` does a bounded slice of work, so the worker can read commands (Cancel)
 * and keep sending snapshots between two slices.
 */
import type { SampleSet } from '../data/types';
import { activate } from './activations';
import { linearForward } from './kernels';
import { LANDSCAPE_SAMPLES, type Direction } from './landscape';
import { sampleCost } from './losses';
import type { Network } from './network';

const COARSE = 5;
const CHUNK = 128;

export interface LandscapeSpec {
  /** Points per side (odd, so the centre α = β = 0 is a grid point). */
  grid: number;
  /** The plane spans α, β ∈ [−range, range]. */
  range: number;
}

const onCoarse = (grid: number, k: number): boolean => k % COARSE === 0 || k === grid - 1;

/** How many points the coarse lattice has: they come first in `pointOrder`. */
export function coarseCount(grid: number): number {
  let side = 0;
  for (let k = 0; k < grid; k++) if (onCoarse(grid, k)) side++;
  return side * side;
}

/** The grid's point order: the coarse lattice first, then everything else, row by row. */
export function pointOrder(grid: number): Int32Array {
  const order = new Int32Array(grid * grid);
  let at = 0;
  const coarse = (k: number) => onCoarse(grid, k);
  for (let r = 0; r < grid; r++)
    for (let c = 0; c < grid; c++) if (coarse(r) && coarse(c)) order[at++] = r * grid + c;
  for (let r = 0; r < grid; r++)
    for (let c = 0; c < grid; c++) if (!(coarse(r) && coarse(c))) order[at++] = r * grid + c;
  return order;
}

export class LandscapeJob {
  /** Loss at each grid point, row-major with row 0 at β = −range; NaN until computed. */
  readonly values: Float64Array;
  readonly spec: LandscapeSpec;
  done = 0;
  private readonly order: Int32Array;
  private readonly count: number;
  private readonly set: SampleSet;
  private readonly network: Network;
  private readonly d1: Direction;
  private readonly d2: Direction;
  /** X·W₁ᵀ + b₁ at θ and X·D₁ᵀ, X·D₂ᵀ (+ bias directions): count × n₁ each. */
  private readonly first: [Float64Array, Float64Array, Float64Array];
  /** Per-point parameters of the later layers, and the chunk's activations. */
  private readonly pointWeights: Float64Array[];
  private readonly pointBiases: Float64Array[];
  private readonly a: Float64Array[];
  private readonly z: Float64Array[];

  constructor(network: Network, set: SampleSet, d1: Direction, d2: Direction, spec: LandscapeSpec) {
    this.network = network;
    this.set = set;
    this.d1 = d1;
    this.d2 = d2;
    this.spec = spec;
    this.count = Math.min(set.count, LANDSCAPE_SAMPLES);
    this.values = new Float64Array(spec.grid * spec.grid).fill(Number.NaN);
    this.order = pointOrder(spec.grid);
    const n1 = network.sizes[1];
    const nIn = network.sizes[0];
    const x = set.inputs.subarray(0, this.count * nIn);
    const product = (w: Float64Array, b: Float64Array): Float64Array => {
      const out = new Float64Array(this.count * n1);
      linearForward(x, w, b, out, this.count, nIn, n1);
      return out;
    };
    this.first = [
      product(network.weights[0], network.biases[0]),
      product(d1.weights[0], d1.biases[0]),
      product(d2.weights[0], d2.biases[0]),
    ];
    this.pointWeights = network.weights.map((w) => new Float64Array(w.length));
    this.pointBiases = network.biases.map((b) => new Float64Array(b.length));
    this.a = network.sizes.map((n) => new Float64Array(CHUNK * n));
    this.z = network.sizes.map((n) => new Float64Array(CHUNK * n));
  }

  get total(): number {
    return this.order.length;
  }

  /** Computes up to `maxPoints` more points; returns true when every point is done. */
  run(maxPoints: number): boolean {
    const end = Math.min(this.order.length, this.done + maxPoints);
    for (; this.done < end; this.done++) {
      const index = this.order[this.done];
      const { grid, range } = this.spec;
      const alpha = -range + (2 * range * (index % grid)) / (grid - 1);
      const beta = -range + (2 * range * Math.floor(index / grid)) / (grid - 1);
      this.values[index] = this.lossAt(alpha, beta);
    }
    return this.done === this.order.length;
  }

  /** The mean training loss at θ + αd₁ + βd₂, summed sample by sample as Evaluator does. */
  lossAt(alpha: number, beta: number): number {
    const net = this.network;
    const L = net.depth;
    for (let l = 1; l < L; l++) {
      combine(
        this.pointWeights[l],
        net.weights[l],
        this.d1.weights[l],
        this.d2.weights[l],
        alpha,
        beta,
      );
      combine(
        this.pointBiases[l],
        net.biases[l],
        this.d1.biases[l],
        this.d2.biases[l],
        alpha,
        beta,
      );
    }
    const [p0, p1, p2] = this.first;
    const n1 = net.sizes[1];
    const width = net.outputSize;
    let cost = 0;
    for (let start = 0; start < this.count; start += CHUNK) {
      const rows = Math.min(CHUNK, this.count - start);
      const a1 = this.a[1];
      const base = start * n1;
      for (let k = 0; k < rows * n1; k++)
        a1[k] = p0[base + k] + alpha * p1[base + k] + beta * p2[base + k];
      activate(net.activations[0], a1, this.z[1], rows, n1, net.activationParams[0]);
      for (let l = 2; l <= L; l++) {
        const nIn = net.sizes[l - 1];
        const nOut = net.sizes[l];
        linearForward(
          this.z[l - 1],
          this.pointWeights[l - 1],
          this.pointBiases[l - 1],
          this.a[l],
          rows,
          nIn,
          nOut,
        );
        activate(
          net.activations[l - 1],
          this.a[l],
          this.z[l],
          rows,
          nOut,
          net.activationParams[l - 1],
        );
      }
      for (let r = 0; r < rows; r++)
        cost += sampleCost(
          net.loss,
          this.a[L],
          this.z[L],
          this.set.targets,
          r * width,
          (start + r) * width,
          width,
        );
    }
    return cost / this.count;
  }
}

/** out = θ + αd₁ + βd₂ element-wise. */
function combine(
  out: Float64Array,
  theta: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
  alpha: number,
  beta: number,
): void {
  for (let k = 0; k < out.length; k++) out[k] = theta[k] + alpha * d1[k] + beta * d2[k];
}

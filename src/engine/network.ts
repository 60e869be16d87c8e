import type { NetworkConfig } from '../config/types';
import type { MathsVersion } from '../core/detmath';
import { Act, activate, activationCode, multiplyByDerivative, type ActCode } from './activations';
import { BatchNorm, NormBuffers, normBackward, normForward, type NormGradients } from './batchNorm';
import { linearBackward, linearForward, zero } from './kernels';
import { lossCode, outputDelta, type LossCode } from './losses';

/**
 * A fully connected network: its shape and its parameters, nothing else. Layer l = 1 … L maps
 * z⁽ˡ⁻¹⁾ (width sizes[l−1]) to z⁽ˡ⁾ (width sizes[l]); arrays indexed by layer use index l−1
 * for layer l (weights[0] is W⁽¹⁾).
 */
export class Network {
  /** [n₀ (inputs), n₁, …, n_L (outputs)]. */
  readonly sizes: readonly number[];
  /** Number of weight layers L. */
  readonly depth: number;
  /** W⁽ˡ⁾, nₗ × nₗ₋₁ row-major: w⁽ˡ⁾ⱼᵢ at j·nₗ₋₁ + i. */
  readonly weights: Float64Array[];
  /** b⁽ˡ⁾ (kept at zero where the layer has no bias). */
  readonly biases: Float64Array[];
  readonly activations: ActCode[];
  /** Leaky ReLU slope or ELU α of each layer's activation (0 where unused). */
  readonly activationParams: number[];
  readonly hasBias: boolean[];
  /** Dropout probability of each layer (always 0 for the output layer). */
  readonly dropout: number[];
  /** Batch normalization of each layer's pre-activation (`_n` in the link), else null. */
  readonly norm: (BatchNorm | null)[];
  readonly loss: LossCode;

  /** `maths` picks the elementary functions (see MathsVersion): tanh has one per version. */
  constructor(inputSize: number, outputSize: number, config: NetworkConfig, maths: MathsVersion) {
    this.sizes = [inputSize, ...config.hidden.map((h) => h.size), outputSize];
    this.depth = this.sizes.length - 1;
    this.weights = [];
    this.biases = [];
    this.activations = [];
    this.activationParams = [];
    this.hasBias = [];
    this.dropout = [];
    this.norm = [];
    for (let l = 1; l <= this.depth; l++) {
      const hidden = l < this.depth ? config.hidden[l - 1] : null;
      const act = activationCode(hidden ? hidden.activation : config.output.activation, maths);
      this.weights.push(new Float64Array(this.sizes[l] * this.sizes[l - 1]));
      this.biases.push(new Float64Array(this.sizes[l]));
      this.activations.push(act);
      this.activationParams.push(
        act === Act.leakyRelu ? config.leakySlope : act === Act.elu ? config.eluAlpha : 0,
      );
      // Batch norm: β takes the bias's role, so the layer has none while it is on.
      const normed = hidden?.batchNorm === true;
      this.hasBias.push(hidden ? hidden.bias && !normed : config.output.bias);
      this.dropout.push(hidden ? hidden.dropout : 0);
      this.norm.push(normed ? new BatchNorm(this.sizes[l]) : null);
    }
    this.loss = lossCode(config.loss);
  }

  get inputSize(): number {
    return this.sizes[0];
  }

  get outputSize(): number {
    return this.sizes[this.depth];
  }

  /** Total number of weights and biases that train. */
  get parameterCount(): number {
    let n = 0;
    for (let l = 0; l < this.depth; l++) {
      n += this.weights[l].length + (this.hasBias[l] ? this.biases[l].length : 0);
      n += 2 * (this.norm[l]?.size ?? 0); // γ and β
    }
    return n;
  }
}

/**
 * Buffers for one pass over up to `capacity` samples: a⁽ˡ⁾, z⁽ˡ⁾, δ⁽ˡ⁾ and dropout masks.
 * Allocated once per network shape and batch size, reused by every step.
 */
export class Workspace {
  readonly capacity: number;
  /** z⁽ˡ⁾ = h(a⁽ˡ⁾) for l = 0 … L; z⁽⁰⁾ is the gathered input batch. Unmasked by dropout. */
  readonly z: Float64Array[];
  /** a⁽ˡ⁾ for l = 1 … L (index 0 is an empty array). */
  readonly a: Float64Array[];
  /** δ⁽ˡ⁾ = ∂C/∂a⁽ˡ⁾ for l = 1 … L, per sample (index 0 is an empty array). */
  readonly delta: Float64Array[];
  /** What layer l passes on: z⁽ˡ⁾ itself, or z⁽ˡ⁾ ⊙ mask when the layer has dropout. */
  readonly out: Float64Array[];
  /** Inverted-dropout masks (0 or 1/(1−p)) for layers with dropout, else null. */
  readonly mask: (Float64Array | null)[];
  /** The gathered targets of the batch, capacity × n_L. */
  readonly targets: Float64Array;
  /** Batch-norm buffers of layer l (a before normalization, â, μ, σ²), else null. */
  readonly norm: (NormBuffers | null)[];

  constructor(network: Network, capacity: number) {
    this.capacity = capacity;
    const { sizes, depth } = network;
    this.z = sizes.map((n) => new Float64Array(capacity * n));
    this.a = sizes.map((n, l) => new Float64Array(l === 0 ? 0 : capacity * n));
    this.delta = sizes.map((n, l) => new Float64Array(l === 0 ? 0 : capacity * n));
    this.mask = sizes.map((n, l) =>
      l > 0 && l < depth && network.dropout[l - 1] > 0 ? new Float64Array(capacity * n) : null,
    );
    this.out = sizes.map((n, l) => (this.mask[l] ? new Float64Array(capacity * n) : this.z[l]));
    this.targets = new Float64Array(capacity * sizes[depth]);
    this.norm = sizes.map((n, l) =>
      l > 0 && network.norm[l - 1] ? new NormBuffers(n, capacity) : null,
    );
  }
}

/** ∂C/∂W⁽ˡ⁾ and ∂C/∂b⁽ˡ⁾ for every layer, shaped like the parameters. */
export class Gradients {
  readonly weights: Float64Array[];
  readonly biases: Float64Array[];
  /** ∂C/∂γ⁽ˡ⁾, ∂C/∂β⁽ˡ⁾ of batch-normalized layers (index l−1), else null. */
  readonly norm: (NormGradients | null)[];

  constructor(network: Network) {
    this.weights = network.weights.map((w) => new Float64Array(w.length));
    this.biases = network.biases.map((b) => new Float64Array(b.length));
    this.norm = network.norm.map((bn) =>
      bn ? { gamma: new Float64Array(bn.size), beta: new Float64Array(bn.size) } : null,
    );
  }

  clear(): void {
    for (let l = 0; l < this.weights.length; l++) {
      zero(this.weights[l], this.weights[l].length);
      zero(this.biases[l], this.biases[l].length);
    }
  }
}

/**
 * Forward pass over the first `rows` samples already gathered in ws.z[0]:
 * a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾, z⁽ˡ⁾ = h(a⁽ˡ⁾). Dropout applies when `training` and the workspace
 * holds masks (the caller fills them).
 */
export function forward(network: Network, ws: Workspace, rows: number, training: boolean): void {
  const { sizes, depth } = network;
  for (let l = 1; l <= depth; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    const input = training ? ws.out[l - 1] : ws.z[l - 1];
    linearForward(input, network.weights[l - 1], network.biases[l - 1], ws.a[l], rows, nIn, nOut);
    // Batch norm (when on): a ← γ·â + β, batch statistics when training, else running ones.
    const bn = network.norm[l - 1];
    if (bn) normForward(bn, ws.norm[l] as NormBuffers, ws.a[l], rows, training);
    activate(
      network.activations[l - 1],
      ws.a[l],
      ws.z[l],
      rows,
      nOut,
      network.activationParams[l - 1],
    );
    const mask = ws.mask[l];
    if (training && mask !== null) {
      const z = ws.z[l];
      const out = ws.out[l];
      const n = rows * nOut;
      for (let k = 0; k < n; k++) out[k] = z[k] * mask[k];
    }
  }
}

/**
 * Backward pass for `rows` samples after `forward` (training) and with targets in ws.targets:
 * δ⁽ᴸ⁾ = ∂C/∂a⁽ᴸ⁾, δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) [⊙ dropout mask],
 * ∂C/∂W⁽ˡ⁾ = δ⁽ˡ⁾ z⁽ˡ⁻¹⁾ᵀ, ∂C/∂b⁽ˡ⁾ = δ⁽ˡ⁾ — summed over the samples and written over what
 * `grads` held (the caller divides by
 * the batch size). Returns the sum of the samples' costs.
 */
export function backward(
  network: Network,
  ws: Workspace,
  grads: Gradients,
  rows: number,
  training: boolean,
): number {
  const { sizes, depth } = network;
  const outAct = network.activations[depth - 1];
  const totalCost = outputDelta(
    network.loss,
    outAct,
    ws.a[depth],
    ws.z[depth],
    ws.targets,
    ws.delta[depth],
    rows,
    sizes[depth],
    network.activationParams[depth - 1],
  );
  for (let l = depth; l >= 1; l--) {
    const nIn = sizes[l - 1];
    const below = l > 1 ? ws.delta[l - 1] : null;
    const input = training ? ws.out[l - 1] : ws.z[l - 1];
    linearBackward(
      input,
      network.weights[l - 1],
      ws.delta[l],
      grads.weights[l - 1],
      grads.biases[l - 1],
      below,
      rows,
      nIn,
      sizes[l],
    );
    if (below !== null) {
      const n = rows * nIn;
      multiplyByDerivative(
        network.activations[l - 2],
        ws.a[l - 1],
        ws.z[l - 1],
        below,
        n,
        network.activationParams[l - 2],
      );
      const mask = ws.mask[l - 1];
      if (training && mask !== null) for (let k = 0; k < n; k++) below[k] *= mask[k];
      // Batch norm (when on): ∂C/∂y → ∂C/∂a, and ∂C/∂γ, ∂C/∂β.
      const bn = network.norm[l - 2];
      if (bn) {
        const g = grads.norm[l - 2] as NormGradients;
        normBackward(bn, ws.norm[l - 1] as NormBuffers, below, rows, g);
      }
    }
  }
  return totalCost;
}

/**
 * Divides the summed gradients by the batch size (the loss is a batch mean) and returns the
 * first layer whose gradient is non-finite or beyond limit, or 0 when all are fine.
 */
export function averageGradients(
  grads: Gradients,
  depth: number,
  rows: number,
  limit: number,
): number {
  const inv = 1 / rows;
  let bad = 0;
  for (let l = 0; l < depth; l++) {
    const gW = grads.weights[l];
    const gb = grads.biases[l];
    let max = 0;
    for (let k = 0; k < gW.length; k++) {
      const g = gW[k] * inv;
      gW[k] = g;
      const m = Math.abs(g);
      if (!(m <= max)) max = m; // NaN also lands here
    }
    for (let k = 0; k < gb.length; k++) {
      const g = gb[k] * inv;
      gb[k] = g;
      const m = Math.abs(g);
      if (!(m <= max)) max = m;
    }
    if (bad === 0 && !(max <= limit)) bad = l + 1;
  }
  return bad;
}

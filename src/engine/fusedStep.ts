/**
 * The whole training step of a small network as one function, written out for its shape and
 * batch size.
 *
 * The layer-by-layer step (network.ts, kernels.ts, the trainer's averaging and the optimizer's
 * update) makes a dozen calls and as many short loops per step; on a network like 2-4-2-1 with
 * a batch of 10 those cost more than the arithmetic. For small networks this module writes the
 * source of one step with no loop at all: each weight, bias and gradient sum is a local, each
 * sum is one expression, and only the activations (once per layer) and the loss's δ⁽ᴸ⁾ are
 * called, as their descriptors' own array functions. It is compiled once per run (`new Function`); only integers
 * from the network's shape enter the source. With plain SGD the update is part of it; other
 * optimizers and the penalties take the gradients it writes (the trainer calls applyUpdate).
 *
 * The built site's Content-Security-Policy (scripts/csp.ts) is a <meta> tag, which binds the
 * page and not its worker; a host that sends a policy without 'unsafe-eval' as a header binds
 * the worker too, and then compiling throws and every step goes layer by layer: the same
 * numbers, slower.
 *
 * It computes the same numbers in the same order as the layer-by-layer step: a = b + w₀z₀ +
 * w₁z₁ + …; E = 0 + W₀ᵢδ₀ + W₁ᵢδ₁ + …; ∂C/∂w summed from zero over blocks of four samples,
 * then sample by sample; the gradients times 1/rows; w + (−η·g). It leaves the workspace (a, z,
 * δ) and the averaged gradients as that step does, so a run gives the same bits whichever path
 * takes its steps (tests/unit/engine/fusedStep.test.ts checks that on many shapes).
 */
import { ACTIVATIONS_BY_CODE, type ActivationDescriptor } from '../core/choices/activations';
import { LOSSES_BY_CODE, type LossDescriptor } from '../core/choices/losses';
import type { Gradients, Network, Workspace } from './network';

/**
 * One step on the `rows` samples gathered in the workspace, at the learning rate in `io[0]`:
 * returns true with the batch's summed cost in `io[1]`, the gradients written and (in SGD's
 * step) the weights updated. When the loss is not finite or a gradient's size is NaN or above the limit it returns
 * false and has changed no weight: the layer-by-layer step then takes that step and says where
 * it diverged. (Numbers go in and out through `io` because V8 boxes a double passed to or
 * returned from a call it does not inline: one allocation per step.)
 */
export type FusedStep = () => boolean;

/** What the fused step is written for: the network's shape and arrays, and the batch size. */
export interface FusedPlan {
  sizes: readonly number[];
  /** The rows of every batch the step takes (other batches go layer by layer). */
  rows: number;
  /** The learning rate in, the batch's summed cost out. */
  io: Float64Array;
  activations: readonly ActivationDescriptor[];
  params: readonly number[];
  /** Per layer: whether its biases are trained (a layer without bias keeps them at zero). */
  trainBias: readonly boolean[];
  /**
   * True: the step ends with plain SGD's update, w + (−η·g). False: it ends with the averaged
   * gradients written out, and the trainer's optimizer takes them from there.
   */
  sgd: boolean;
  /** The loss: its own outputDelta writes δ⁽ᴸ⁾ (through the output activation) and the cost. */
  loss: LossDescriptor;
  gradientLimit: number;
  weights: readonly Float64Array[];
  biases: readonly Float64Array[];
  gradWeights: readonly Float64Array[];
  gradBiases: readonly Float64Array[];
  /** The workspace's z⁽ˡ⁾ (z⁽⁰⁾ the inputs), a⁽ˡ⁾, δ⁽ˡ⁾ and targets. */
  z: readonly Float64Array[];
  a: readonly Float64Array[];
  delta: readonly Float64Array[];
  targets: Float64Array;
}

/** The widest layer the fused step writes out. */
export const FUSED_MAX_WIDTH = 8;
/**
 * The most products a fused step may write out (see fusedFits). Its source grows with them, and
 * V8 does not optimize a function of more than 60 kB of bytecode. Measured in Node 20 on
 * batches of 10: 2-4-4-1 (850 products) made 34 kB and ran 1.2–1.3× faster than the
 * layer-by-layer step; 2-6-6-1 (1 630) was never optimized and ran 14× slower.
 */
export const FUSED_MAX_PRODUCTS = 1024;

/** Whether a network of these layer sizes, trained on batches of `rows`, gets a fused step. */
export function fusedFits(sizes: readonly number[], rows: number): boolean {
  let products = 0;
  for (let l = 1; l < sizes.length; l++) {
    if (sizes[l - 1] > FUSED_MAX_WIDTH || sizes[l] > FUSED_MAX_WIDTH) return false;
    // Forward and backward a weight's product per sample (no error below layer 1), and its
    // gradient term; a bias has one gradient term.
    const weights = sizes[l] * sizes[l - 1];
    products += (l > 1 ? 3 : 2) * weights + sizes[l];
  }
  return products * rows <= FUSED_MAX_PRODUCTS;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

/** a⁽ˡ⁾ = W z⁽ˡ⁻¹⁾ + b for every sample, then z⁽ˡ⁾ = h(a⁽ˡ⁾) by the activation's own loop. */
function forwardSource(sizes: readonly number[], rows: number): string[] {
  const out: string[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const [nIn, nOut] = [sizes[l - 1], sizes[l]];
    for (const s of range(rows)) {
      for (const j of range(nOut)) {
        const sum = range(nIn).map((i) => ` + w${l}_${j}_${i} * Z${l - 1}[${s * nIn + i}]`);
        out.push(`A${l}[${s * nOut + j}] = b${l}_${j}${sum.join('')};`);
      }
    }
    out.push(`H${l}.activate(A${l}, Z${l}, ${rows}, ${nOut}, P${l});`);
  }
  return out;
}

/** δ⁽ᴸ⁾ and the batch's cost by the loss's own loop, then δ⁽ˡ⁻¹⁾ = h′ ⊙ Wᵀδ⁽ˡ⁾ down to layer 1. */
function backwardSource(sizes: readonly number[], rows: number): string[] {
  const depth = sizes.length - 1;
  const out: string[] = ['LOSS(IO);', 'const cost = IO[1];'];
  for (let l = depth; l >= 2; l--) {
    const [nIn, nOut] = [sizes[l - 1], sizes[l]];
    for (const s of range(rows)) {
      for (const i of range(nIn)) {
        const sum = range(nOut).map((j) => ` + w${l}_${j}_${i} * D${l}[${s * nOut + j}]`);
        out.push(`D${l - 1}[${s * nIn + i}] = 0${sum.join('')};`);
      }
    }
    out.push(
      `H${l - 1}.scaleByDerivative(A${l - 1}, Z${l - 1}, D${l - 1}, ${rows * nIn}, P${l - 1});`,
    );
  }
  return out;
}

/** The samples' terms of one gradient sum: blocks of four in parentheses, then one by one. */
function sumSource(rows: number, term: (s: number) => string): string {
  const blocks = rows - (rows % 4);
  let sum = '0';
  for (let s = 0; s < blocks; s += 4)
    sum += ` + (${range(4)
      .map((k) => term(s + k))
      .join(' + ')})`;
  for (let s = blocks; s < rows; s++) sum += ` + ${term(s)}`;
  return sum;
}

/**
 * The gradient sums, their mean and size check, their writing out, and with `sgd` the update of
 * every trained parameter.
 */
function updateSource(
  sizes: readonly number[],
  rows: number,
  trainBias: readonly boolean[],
  sgd: boolean,
) {
  const sums: string[] = ['const inv = 1 / rows;', 'let max = 0;', 'let m = 0;'];
  const update: string[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const [nIn, nOut] = [sizes[l - 1], sizes[l]];
    sums.push('max = 0;');
    const check = (g: string): void => {
      sums.push(`${g} *= inv;`, `m = Math.abs(${g});`, 'if (!(m <= max)) max = m;');
    };
    for (const j of range(nOut)) {
      for (const i of range(nIn)) {
        const g = `g${l}_${j}_${i}`;
        sums.push(
          `let ${g} = ${sumSource(rows, (s) => `D${l}[${s * nOut + j}] * Z${l - 1}[${s * nIn + i}]`)};`,
        );
        check(g);
        update.push(`GW${l}[${j * nIn + i}] = ${g};`);
        if (sgd) update.push(`W${l}[${j * nIn + i}] = w${l}_${j}_${i} + -lr * ${g};`);
      }
    }
    for (const j of range(nOut)) {
      const g = `gb${l}_${j}`;
      sums.push(`let ${g} = ${sumSource(rows, (s) => `D${l}[${s * nOut + j}]`)};`);
      check(g);
      update.push(`GB${l}[${j}] = ${g};`);
      if (sgd && trainBias[l - 1]) update.push(`B${l}[${j}] = b${l}_${j} + -lr * ${g};`);
    }
    sums.push('if (!(max <= LIMIT)) return false;');
  }
  return { sums, update };
}

/** The source of the step factory's body: it returns the step function. */
export function fusedSource(
  sizes: readonly number[],
  rows: number,
  trainBias: readonly boolean[],
  sgd: boolean,
): string {
  const loads: string[] = [`const rows = ${rows};`];
  for (let l = 1; l < sizes.length; l++) {
    for (const j of range(sizes[l])) {
      loads.push(`const b${l}_${j} = B${l}[${j}];`);
      for (const i of range(sizes[l - 1])) {
        loads.push(`const w${l}_${j}_${i} = W${l}[${j * sizes[l - 1] + i}];`);
      }
    }
  }
  const { sums, update } = updateSource(sizes, rows, trainBias, sgd);
  return [
    'return function fusedStep() {',
    'const lr = IO[0];',
    ...loads,
    ...forwardSource(sizes, rows),
    ...backwardSource(sizes, rows),
    'if (!Number.isFinite(cost / rows)) return false;',
    ...sums,
    ...update,
    'return true;',
    '};',
  ].join('\n');
}

/** The factory's parameter names, in the order compileFusedStep passes them. */
function factoryNames(depth: number): string[] {
  const names = ['IO', 'LOSS', 'LIMIT', 'Z0'];
  for (let l = 1; l <= depth; l++) {
    names.push(`W${l}`, `B${l}`, `GW${l}`, `GB${l}`, `A${l}`, `Z${l}`, `D${l}`, `H${l}`, `P${l}`);
  }
  return names;
}

/** Compiles the fused step of a plan (check `fusedFits` first). */
export function compileFusedStep(plan: FusedPlan): FusedStep {
  const depth = plan.sizes.length - 1;
  const source = fusedSource(plan.sizes, plan.rows, plan.trainBias, plan.sgd);
  // The source holds no text from outside: names, integers and operators only.
  const factory = new Function(...factoryNames(depth), source) as (...args: unknown[]) => FusedStep;
  // The loss's outputDelta is called from a function of its own, which V8 compiles with it
  // inlined: its cost goes out through io, never as a boxed number returned to the step.
  const { loss, a, z, delta, targets, io } = plan;
  const lossRows = { a: a[depth], z: z[depth], y: targets };
  const outputAct = plan.activations[depth - 1].code;
  const outputParam = plan.params[depth - 1];
  const nL = plan.sizes[depth];
  const lossStep = (out: Float64Array): void => {
    out[1] = loss.outputDelta(lossRows, delta[depth], plan.rows, nL, outputAct, outputParam);
  };
  const args: unknown[] = [io, lossStep, plan.gradientLimit, z[0]];
  for (let l = 1; l <= depth; l++) {
    args.push(
      plan.weights[l - 1],
      plan.biases[l - 1],
      plan.gradWeights[l - 1],
      plan.gradBiases[l - 1],
      plan.a[l],
      plan.z[l],
      plan.delta[l],
      plan.activations[l - 1],
      plan.params[l - 1],
    );
  }
  return factory(...args);
}

/**
 * The fused step of a network trained on batches of `rows`, with plain SGD's update (`sgd`) or
 * ending at the gradients; null when it has none: a layer wider than FUSED_MAX_WIDTH, too large
 * a batch, batch norm, dropout or a hidden softmax (those go layer by layer).
 */
export function fusedStepFor(
  network: Network,
  ws: Workspace,
  grads: Gradients,
  rows: number,
  gradientLimit: number,
  io: Float64Array,
  sgd: boolean,
): FusedStep | null {
  const loss = LOSSES_BY_CODE[network.loss];
  const activations = network.activations.map((code) => ACTIVATIONS_BY_CODE[code]);
  // Softmax may be the output activation (the loss's outputDelta takes its Jacobian), not a
  // hidden one: the step multiplies hidden δ by h′ element by element.
  const plain =
    activations.slice(0, -1).every((act) => act.elementwise) &&
    network.norm.every((bn) => bn === null) &&
    ws.mask.every((mask) => mask === null);
  if (!plain || !fusedFits(network.sizes, rows)) return null;
  const plan: FusedPlan = {
    sizes: network.sizes,
    rows,
    io,
    activations,
    params: network.activationParams,
    trainBias: network.hasBias,
    sgd,
    loss,
    gradientLimit,
    weights: network.weights,
    biases: network.biases,
    gradWeights: grads.weights,
    gradBiases: grads.biases,
    z: ws.z,
    a: ws.a,
    delta: ws.delta,
    targets: ws.targets,
  };
  activations.forEach((act, l) => prime(act, network.activationParams[l]));
  primeLoss(loss, activations[activations.length - 1], network.activationParams.at(-1) ?? 0);
  try {
    return compileFusedStep(plan);
  } catch {
    return null; // a page whose content security policy forbids compiling: layer by layer
  }
}

/** Values that take every branch of an activation: saturated, tiny, signed zeros, NaN, ±∞. */
const PRIMING = Float64Array.of(-30, -2, -1e-12, -0, 0, 1e-12, 2, 30, NaN, Infinity, -Infinity);

/**
 * Runs an activation and its derivative once on values that take all their branches. V8
 * optimizes a function for the branches it has seen taken; a branch first taken later (tanh's
 * |a| > 20 once the weights have grown) throws the optimized code away. For the fused step, a
 * function of thousands of operations, that means tens of milliseconds interpreted, boxing
 * every number (measured: up to 33 young-generation collections in 10⁶ steps of the default
 * network, none once primed). Only the functions' type feedback changes, no number.
 */
function prime(act: ActivationDescriptor, param: number): void {
  const n = PRIMING.length;
  const z = new Float64Array(n);
  act.activate(PRIMING, z, 1, n, param);
  act.scaleByDerivative(PRIMING, z, new Float64Array(n).fill(1), n, param);
}

/** The same for the loss, on the priming values as one row of outputs with targets 0 and 1. */
function primeLoss(loss: LossDescriptor, output: ActivationDescriptor, param: number): void {
  const n = PRIMING.length;
  const z = new Float64Array(n);
  output.activate(PRIMING, z, 1, n, param);
  const y = Float64Array.from(PRIMING, (_, k) => k % 2);
  loss.outputDelta({ a: PRIMING, z, y }, new Float64Array(n), 1, n, output.code, param);
}

/**
 * A trainer's fused steps, each built the first time it is wanted: plain SGD's, update included,
 * and the one that stops at the gradients, for the other optimizers and the penalties.
 */
export class FusedSteps {
  /** The learning rate in (io[0]), the batch's summed cost out (io[1]). */
  readonly io = new Float64Array(2);
  private readonly built: (FusedStep | null | undefined)[] = [undefined, undefined];

  constructor(
    private readonly network: Network,
    private readonly ws: Workspace,
    private readonly grads: Gradients,
    private readonly rows: number,
    private readonly gradientLimit: number,
  ) {}

  /** The step for a full batch, with SGD's update or without; null when the network has none. */
  get(sgd: boolean): FusedStep | null {
    const k = sgd ? 0 : 1;
    const known = this.built[k];
    if (known !== undefined) return known;
    const { network, ws, grads, rows, gradientLimit, io } = this;
    const step = fusedStepFor(network, ws, grads, rows, gradientLimit, io, sgd);
    this.built[k] = step;
    return step;
  }
}

import { setHeaderValue, layerBlock, type SnapshotBlock } from '../../core/snapshotReader';
import { type SnapshotLayout } from '../../core/snapshot';
import type { StepTrace } from '../../state/runTypes';
import { opSample } from './context';

/**
 * What is known at operation `opIndex` of a traced step (inclusive: the current operation's
 * result counts as known). Layer-indexed as in the snapshot: z for l = 0 … L, the rest l−1.
 */
export interface OpProgress {
  /** The sample whose a, z, δ the graph shows. */
  sample: number;
  z: boolean[];
  a: boolean[];
  delta: boolean[];
  /** Batch norm: y = γ·â + β known (else the graph shows a = Wz), and ∂C/∂a known (else ∂C/∂y). */
  normed: boolean[];
  normDelta: boolean[];
  /** Batch norm: ∂C/∂γ and ∂C/∂β known. */
  normGrads: boolean[];
  cost: boolean;
  /** All samples' costs known (the batch loss). */
  batchLoss: boolean;
  grads: boolean[];
  updated: boolean[];
}

export function opProgress(trace: StepTrace, opIndex: number): OpProgress {
  const L = trace.sizes.length - 1;
  const op = trace.ops[opIndex];
  const sample = opSample(op, trace);
  const p: OpProgress = {
    sample,
    z: Array.from({ length: L + 1 }, (_, l) => l === 0),
    a: new Array<boolean>(L).fill(false),
    delta: new Array<boolean>(L).fill(false),
    normed: new Array<boolean>(L).fill(false),
    normDelta: new Array<boolean>(L).fill(false),
    normGrads: new Array<boolean>(L).fill(false),
    cost: false,
    batchLoss: false,
    grads: new Array<boolean>(L).fill(false),
    updated: new Array<boolean>(L).fill(false),
  };
  let losses = 0;
  for (let k = 0; k <= opIndex; k++) {
    const o = trace.ops[k];
    if (o.kind === 'loss') losses++;
    if ('sample' in o && o.sample !== sample) continue;
    switch (o.kind) {
      case 'forward-linear':
        p.a[o.layer - 1] = true;
        break;
      case 'forward-activation':
        p.z[o.layer] = true;
        break;
      case 'loss':
        p.cost = true;
        break;
      case 'output-delta':
        p.delta[L - 1] = true;
        break;
      case 'backward-delta':
        p.delta[o.layer - 1] = true;
        break;
      case 'gradients':
        p.grads[o.layer - 1] = true;
        break;
      case 'update':
        p.updated[o.layer - 1] = true;
        break;
      case 'norm-forward':
        p.normed[o.layer - 1] = true;
        break;
      case 'norm-gradients':
        p.normGrads[o.layer - 1] = true;
        break;
      case 'norm-backward':
        p.normDelta[o.layer - 1] = true;
        break;
      case 'norm-statistics':
        break;
    }
  }
  p.batchLoss = losses === trace.samples.length;
  return p;
}

/** Writes `values` into a snapshot block, or NaN there when they are not computed yet. */
function put(block: Float64Array, values: Float64Array, known: boolean): void {
  if (known) block.set(values);
  else block.fill(Number.NaN);
}

/**
 * Fills `out` (snapshot layout `lay`) with the network as it stands at operation `opIndex`:
 * weights and biases before the step until their layer's update, after it from then on; the
 * shown sample's a, z, δ where computed so far; the batch gradients from their layer's
 * gradients operation on. Everything not computed yet is NaN (the graph draws it blank).
 * Header and statistics come from `base` (the live snapshot) when it has the same layout.
 */
export function fillInspectSnapshot(
  out: Float64Array,
  lay: SnapshotLayout,
  trace: StepTrace,
  opIndex: number,
  base: Float64Array | null,
): OpProgress {
  if (base && base.length === out.length) out.set(base);
  else out.fill(0);
  const p = opProgress(trace, opIndex);
  const s = trace.samples[p.sample];
  const L = trace.sizes.length - 1;
  for (let l = 1; l <= L; l++) {
    const after = p.updated[l - 1];
    const block = (part: SnapshotBlock): Float64Array => layerBlock(lay, out, part, l);
    block('weights').set((after ? trace.weightsAfter : trace.weightsBefore)[l - 1]);
    block('biases').set((after ? trace.biasesAfter : trace.biasesBefore)[l - 1]);
    put(block('weightGrads'), trace.weightGrads[l - 1], p.grads[l - 1]);
    put(block('biasGrads'), trace.biasGrads[l - 1], p.grads[l - 1]);
    // Batch norm: a = Wz until â and y are computed, ∂C/∂y until ∂C/∂a is.
    const norm = s.norm[l - 1];
    const a = norm && !p.normed[l - 1] ? norm.a : s.a[l - 1];
    put(block('preActivations'), a, p.a[l - 1]);
    const delta = norm && !p.normDelta[l - 1] ? norm.dy : s.delta[l - 1];
    put(block('deltas'), delta, p.delta[l - 1]);
    fillNorm(out, lay, trace, p, l);
  }
  for (let l = 0; l <= L; l++) put(layerBlock(lay, out, 'activations', l), s.z[l], p.z[l]);
  setHeaderValue(out, 'step', trace.step);
  setHeaderValue(out, 'epoch', trace.epoch);
  setHeaderValue(out, 'learningRate', trace.learningRate);
  setHeaderValue(out, 'batchLoss', p.batchLoss ? trace.batchLoss : Number.NaN);
  setHeaderValue(out, 'focusSample', s.index);
  setHeaderValue(out, 'focusLoss', p.cost ? s.cost : Number.NaN);
  return p;
}

/** A batch-normalized layer's γ and β (after its update from then on) and ∂C/∂γ, ∂C/∂β. */
function fillNorm(
  out: Float64Array,
  lay: SnapshotLayout,
  trace: StepTrace,
  p: OpProgress,
  l: number,
): void {
  const slots = lay.norm[l - 1];
  const norm = trace.norm[l - 1];
  if (!slots || !norm) return;
  const n = trace.sizes[l];
  const at = (offset: number): Float64Array => out.subarray(offset, offset + n);
  const after = p.updated[l - 1];
  at(slots.gamma).set(after ? norm.gammaAfter : norm.gammaBefore);
  at(slots.beta).set(after ? norm.betaAfter : norm.betaBefore);
  put(at(slots.gammaGrad), norm.gammaGrad, p.normGrads[l - 1]);
  put(at(slots.betaGrad), norm.betaGrad, p.normGrads[l - 1]);
}

/**
 * Fills `out` with the change the step makes as it stands at the operation described by `p`:
 * Δw = w_after − w_before and Δb in the weight and bias slots for the layers updated so far, NaN
 * for the others; everything else copied from `inspect` (the filled inspect snapshot).
 */
export function fillDeltaSnapshot(
  out: Float64Array,
  lay: SnapshotLayout,
  trace: StepTrace,
  p: OpProgress,
  inspect: Float64Array,
): void {
  out.set(inspect);
  for (let l = 1; l < trace.sizes.length; l++) {
    const pairs: [Float64Array, Float64Array, Float64Array][] = [
      [trace.weightsBefore[l - 1], trace.weightsAfter[l - 1], layerBlock(lay, out, 'weights', l)],
      [trace.biasesBefore[l - 1], trace.biasesAfter[l - 1], layerBlock(lay, out, 'biases', l)],
    ];
    for (const [before, after, change] of pairs) {
      if (!p.updated[l - 1]) {
        change.fill(Number.NaN);
        continue;
      }
      for (let k = 0; k < before.length; k++) change[k] = after[k] - before[k];
    }
    fillNormDelta(out, lay, trace, p, l);
  }
}

/** Δγ and Δβ in the γ and β slots of a batch-normalized layer once it is updated, else NaN. */
function fillNormDelta(
  out: Float64Array,
  lay: SnapshotLayout,
  trace: StepTrace,
  p: OpProgress,
  l: number,
): void {
  const slots = lay.norm[l - 1];
  const norm = trace.norm[l - 1];
  if (!slots || !norm) return;
  const pairs: [Float64Array, Float64Array, number][] = [
    [norm.gammaBefore, norm.gammaAfter, slots.gamma],
    [norm.betaBefore, norm.betaAfter, slots.beta],
  ];
  for (const [before, after, offset] of pairs) {
    for (let k = 0; k < before.length; k++) {
      out[offset + k] = p.updated[l - 1] ? after[k] - before[k] : Number.NaN;
    }
  }
}

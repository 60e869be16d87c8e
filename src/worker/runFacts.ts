/**
 * What the training session tells the page about a run, and small facts it reads off the
 * trainer: the run's shape and data for the views, the evaluation subsets, the live settings.
 */
import {
  HIDDEN_ACTIVATIONS,
  LOSSES,
  OUTPUT_ACTIVATIONS,
  type ActivationName,
  type LiveChange,
  type LossName,
  type TrainingConfig,
} from '../config/types';
import { MATHS_VERSIONS } from '../core/detmath';
import type { Dataset } from '../data/types';
import {
  LAYER_STATS,
  activationCode,
  lossCode,
  writeLayerStats,
  type SnapshotMetrics,
  type Trainer,
} from '../engine';
import type { DataView, LayerStatsPoint, RunInfo, WorkerCommand } from './protocol';

/** Train/test loss for the curve is measured on at most this many samples of each set. */
export const EVAL_SAMPLE_CAP = 1000;

export function emptyMetrics(): SnapshotMetrics {
  return {
    trainLoss: Number.NaN,
    trainAccuracy: Number.NaN,
    testLoss: Number.NaN,
    testAccuracy: Number.NaN,
    evaluatedAt: -1,
  };
}

/** The first EVAL_SAMPLE_CAP samples of a set (the split already shuffled them). */
export function capped(set: Dataset['train']): Dataset['train'] {
  if (set.count <= EVAL_SAMPLE_CAP) return set;
  const inW = set.inputs.length / set.count;
  const outW = set.targets.length / set.count;
  return {
    count: EVAL_SAMPLE_CAP,
    inputs: set.inputs.subarray(0, EVAL_SAMPLE_CAP * inW),
    targets: set.targets.subarray(0, EVAL_SAMPLE_CAP * outW),
    labels: set.labels.subarray(0, Math.min(set.labels.length, EVAL_SAMPLE_CAP)),
    raw: set.raw,
    rawTargets: set.rawTargets,
  };
}

/** The trainer's live settings, as a TrainingConfig for diffing. */
export function trainingOf(t: Trainer): TrainingConfig {
  return {
    optimizer: { ...t.optimizer },
    schedule: { ...t.schedule },
    regularization: { ...t.regularization },
    batchSize: t.effectiveBatchSize,
  };
}

/** Whether w⁽ˡᵃʸᵉʳ⁾ₜₒ,fᵣₒₘ exists in the trainer's network. */
export function inShape(t: Trainer, layer: number, to: number, from: number): boolean {
  const sizes = t.network.sizes;
  return (
    Number.isInteger(layer) &&
    layer >= 1 &&
    layer < sizes.length &&
    Number.isInteger(to) &&
    to >= 0 &&
    to < sizes[layer] &&
    Number.isInteger(from) &&
    from >= 0 &&
    from < sizes[layer - 1]
  );
}

/**
 * Applies an edit of one weight or bias and returns the change for the log, or null when it
 * is refused: out of shape, or a bias of a layer without bias (kept at zero, so an edit there
 * would be used by the forward pass but never trained).
 */
export function applyEdit(
  t: Trainer,
  command: Extract<WorkerCommand, { type: 'set-weight' } | { type: 'set-bias' }>,
): LiveChange | null {
  const { layer, to, value } = command;
  if (command.type === 'set-weight') {
    if (!inShape(t, layer, to, command.from)) return null;
    t.setWeight(layer, to, command.from, value);
    return { step: t.stepsDone, kind: 'weight', layer, to, from: command.from, value };
  }
  if (!inShape(t, layer, to, 0) || !t.network.hasBias[layer - 1]) return null;
  t.setBias(layer, to, value);
  return { step: t.stepsDone, kind: 'bias', layer, to, value };
}

/** Engine codes back to names, built from the engine's own name → code functions. */
const ACTIVATION_BY_CODE = new Map<number, ActivationName>(
  [...HIDDEN_ACTIVATIONS, ...OUTPUT_ACTIVATIONS].flatMap((name) =>
    MATHS_VERSIONS.map((maths) => [activationCode(name, maths), name] as const),
  ),
);
const LOSS_BY_CODE = new Map<number, LossName>(LOSSES.map((name) => [lossCode(name), name]));

function named<Name>(names: Map<number, Name>, code: number): Name {
  const name = names.get(code);
  if (name === undefined) throw new Error(`no name for engine code ${code}`);
  return name;
}

export function runInfo(runId: number, trainer: Trainer, ds: Dataset): RunInfo {
  const net = trainer.network;
  const data: DataView = {
    name: ds.name,
    task: ds.task,
    classes: ds.classes,
    classNames: ds.classNames,
    inputNames: ds.inputNames,
    rawKind: ds.rawKind,
    rawSize: ds.rawSize,
    rawDomain: ds.rawDomain,
    imageSide: ds.imageSide,
    outputSize: ds.outputSize,
    targetEncoding: ds.targetEncoding,
    // Images are large; the page reads the focus image from snapshots instead.
    train: plotSet(ds, ds.train),
    test: plotSet(ds, ds.test),
  };
  return {
    runId,
    sizes: [...net.sizes],
    activations: net.activations.map((code) => named(ACTIVATION_BY_CODE, code)),
    hasBias: [...net.hasBias],
    batchNorm: net.norm.map((bn) => bn !== null),
    loss: named(LOSS_BY_CODE, net.loss),
    batchSize: trainer.effectiveBatchSize,
    stepsPerEpoch: trainer.stepsPerEpoch,
    parameterCount: net.parameterCount,
    data,
  };
}

function plotSet(ds: Dataset, set: Dataset['train']): DataView['train'] {
  const image = ds.rawKind === 'image';
  return {
    count: set.count,
    raw: image ? new Float64Array(0) : set.raw.slice(),
    labels: set.labels.slice(),
    rawTargets: image ? new Float64Array(0) : set.rawTargets.slice(),
  };
}

/** The per-layer statistics (gradient sizes, update ratios, dead and saturated units) now. */
export function layerStatsPoint(t: Trainer): LayerStatsPoint {
  const stats = new Float64Array((t.network.sizes.length - 1) * LAYER_STATS);
  writeLayerStats(t, stats, 0);
  return { step: t.stepsDone, stats };
}

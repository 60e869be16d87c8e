import * as tf from '@tensorflow/tfjs-core';
import type { SampleSet } from '../src/data/types';
import { Trainer } from '../src/engine/trainer';
import { HandLoop } from './handLoop';
import { NativeHandLoop } from './nativeHandLoop';
import type { BenchNetwork, Parameters } from './networks';
import { benchConfig, benchDataset } from './networks';
import { ObjectNet } from './objectNet';
import { TfjsNet } from './tfjsNet';

/**
 * Sanity check that every contender does the same work: from the engine's initial weights, on
 * the same batches, the first few steps must give the engine's batch losses — to rounding for
 * the Float64 contenders, to float32 precision for tfjs. A mismatch prints a warning line; it
 * never stops the timing.
 */

const STEPS = 5;
/** Float64 contenders may differ from the engine only by summation order. */
const FLOAT64_TOLERANCE = 1e-9;
/** tfjs computes in float32. */
const FLOAT32_TOLERANCE = 1e-4;

export function initialParameters(trainer: Trainer): Parameters {
  return {
    weights: trainer.network.weights.map((w) => w.slice()),
    biases: trainer.network.biases.map((b) => b.slice()),
  };
}

/** Returns the report lines for one network (warnings start with "WARNING"). */
export async function checkTrajectories(net: BenchNetwork, data: SampleSet): Promise<string[]> {
  const trainer = new Trainer(benchConfig(net), benchDataset(net, data));
  const params = initialParameters(trainer);
  const engineLosses: number[] = [];
  for (let k = 0; k < STEPS; k++) {
    const outcome = trainer.step();
    if (!outcome.ok) return [`WARNING ${net.id}: the engine diverged at step ${k}`];
    engineLosses.push(trainer.lastBatchLoss);
  }

  const lines: string[] = [];
  const compare = (name: string, losses: number[], tolerance: number, extra = ''): void => {
    let worst = 0;
    for (let k = 0; k < STEPS; k++) {
      const rel =
        Math.abs(losses[k] - engineLosses[k]) / Math.max(Math.abs(engineLosses[k]), 1e-30);
      worst = Number.isNaN(rel) ? Infinity : Math.max(worst, rel);
    }
    const ok = worst <= tolerance;
    const status = ok ? 'ok' : `WARNING: differs beyond ${tolerance.toExponential(0)}`;
    lines.push(
      `${ok ? '' : 'WARNING '}${net.id} engine vs ${name}: max relative loss difference ` +
        `${worst.toExponential(1)} over ${STEPS} steps${extra} — ${status}`,
    );
  };

  const hand = new HandLoop(net, data, params);
  const handLosses: number[] = [];
  for (let k = 0; k < STEPS; k++) {
    hand.step();
    handLosses.push(hand.lastLoss);
  }
  const native = new NativeHandLoop(net, data, params);
  const nativeLosses: number[] = [];
  for (let k = 0; k < STEPS; k++) {
    native.step();
    nativeLosses.push(native.lastLoss);
  }
  let weightDiff = 0;
  const handParams = hand.parameters();
  for (let l = 0; l < handParams.weights.length; l++) {
    const a = handParams.weights[l];
    const b = trainer.network.weights[l];
    for (let k = 0; k < a.length; k++) weightDiff = Math.max(weightDiff, Math.abs(a[k] - b[k]));
  }
  compare(
    'hand loop',
    handLosses,
    FLOAT64_TOLERANCE,
    `, weights max |Δ| ${weightDiff.toExponential(1)}`,
  );
  if (weightDiff > FLOAT64_TOLERANCE) {
    lines.push(`WARNING ${net.id}: hand-loop weights drift from the engine's by ${weightDiff}`);
  }
  compare('hand loop, Math.*', nativeLosses, FLOAT64_TOLERANCE);

  if (net.objectEngine) {
    const object = new ObjectNet(net, data, params);
    const objectLosses: number[] = [];
    for (let k = 0; k < STEPS; k++) {
      object.step();
      objectLosses.push(object.lastLoss);
    }
    compare('object-per-neuron', objectLosses, FLOAT64_TOLERANCE);
  }

  for (const backend of ['cpu', 'wasm'] as const) {
    await tf.setBackend(backend);
    const model = new TfjsNet(net, data, params, backend);
    const tfLosses: number[] = [];
    for (let k = 0; k < STEPS; k++) {
      model.step(true);
      tfLosses.push(model.lastLoss);
    }
    model.dispose();
    compare(`tfjs-${backend} (float32)`, tfLosses, FLOAT32_TOLERANCE);
  }
  return lines;
}

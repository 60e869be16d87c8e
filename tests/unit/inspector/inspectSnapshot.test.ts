import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { Header, SnapshotWriter, snapshotLayout, traceStep } from '../../../src/engine';
import { fillInspectSnapshot } from '../../../src/views/StepInspector/inspectSnapshot';
import { bitEqual } from '../engine/fixtures';
import { preparedTrainer, tracedRun } from './traceFixture';

const emptyMetrics = {
  trainLoss: 0.5,
  trainAccuracy: 0.5,
  testLoss: 0.5,
  testAccuracy: 0.5,
  evaluatedAt: 0,
};

describe('the inspected snapshot at each operation', () => {
  const run = tracedRun(defaultConfig(), 2);
  const { trace } = run;
  const lay = snapshotLayout(trace.sizes);
  const L = 3;
  const read = (s: Float64Array, at: number, n: number) => s.subarray(at, at + n);
  const allNaN = (v: Float64Array) => v.every((x) => Number.isNaN(x));
  const at = (pred: (k: number) => boolean) => trace.ops.findIndex((_, k) => pred(k));

  it('shows only what has been computed, for the sample being walked', () => {
    const out = new Float64Array(lay.length);
    // Sample 3's forward-linear of layer 2: z⁽⁰⁾, a⁽¹⁾, z⁽¹⁾ and a⁽²⁾ known; no deltas, no gradients.
    const k = at((i) => {
      const op = trace.ops[i];
      return op.kind === 'forward-linear' && op.layer === 2 && op.sample === 3;
    });
    fillInspectSnapshot(out, lay, trace, k, null);
    const s = trace.samples[3];
    expect(bitEqual(read(out, lay.activations[0], 2), s.z[0])).toBe(true);
    expect(bitEqual(read(out, lay.preActivations[0], 4), s.a[0])).toBe(true);
    expect(bitEqual(read(out, lay.activations[1], 4), s.z[1])).toBe(true);
    expect(bitEqual(read(out, lay.preActivations[1], 2), s.a[1])).toBe(true);
    expect(allNaN(read(out, lay.activations[2], 2))).toBe(true);
    expect(allNaN(read(out, lay.preActivations[2], 1))).toBe(true);
    for (let l = 1; l <= L; l++) {
      expect(allNaN(read(out, lay.deltas[l - 1], trace.sizes[l]))).toBe(true);
      expect(allNaN(read(out, lay.weightGrads[l - 1], trace.weightGrads[l - 1].length))).toBe(true);
      expect(
        bitEqual(
          read(out, lay.weights[l - 1], trace.weightsBefore[l - 1].length),
          trace.weightsBefore[l - 1],
        ),
      ).toBe(true);
    }
    expect(out[Header.focusSample]).toBe(s.index);
    expect(Number.isNaN(out[Header.focusLoss])).toBe(true);
  });

  it('after the output delta and the first backward delta: δ⁽³⁾ and δ⁽²⁾ known, δ⁽¹⁾ not', () => {
    const out = new Float64Array(lay.length);
    const k = at((i) => {
      const op = trace.ops[i];
      return op.kind === 'backward-delta' && op.layer === 2 && op.sample === 0;
    });
    fillInspectSnapshot(out, lay, trace, k, null);
    const s = trace.samples[0];
    expect(bitEqual(read(out, lay.deltas[2], 1), s.delta[2])).toBe(true);
    expect(bitEqual(read(out, lay.deltas[1], 2), s.delta[1])).toBe(true);
    expect(allNaN(read(out, lay.deltas[0], 4))).toBe(true);
    expect(out[Header.focusLoss]).toBe(s.cost);
  });

  it('gradients appear layer by layer (L first); weights change layer by layer at the updates', () => {
    const out = new Float64Array(lay.length);
    const g2 = at(
      (i) =>
        trace.ops[i].kind === 'gradients' &&
        'layer' in trace.ops[i] &&
        (trace.ops[i] as { layer: number }).layer === 2,
    );
    fillInspectSnapshot(out, lay, trace, g2, null);
    expect(allNaN(read(out, lay.weightGrads[0], 8))).toBe(true);
    expect(bitEqual(read(out, lay.weightGrads[1], 8), trace.weightGrads[1])).toBe(true);
    expect(bitEqual(read(out, lay.weightGrads[2], 2), trace.weightGrads[2])).toBe(true);
    expect(bitEqual(read(out, lay.biasGrads[2], 1), trace.biasGrads[2])).toBe(true);
    expect(out[Header.batchLoss]).toBe(trace.batchLoss);

    const u2 = at(
      (i) => trace.ops[i].kind === 'update' && (trace.ops[i] as { layer: number }).layer === 2,
    );
    fillInspectSnapshot(out, lay, trace, u2, null);
    expect(bitEqual(read(out, lay.weights[0], 8), trace.weightsAfter[0])).toBe(true);
    expect(bitEqual(read(out, lay.weights[1], 8), trace.weightsAfter[1])).toBe(true);
    expect(bitEqual(read(out, lay.weights[2], 2), trace.weightsBefore[2])).toBe(true);
    expect(bitEqual(read(out, lay.biases[1], 2), trace.biasesAfter[1])).toBe(true);
  });

  it('at the last operation the weights are those of the live snapshot after the step', () => {
    const trainer = preparedTrainer();
    trainer.run(2);
    const writer = new SnapshotWriter(trainer);
    traceStep(trainer);
    const after = writer.allocate();
    writer.write(after, 0, emptyMetrics);
    const out = new Float64Array(lay.length);
    fillInspectSnapshot(out, lay, trace, trace.ops.length - 1, after);
    for (let l = 1; l <= L; l++) {
      const n = trace.weightsAfter[l - 1].length;
      expect(bitEqual(read(out, lay.weights[l - 1], n), read(after, lay.weights[l - 1], n))).toBe(
        true,
      );
      expect(
        bitEqual(read(out, lay.weightGrads[l - 1], n), read(after, lay.weightGrads[l - 1], n)),
      ).toBe(true);
    }
  });
});

describe('walking every operation and finishing leaves exactly the weights of a plain Step', () => {
  const read = (s: Float64Array, at: number, n: number) => s.subarray(at, at + n);
  it('traceStep vs Trainer.step from the same config, bit for bit, over several steps', () => {
    const traced = preparedTrainer();
    const plain = preparedTrainer();
    const lay = snapshotLayout(traced.network.sizes);
    const out = new Float64Array(lay.length);
    for (let step = 0; step < 5; step++) {
      const trace = traceStep(traced);
      // Walk every operation as the inspector does.
      for (let k = 0; k < trace.ops.length; k++) fillInspectSnapshot(out, lay, trace, k, null);
      plain.step();
      for (let l = 0; l < 3; l++) {
        const mine = read(out, lay.weights[l], plain.network.weights[l].length);
        plain.network.weights[l].forEach((w, k) => {
          expect(Object.is(traced.network.weights[l][k], w)).toBe(true);
          expect(Object.is(mine[k], w)).toBe(true);
        });
        plain.network.biases[l].forEach((b, k) =>
          expect(Object.is(traced.network.biases[l][k], b)).toBe(true),
        );
      }
      expect([traced.stepsDone, traced.epoch]).toEqual([plain.stepsDone, plain.epoch]);
    }
  });
});

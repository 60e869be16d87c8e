import { writeActivationHistograms } from './histogram';
import { Gradients, Workspace, backward, forward } from './network';
import { writeLayerStats } from './stats';
import type { Trainer } from './trainer';
import { HEADER_SIZE, Header, snapshotLayout, type SnapshotLayout } from '../core/snapshot';

/** The snapshot format lives in core/snapshot.ts; the engine writes it. */
export { HEADER_SIZE, Header, snapshotLayout, type SnapshotLayout };

/** Scalar results the caller measured (evaluation is costly, so it runs less often). */
export interface SnapshotMetrics {
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  evaluatedAt: number;
}

/**
 * Fills snapshots of one trainer: parameters, last gradients, the focus sample's forward and
 * backward values (computed in a private one-sample workspace, not disturbing training), and
 * per-layer statistics.
 */
export class SnapshotWriter {
  readonly layout: SnapshotLayout;
  private readonly trainer: Trainer;
  private readonly focusWs: Workspace;
  private readonly focusGrads: Gradients;

  constructor(trainer: Trainer) {
    this.trainer = trainer;
    this.layout = snapshotLayout(trainer.network.sizes);
    this.focusWs = new Workspace(trainer.network, 1);
    this.focusGrads = new Gradients(trainer.network);
  }

  allocate(): Float64Array<ArrayBuffer> {
    return new Float64Array(this.layout.length);
  }

  write(out: Float64Array, focusSample: number, metrics: SnapshotMetrics): void {
    const t = this.trainer;
    const net = t.network;
    const lay = this.layout;
    out[Header.step] = t.stepsDone;
    out[Header.epoch] = t.epoch;
    out[Header.batchLoss] = t.lastBatchLoss;
    out[Header.learningRate] = t.learningRate;
    out[Header.trainLoss] = metrics.trainLoss;
    out[Header.trainAccuracy] = metrics.trainAccuracy;
    out[Header.testLoss] = metrics.testLoss;
    out[Header.testAccuracy] = metrics.testAccuracy;
    out[Header.evaluatedAt] = metrics.evaluatedAt;
    for (let l = 0; l < net.depth; l++) {
      out.set(net.weights[l], lay.weights[l]);
      out.set(net.biases[l], lay.biases[l]);
      out.set(t.grads.weights[l], lay.weightGrads[l]);
      out.set(t.grads.biases[l], lay.biasGrads[l]);
    }
    out[Header.focusLoss] = this.writeFocus(out, focusSample);
    writeLayerStats(t, out, lay.stats);
    writeActivationHistograms(t, out, lay.activationHistograms[0]);
  }

  /** Forward and backward for one training sample, without dropout. Returns its cost. */
  private writeFocus(out: Float64Array, focusSample: number): number {
    const t = this.trainer;
    const net = t.network;
    const train = t.dataset.train;
    const lay = this.layout;
    const ws = this.focusWs;
    if (train.count === 0) return Number.NaN;
    const s = Math.min(Math.max(0, Math.trunc(focusSample)), train.count - 1);
    out[Header.focusSample] = s;
    const nIn = net.inputSize;
    const nOut = net.outputSize;
    ws.z[0].set(train.inputs.subarray(s * nIn, s * nIn + nIn));
    ws.targets.set(train.targets.subarray(s * nOut, s * nOut + nOut));
    forward(net, ws, 1, false);
    this.focusGrads.clear();
    const cost = backward(net, ws, this.focusGrads, 1, false);
    for (let l = 0; l <= net.depth; l++) out.set(ws.z[l], lay.activations[l]);
    for (let l = 1; l <= net.depth; l++) {
      out.set(ws.a[l], lay.preActivations[l - 1]);
      out.set(ws.delta[l], lay.deltas[l - 1]);
    }
    return cost;
  }
}

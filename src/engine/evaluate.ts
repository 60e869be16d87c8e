import type { Dataset, SampleSet } from '../data/types';
import { sampleCost } from './losses';
import { forward, Network, Workspace } from './network';

export interface Evaluation {
  /** Mean cost over the set (NaN for an empty set). */
  loss: number;
  /** Fraction classified correctly (NaN for regression or an empty set). */
  accuracy: number;
}

/** The class a network output stands for, under the dataset's target encoding. */
export function predictedClass(
  encoding: Dataset['targetEncoding'],
  z: ArrayLike<number>,
  offset: number,
  width: number,
): number {
  switch (encoding) {
    case 'zero-one':
      return z[offset] >= 0.5 ? 1 : 0;
    case 'plus-minus-one':
      return z[offset] >= 0 ? 1 : 0;
    case 'one-hot':
    case 'value': {
      let best = 0;
      for (let k = 1; k < width; k++) if (z[offset + k] > z[offset + best]) best = k;
      return best;
    }
  }
}

/**
 * Runs the network forward (no dropout, no training state touched) over any number of inputs,
 * in chunks through its own workspace. Training buffers are never read or written.
 */
export class Evaluator {
  readonly network: Network;
  readonly ws: Workspace;

  constructor(network: Network, capacity = 128) {
    this.network = network;
    this.ws = new Workspace(network, capacity);
  }

  /**
   * Forward pass over `count` input rows; after each chunk calls `onChunk(start, rows)` while
   * `this.ws` holds that chunk's a⁽ˡ⁾ and z⁽ˡ⁾ (row r is sample start + r).
   */
  forwardInputs(
    inputs: Float64Array,
    count: number,
    onChunk: (start: number, rows: number) => void,
  ): void {
    const nIn = this.network.inputSize;
    const cap = this.ws.capacity;
    for (let start = 0; start < count; start += cap) {
      const rows = Math.min(cap, count - start);
      this.ws.z[0].set(inputs.subarray(start * nIn, (start + rows) * nIn));
      forward(this.network, this.ws, rows, false);
      onChunk(start, rows);
    }
  }

  /**
   * Mean loss and accuracy of the network on a sample set. With `predictions` (classification),
   * also writes each sample's predicted class there (for a confusion matrix, at no extra pass).
   */
  evaluate(set: SampleSet, dataset: Dataset, predictions?: Int32Array): Evaluation {
    if (set.count === 0) return { loss: Number.NaN, accuracy: Number.NaN };
    const net = this.network;
    const L = net.depth;
    const width = net.outputSize;
    const classify = dataset.task !== 'regression';
    let cost = 0;
    let correct = 0;
    this.forwardInputs(set.inputs, set.count, (start, rows) => {
      const a = this.ws.a[L];
      const z = this.ws.z[L];
      for (let r = 0; r < rows; r++) {
        const s = start + r;
        cost += sampleCost(net.loss, a, z, set.targets, r * width, s * width, width);
        if (!classify) continue;
        const predicted = predictedClass(dataset.targetEncoding, z, r * width, width);
        if (predictions && s < predictions.length) predictions[s] = predicted;
        if (predicted === set.labels[s]) correct++;
      }
    });
    return { loss: cost / set.count, accuracy: classify ? correct / set.count : Number.NaN };
  }
}

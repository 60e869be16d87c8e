import * as tf from '@tensorflow/tfjs-core';
import type { SampleSet } from '../src/data/types';
import { Random, STREAMS } from '../src/core/random';
import type { BenchNetwork, Parameters } from './networks';
import { SEED } from './networks';

/**
 * The same training in TensorFlow.js (tfjs-core, CPU or WASM backend): dense layers as fused
 * matMul + bias (+ ReLU) as tfjs-layers builds them, tf.train.sgd's minimize for the step, the
 * library's fused cross-entropies, float32 tensors. The data is uploaded once; each epoch it is
 * gathered once in the shuffled order (the same order the engine uses) and each step slices its
 * rows off that tensor.
 */

export type TfBackend = 'cpu' | 'wasm';

export class TfjsNet {
  lastLoss = Number.NaN;

  private readonly backend: TfBackend;
  private readonly kernels: tf.Variable[];
  private readonly biases: tf.Variable[];
  /** This model's variables: the optimizer would otherwise scan every variable alive. */
  private readonly variables: tf.Variable[];
  private readonly optimizer: tf.Optimizer;
  private readonly xs: tf.Tensor2D;
  private readonly ys: tf.Tensor2D;
  private epochX: tf.Tensor2D | null = null;
  private epochY: tf.Tensor2D | null = null;
  private readonly net: BenchNetwork;
  private readonly count: number;
  private readonly batchSize: number;
  private readonly order: Int32Array;
  private readonly random: Random;
  private cursor = 0;

  /** Builds the model on `backend`, which must be the active backend. */
  constructor(net: BenchNetwork, data: SampleSet, params: Parameters, backend: TfBackend) {
    if (tf.getBackend() !== backend) throw new Error(`tfjs: switch to ${backend} first`);
    this.backend = backend;
    this.net = net;
    const { sizes } = net;
    this.kernels = [];
    this.biases = [];
    for (let l = 1; l < sizes.length; l++) {
      const nIn = sizes[l - 1];
      const nOut = sizes[l];
      // tfjs multiplies x·K with K = Wᵀ (nIn × nOut).
      const K = new Float32Array(nIn * nOut);
      const W = params.weights[l - 1];
      for (let j = 0; j < nOut; j++) for (let i = 0; i < nIn; i++) K[i * nOut + j] = W[j * nIn + i];
      this.kernels.push(tf.variable(tf.tensor2d(K, [nIn, nOut])));
      this.biases.push(tf.variable(tf.tensor1d(Float32Array.from(params.biases[l - 1]))));
    }
    this.variables = [...this.kernels, ...this.biases];
    this.optimizer = tf.train.sgd(net.learningRate);
    const nIn = sizes[0];
    const nOut = sizes[sizes.length - 1];
    this.count = data.count;
    this.xs = tf.tensor2d(Float32Array.from(data.inputs), [data.count, nIn]);
    this.ys = tf.tensor2d(Float32Array.from(data.targets), [data.count, nOut]);
    this.batchSize = Math.min(net.batchSize, data.count);
    this.order = Int32Array.from({ length: data.count }, (_, k) => k);
    this.random = new Random(SEED, STREAMS.shuffle);
  }

  async activate(): Promise<void> {
    if (tf.getBackend() !== this.backend) await tf.setBackend(this.backend);
  }

  /** One SGD step on the next mini-batch; `withLoss` reads the loss back (verification only). */
  step(withLoss = false): number {
    if (this.cursor === 0) this.shuffleEpoch();
    const rows = Math.min(this.batchSize, this.count - this.cursor);
    const start = this.cursor;
    const epochX = this.epochX as tf.Tensor2D;
    const epochY = this.epochY as tf.Tensor2D;
    const batch = (): [tf.Tensor2D, tf.Tensor2D] => [
      tf.slice(epochX, [start, 0], [rows, -1]),
      tf.slice(epochY, [start, 0], [rows, -1]),
    ];
    if (withLoss) {
      const cost = tf.tidy(() => {
        const [xb, yb] = batch();
        const value = this.optimizer.minimize(() => this.loss(xb, yb, rows), true, this.variables);
        return value as tf.Scalar;
      });
      this.lastLoss = cost.dataSync()[0];
      cost.dispose();
    } else {
      tf.tidy(() => {
        const [xb, yb] = batch();
        this.optimizer.minimize(() => this.loss(xb, yb, rows), false, this.variables);
      });
    }
    this.cursor += rows;
    if (this.cursor >= this.count) this.cursor = 0;
    return rows;
  }

  dispose(): void {
    tf.dispose([...this.kernels, ...this.biases, this.xs, this.ys]);
    if (this.epochX) tf.dispose([this.epochX, this.epochY as tf.Tensor]);
    this.optimizer.dispose();
  }

  private shuffleEpoch(): void {
    this.random.shuffle(this.order);
    if (this.epochX) tf.dispose([this.epochX, this.epochY as tf.Tensor]);
    const order = this.order;
    [this.epochX, this.epochY] = tf.tidy(() => {
      const idx = tf.tensor1d(order, 'int32');
      return [tf.gather(this.xs, idx) as tf.Tensor2D, tf.gather(this.ys, idx) as tf.Tensor2D];
    });
  }

  /** The batch-mean loss of the network on (xb, yb). */
  private loss(xb: tf.Tensor2D, yb: tf.Tensor2D, rows: number): tf.Scalar {
    const { net } = this;
    const depth = this.kernels.length;
    let h: tf.Tensor = xb;
    for (let l = 0; l < depth; l++) {
      const hidden = l < depth - 1;
      const relu = hidden && net.hidden === 'relu';
      h = tf.fused.matMul({
        a: h,
        b: this.kernels[l],
        bias: this.biases[l],
        activation: relu ? 'relu' : 'linear',
      });
      if (hidden ? net.hidden === 'tanh' : net.output === 'tanh') h = tf.tanh(h);
    }
    switch (net.loss) {
      case 'cce':
        return tf.losses.softmaxCrossEntropy(yb, h) as tf.Scalar;
      case 'bce':
        return tf.losses.sigmoidCrossEntropy(yb, h) as tf.Scalar;
      default:
        // half-sse: mean over the batch of ½ Σ (ŷ − y)².
        return tf.mul(tf.sum(tf.squaredDifference(h, yb)), 0.5 / rows);
    }
  }
}

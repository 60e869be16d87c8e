import type { SampleSet } from '../src/data/types';
import { Random, STREAMS } from '../src/core/random';
import type { BenchNetwork, Parameters } from './networks';
import { SEED } from './networks';

/**
 * An object-per-neuron engine in the style of the best-known browser playground: a neuron is
 * an object with its input and output links, a link is an object with its weight and its
 * accumulated error derivative, and training walks those objects one example at a time —
 * forward, backward (accumulating ∂C/∂w on every link), and after each mini-batch an update
 * that divides each accumulated derivative by the number of examples seen. As in that style,
 * an activation is an object with `output(x)` and `der(x)`, and the derivative is taken from
 * the neuron's total input (so tanh′ calls tanh again).
 *
 * Written for this benchmark: the same math as the engine (mean-of-batch SGD), a different
 * data layout.
 */

interface ActivationFn {
  output(x: number): number;
  der(x: number): number;
}

const TANH: ActivationFn = {
  output: (x) => Math.tanh(x),
  der: (x) => {
    const t = Math.tanh(x);
    return 1 - t * t;
  },
};

const RELU: ActivationFn = {
  output: (x) => (x > 0 ? x : 0),
  der: (x) => (x > 0 ? 1 : 0),
};

function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

const SIGMOID: ActivationFn = {
  output: logistic,
  der: (x) => {
    const s = logistic(x);
    return s * (1 - s);
  },
};

/** The output layer of a softmax network computes logits; softmax is applied to the layer. */
const LINEAR: ActivationFn = {
  output: (x) => x,
  der: () => 1,
};

function activationFn(name: string): ActivationFn {
  switch (name) {
    case 'tanh':
      return TANH;
    case 'relu':
      return RELU;
    case 'sigmoid':
      return SIGMOID;
    case 'softmax':
      return LINEAR;
  }
  throw new Error(`object engine: no activation ${name}`);
}

class Link {
  errorDer = 0;
  accErrorDer = 0;
  numAccumulatedDers = 0;

  constructor(
    readonly source: Neuron,
    readonly dest: Neuron,
    public weight: number,
  ) {}
}

class Neuron {
  inputLinks: Link[] = [];
  outputs: Link[] = [];
  totalInput = 0;
  output = 0;
  /** ∂C/∂output. */
  outputDer = 0;
  /** ∂C/∂totalInput. */
  inputDer = 0;
  accInputDer = 0;
  numAccumulatedDers = 0;

  constructor(
    public bias: number,
    readonly activation: ActivationFn,
  ) {}

  updateOutput(): number {
    let total = this.bias;
    const links = this.inputLinks;
    for (let k = 0; k < links.length; k++) total += links[k].weight * links[k].source.output;
    this.totalInput = total;
    this.output = this.activation.output(total);
    return this.output;
  }
}

export class ObjectNet {
  lastLoss = Number.NaN;

  private readonly layers: Neuron[][];
  private readonly loss: string;
  private readonly softmax: boolean;
  private readonly data: SampleSet;
  private readonly batchSize: number;
  private readonly learningRate: number;
  private readonly order: Int32Array;
  private readonly random: Random;
  private cursor = 0;

  constructor(net: BenchNetwork, data: SampleSet, params: Parameters) {
    const { sizes } = net;
    const depth = sizes.length - 1;
    this.layers = [];
    for (let l = 0; l <= depth; l++) {
      const act = l === 0 ? LINEAR : activationFn(l < depth ? net.hidden : net.output);
      const layer: Neuron[] = [];
      for (let j = 0; j < sizes[l]; j++) {
        const neuron = new Neuron(l === 0 ? 0 : params.biases[l - 1][j], act);
        if (l > 0) {
          const prev = this.layers[l - 1];
          for (let i = 0; i < prev.length; i++) {
            const link = new Link(prev[i], neuron, params.weights[l - 1][j * sizes[l - 1] + i]);
            neuron.inputLinks.push(link);
            prev[i].outputs.push(link);
          }
        }
        layer.push(neuron);
      }
      this.layers.push(layer);
    }
    this.loss = net.loss;
    this.softmax = net.output === 'softmax';
    this.data = data;
    this.batchSize = Math.min(net.batchSize, data.count);
    this.learningRate = net.learningRate;
    this.order = Int32Array.from({ length: data.count }, (_, k) => k);
    this.random = new Random(SEED, STREAMS.shuffle);
  }

  /** One mini-batch: forward and backward per example, then the update. */
  step(): number {
    if (this.cursor === 0) this.random.shuffle(this.order);
    const rows = Math.min(this.batchSize, this.data.count - this.cursor);
    let cost = 0;
    for (let r = 0; r < rows; r++) {
      const s = this.order[this.cursor + r];
      this.forwardProp(s);
      cost += this.backProp(s);
    }
    this.updateWeights();
    this.cursor += rows;
    if (this.cursor >= this.data.count) this.cursor = 0;
    this.lastLoss = cost / rows;
    return rows;
  }

  private forwardProp(sample: number): void {
    const inputLayer = this.layers[0];
    const nIn = inputLayer.length;
    const inputs = this.data.inputs;
    for (let i = 0; i < nIn; i++) inputLayer[i].output = inputs[sample * nIn + i];
    for (let l = 1; l < this.layers.length; l++) {
      const layer = this.layers[l];
      for (let j = 0; j < layer.length; j++) layer[j].updateOutput();
    }
    if (this.softmax) {
      const out = this.layers[this.layers.length - 1];
      let max = -Infinity;
      for (const node of out) max = Math.max(max, node.totalInput);
      let sum = 0;
      for (const node of out) {
        node.output = Math.exp(node.totalInput - max);
        sum += node.output;
      }
      for (const node of out) node.output /= sum;
    }
  }

  /** Accumulates this example's derivatives on every neuron and link; returns its cost. */
  private backProp(sample: number): number {
    const L = this.layers.length - 1;
    const out = this.layers[L];
    const width = out.length;
    const targets = this.data.targets;
    let cost = 0;
    if (this.loss === 'half-sse') {
      for (let k = 0; k < width; k++) {
        const node = out[k];
        const e = node.output - targets[sample * width + k];
        cost += 0.5 * e * e;
        node.outputDer = e;
        node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      }
    } else if (this.loss === 'bce') {
      for (let k = 0; k < width; k++) {
        const node = out[k];
        const y = targets[sample * width + k];
        const a = node.totalInput;
        cost += (Math.max(a, 0) - a * y + Math.log1p(Math.exp(-Math.abs(a)))) / width;
        node.inputDer = (node.output - y) / width;
      }
    } else {
      let max = -Infinity;
      for (const node of out) max = Math.max(max, node.totalInput);
      let sum = 0;
      for (const node of out) sum += Math.exp(node.totalInput - max);
      const lse = max + Math.log(sum);
      for (let k = 0; k < width; k++) {
        const node = out[k];
        const y = targets[sample * width + k];
        cost += y * (lse - node.totalInput);
        node.inputDer = node.output - y;
      }
    }

    for (let l = L; l >= 1; l--) {
      const layer = this.layers[l];
      if (l < L) {
        for (const node of layer) {
          node.inputDer = node.outputDer * node.activation.der(node.totalInput);
        }
      }
      for (const node of layer) {
        node.accInputDer += node.inputDer;
        node.numAccumulatedDers++;
        for (const link of node.inputLinks) {
          link.errorDer = node.inputDer * link.source.output;
          link.accErrorDer += link.errorDer;
          link.numAccumulatedDers++;
        }
      }
      if (l === 1) continue;
      for (const node of this.layers[l - 1]) {
        node.outputDer = 0;
        for (const link of node.outputs) node.outputDer += link.weight * link.dest.inputDer;
      }
    }
    return cost;
  }

  private updateWeights(): void {
    const lr = this.learningRate;
    for (let l = 1; l < this.layers.length; l++) {
      for (const node of this.layers[l]) {
        if (node.numAccumulatedDers > 0) {
          node.bias -= (lr * node.accInputDer) / node.numAccumulatedDers;
          node.accInputDer = 0;
          node.numAccumulatedDers = 0;
        }
        for (const link of node.inputLinks) {
          if (link.numAccumulatedDers > 0) {
            link.weight -= (lr * link.accErrorDer) / link.numAccumulatedDers;
            link.accErrorDer = 0;
            link.numAccumulatedDers = 0;
          }
        }
      }
    }
  }
}

import type { RunConfig } from '../../config/types';
import type { NeuronActivation, NeuronFacts } from '../../core/scalarGraph';
import type { SnapshotLayout } from '../../core/snapshot';
import { layerBlock, unitValue } from '../../core/snapshotReader';
import type { AppState } from '../../state/store';

type Trace = NonNullable<AppState['trace']>;

/** The activation of layer l (1-based) and its parameter (Leaky ReLU slope, ELU α). */
export function layerActivation(
  config: RunConfig,
  layer: number,
): { activation: NeuronActivation; param: number } {
  const hidden = config.network.hidden;
  const activation: NeuronActivation =
    layer <= hidden.length ? hidden[layer - 1].activation : config.network.output.activation;
  const param =
    activation === 'leaky-relu'
      ? config.network.leakySlope
      : activation === 'elu'
        ? config.network.eluAlpha
        : 0;
  return { activation, param };
}

/** Column j of a row-major nOut × nIn matrix. */
function column(matrix: ArrayLike<number>, nIn: number, j: number): number[] {
  const out: number[] = [];
  for (let k = 0; k * nIn + j < matrix.length; k++) out.push(matrix[k * nIn + j]);
  return out;
}

/**
 * Neuron j of layer l for sample `s` of a traced step, read from the trace: the weights the
 * step's forward pass used (before its update), the inputs as the layer saw them (after the
 * dropout mask below), the deltas of the layer above.
 */
export function neuronFactsFromTrace(
  trace: Trace,
  s: number,
  layer: number,
  j: number,
  config: RunConfig,
): NeuronFacts {
  const sample = trace.samples[s];
  const sizes = trace.sizes;
  const L = sizes.length - 1;
  const nIn = sizes[layer - 1];
  const W = trace.weightsBefore[layer - 1];
  const below = sample.z[layer - 1];
  const mask = sample.mask[layer - 1];
  const inputs = Array.from(below, (z, i) => (mask ? z * mask[i] : z));
  const { activation, param } = layerActivation(config, layer);
  const facts: NeuronFacts = {
    layer,
    index: j,
    activation,
    param,
    maths: config.mathsVersion,
    weights: W.slice(j * nIn, (j + 1) * nIn),
    inputs,
    bias: trace.biasesBefore[layer - 1][j],
    layerA: sample.a[layer - 1],
  };
  if (layer === L) {
    facts.output = { loss: config.network.loss, z: sample.z[L], targets: sample.target };
  } else {
    facts.above = {
      column: column(trace.weightsBefore[layer], sizes[layer], j),
      deltas: sample.delta[layer],
      mask: sample.mask[layer]?.[j] ?? null,
    };
  }
  return facts;
}

/**
 * Neuron j of layer l for the focus sample of a snapshot (no dropout: the focus sample is
 * computed as at test time). An output neuron's targets are not in the snapshot, so its δ and
 * cost are the ones the snapshot holds. Everything is read through the snapshot reader and
 * copied, so the facts stay true when the live buffer is refilled.
 */
export function neuronFactsFromSnapshot(
  snap: Float64Array,
  lay: SnapshotLayout,
  layer: number,
  j: number,
  config: RunConfig,
  focusLoss: number,
): NeuronFacts {
  const L = lay.sizes.length - 1;
  const nIn = lay.sizes[layer - 1];
  const nOut = lay.sizes[layer];
  const { activation, param } = layerActivation(config, layer);
  const facts: NeuronFacts = {
    layer,
    index: j,
    activation,
    param,
    maths: config.mathsVersion,
    weights: layerBlock(lay, snap, 'weights', layer).slice(j * nIn, (j + 1) * nIn),
    inputs: layerBlock(lay, snap, 'activations', layer - 1).slice(),
    bias: unitValue(lay, snap, 'biases', layer, j),
    layerA: layerBlock(lay, snap, 'preActivations', layer).slice(),
  };
  if (layer === L) {
    const { loss } = config.network;
    const fused =
      (loss === 'bce' && activation === 'sigmoid') || (loss === 'cce' && activation === 'softmax');
    facts.known = { delta: unitValue(lay, snap, 'deltas', layer, j), cost: focusLoss, fused };
  } else {
    facts.above = {
      column: column(layerBlock(lay, snap, 'weights', layer + 1), nOut, j),
      deltas: layerBlock(lay, snap, 'deltas', layer + 1).slice(),
      mask: null,
    };
  }
  return facts;
}

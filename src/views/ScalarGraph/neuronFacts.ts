import type { RunConfig } from '../../config/types';
import type { NeuronActivation, NeuronFacts } from '../../core/scalarGraph';
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

/** The parts of a snapshot a neuron reads (offsets as in the engine's snapshot layout). */
export interface SnapshotParts {
  sizes: readonly number[];
  weights: number[];
  biases: number[];
  activations: number[];
  preActivations: number[];
  deltas: number[];
}

/**
 * Neuron j of layer l for the focus sample of a snapshot (no dropout: the focus sample is
 * computed as at test time). An output neuron's targets are not in the snapshot, so its δ and
 * cost are the ones the snapshot holds.
 */
export function neuronFactsFromSnapshot(
  snap: Float64Array,
  lay: SnapshotParts,
  layer: number,
  j: number,
  config: RunConfig,
  focusLoss: number,
): NeuronFacts {
  const sizes = lay.sizes;
  const L = sizes.length - 1;
  const nIn = sizes[layer - 1];
  const nOut = sizes[layer];
  const slice = (at: number, n: number): Float64Array => snap.slice(at, at + n);
  const { activation, param } = layerActivation(config, layer);
  const facts: NeuronFacts = {
    layer,
    index: j,
    activation,
    param,
    weights: slice(lay.weights[layer - 1] + j * nIn, nIn),
    inputs: slice(lay.activations[layer - 1], nIn),
    bias: snap[lay.biases[layer - 1] + j],
    layerA: slice(lay.preActivations[layer - 1], nOut),
  };
  if (layer === L) {
    facts.known = { delta: snap[lay.deltas[layer - 1] + j], cost: focusLoss };
  } else {
    const above = slice(lay.weights[layer], sizes[layer + 1] * nOut);
    facts.above = {
      column: column(above, nOut, j),
      deltas: slice(lay.deltas[layer], sizes[layer + 1]),
      mask: null,
    };
  }
  return facts;
}

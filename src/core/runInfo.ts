/**
 * What the page learns about a run besides snapshots: its shape and data (sent once), the
 * loss-curve points, the output maps and the gradient check's verdict. The worker fills these;
 * the views read them.
 */

/** What the network is asked to predict. */
export type Task = 'binary' | 'multiclass' | 'regression';

/** Per-neuron maps are drawn only while all hidden layers together have at most this many units. */
export const MAX_MAPPED_HIDDEN = 64;

/** What the views need to know about the data (sent once per run). */
export interface DataView {
  name: string;
  task: Task;
  classes: number;
  classNames: string[];
  inputNames: string[];
  rawKind: 'plane' | 'line' | 'image' | 'table';
  rawSize: number;
  rawDomain: [number, number][];
  imageSide: number;
  outputSize: number;
  targetEncoding: 'zero-one' | 'plus-minus-one' | 'one-hot' | 'value';
  train: { count: number; raw: Float64Array; labels: Int32Array; rawTargets: Float64Array };
  test: { count: number; raw: Float64Array; labels: Int32Array; rawTargets: Float64Array };
}

/** The shape of the network and what each layer computes. */
export interface RunInfo {
  runId: number;
  sizes: number[];
  activations: string[];
  hasBias: boolean[];
  loss: string;
  batchSize: number;
  stepsPerEpoch: number;
  parameterCount: number;
  data: DataView;
}

/**
 * The output over the plane (2-D data) or the line (1-D data), and each hidden neuron's output
 * for the per-neuron maps: values[n · points + k] for neuron n (hidden neurons in layer order,
 * then the outputs) at grid point k, where points = cells² for the plane (row-major, y from the
 * top) and cells for the line (x increasing).
 */
export interface OutputMap {
  cells: number;
  /** 2 for the plane, 1 for the line. */
  dims: 1 | 2;
  neurons: number;
  /** False when the hidden layers are too wide for per-neuron maps: only the outputs are mapped. */
  hiddenIncluded: boolean;
  values: Float64Array;
  step: number;
}

/** One loss-curve point; NaN where a figure is not measured. */
export interface HistoryPoint {
  step: number;
  epoch: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  learningRate: number;
  batchLoss: number;
}

export interface LayerCheck {
  /** Layer 1 … L. */
  layer: number;
  /**
   * ‖g_backprop − g_numeric‖ / (‖g_backprop‖ + ‖g_numeric‖) over the checked parameters: the
   * layer's verdict. Below about 1e-7 backprop is right; a bug gives 1e-2 or more.
   */
  relativeError: number;
  /** Largest |g_backprop − g_numeric| / max(|g_backprop| + |g_numeric|, 1e-12) over the checked parameters. */
  maxRelativeError: number;
  /** How many weights and biases were compared. */
  checked: number;
}

export interface GradientCheck {
  layers: LayerCheck[];
  /** The worst layer's relativeError. */
  relativeError: number;
  maxRelativeError: number;
  /** Training samples the loss was averaged over. */
  samples: number;
}

/** The per-layer statistics of one snapshot (see snapshotReader.ts: statOf). */
export interface LayerHistoryPoint {
  step: number;
  stats: Float64Array;
}

/**
 * What the engine trains on: dense sample matrices, ready to use, with enough description for
 * the views to plot them. Built from a run's DataConfig by `buildDataset` (seeded).
 */

export type Task = 'binary' | 'multiclass' | 'regression';

/** A set of samples stored row-major: sample s's inputs are inputs[s·inputSize … +inputSize). */
export interface SampleSet {
  count: number;
  /** Network inputs after feature transform and normalization: count × inputSize. */
  inputs: Float64Array;
  /** Targets encoded for the network's output: count × outputSize. */
  targets: Float64Array;
  /** Class index per sample for classification tasks (else empty). */
  labels: Int32Array;
  /**
   * The sample before feature transform / normalization, for plotting: count × rawSize
   * (2-D datasets: the point (x₁, x₂); 1-D regression: x; images: the pixels).
   */
  raw: Float64Array;
  /** The raw regression target(s) for plotting (count × outputSize); equals targets for regression. */
  rawTargets: Float64Array;
}

export interface Dataset {
  /** The dataset's name as chosen in the config. */
  name: string;
  task: Task;
  /** Number of classes (classification), 1 for regression. */
  classes: number;
  /** Human-readable class names (e.g. iris species, digits) — empty for regression. */
  classNames: string[];
  inputSize: number;
  outputSize: number;
  /** Names of the network inputs, e.g. ['x₁', 'x₂', 'x₁²']. */
  inputNames: string[];
  /** Width of one raw sample (2 for 2-D data, 1 for 1-D regression, 784 or 196 for digits). */
  rawSize: number;
  /** What the raw sample is: a point in the plane, a number, a square image, or a plain row. */
  rawKind: 'plane' | 'line' | 'image' | 'table';
  /** For 'plane' and 'line': the plotting domain of each raw coordinate, [min, max]. */
  rawDomain: [number, number][];
  /** For 'image': side length of the square image. */
  imageSide: number;
  /**
   * Maps a raw sample (e.g. a point of the plane) to the network's input vector exactly as the
   * training inputs were made (features, then normalization). Writes into `out`.
   */
  toInput(raw: ArrayLike<number>, out: Float64Array): void;
  /** How targets were encoded, so outputs can be decoded: class threshold, one-hot, or value. */
  targetEncoding: 'zero-one' | 'plus-minus-one' | 'one-hot' | 'value';
  train: SampleSet;
  test: SampleSet;
}

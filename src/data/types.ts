/**
 * What the engine trains on: dense sample matrices, ready to use, with enough description for
 * the views to plot them. Built from a run's DataConfig by `buildDataset` (seeded).
 */

import type { DatasetName } from '../config/types';
import type { Task } from '../core/runInfo';

export type { Task };

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
  /**
   * The raw regression target(s) for plotting (count × outputSize); equals targets for
   * regression. Empty for classification (use `labels`).
   */
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
  /**
   * One [min, max] per raw coordinate. 'plane' and 'line': the plotting domain (points may
   * stray outside it when noisy); 'table': the observed range of each column; 'image': empty
   * (pixels are always in [0, 1]).
   */
  rawDomain: [number, number][];
  /** For 'image': side length of the square image (0 otherwise). */
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

/**
 * The bundled MNIST subset, as stored in `public/data/digits.bin`: `count` grey-scale images of
 * side × side pixels (0 = background, 255 = ink), row-major, one after another.
 */
export interface DigitImages {
  side: 28;
  count: number;
  /** count × 784 bytes. */
  pixels: Uint8Array;
  /** count bytes, each 0..9. */
  labels: Uint8Array;
}

/** Files some datasets need, loaded by the caller (the worker fetches, Node reads the disk). */
export interface DatasetAssets {
  digits?: DigitImages;
}

/** `buildDataset` never throws: bad user data or a missing asset comes back as a message. */
export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; error: string };

/** Families of datasets that share controls and views. */
export type { DatasetKind } from '../core/choices/datasets';
import type { DatasetKind } from '../core/choices/datasets';

/** Static facts about a dataset, for the controls: what it is and which settings it reads. */
export interface DatasetInfo {
  name: DatasetName;
  /** Short display name, e.g. 'Spiral'. */
  label: string;
  kind: DatasetKind;
  /** One sentence for a tooltip. */
  description: string;
  /**
   * What the noise slider does, as a phrase completing "Noise …" without a final period, e.g.
   * 'widens both blobs (σ = 0.5 + 2 × noise) until they overlap'. Null when noise is ignored.
   */
  noiseMeaning: string | null;
  usesSamples: boolean;
  usesNoise: boolean;
  usesClasses: boolean;
  usesFeatures: boolean;
  /** False when the data is too small to split (gates keep all 4 rows for training). */
  usesTestSplit: boolean;
  /** Allowed `samples` (null when the dataset has a fixed size). */
  sampleRange: { min: number; max: number } | null;
}

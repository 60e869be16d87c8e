import { encodeLabel } from '../data/encode';
import type { Dataset } from '../data/types';
import type { CustomSample } from '../engine';

/**
 * A sample the user typed into the step inspector, as the page sends it: the raw values (a point
 * of the plane, an x, a table row — before features and normalization) and its target (the class
 * label, or the regression values).
 */
export interface CustomSampleRequest {
  raw: number[];
  target: number[];
}

/**
 * The network inputs and encoded targets of a typed-in sample, made exactly as the training
 * samples were made (dataset.toInput; the dataset's target encoding). A message when the values
 * do not fit the dataset.
 */
export function customSampleOf(ds: Dataset, req: CustomSampleRequest): CustomSample | string {
  const inputs = customInputsOf(ds, req.raw);
  if (typeof inputs === 'string') return inputs;
  const targets = new Float64Array(ds.outputSize);
  if (ds.targetEncoding === 'value') {
    if (req.target.length !== ds.outputSize || !req.target.every(Number.isFinite)) {
      return `a typed-in sample needs ${ds.outputSize} finite target value${ds.outputSize === 1 ? '' : 's'}`;
    }
    targets.set(req.target);
    return { inputs, targets };
  }
  const label = req.target[0];
  if (req.target.length !== 1 || !Number.isInteger(label) || label < 0 || label >= ds.classes) {
    return `the class of a typed-in sample must be one of 0 … ${ds.classes - 1}`;
  }
  encodeLabel(label, { encoding: ds.targetEncoding, outputSize: ds.outputSize }, targets, 0);
  return { inputs, targets };
}

/**
 * The network inputs of raw values the page sent (a typed-in point, or a drawn digit's pixels),
 * or a message when they do not fit the dataset. Image pixels must lie in 0 … 1 as the
 * dataset's own images do.
 */
export function customInputsOf(ds: Dataset, raw: readonly number[]): Float64Array | string {
  if (raw.length !== ds.rawSize || !raw.every(Number.isFinite)) {
    return `a typed-in sample needs ${ds.rawSize} finite input value${ds.rawSize === 1 ? '' : 's'}`;
  }
  if (ds.rawKind === 'image' && !raw.every((v) => v >= 0 && v <= 1)) {
    return 'the pixels of a drawn digit must lie between 0 and 1';
  }
  const inputs = new Float64Array(ds.inputSize);
  ds.toInput(raw, inputs);
  return inputs;
}

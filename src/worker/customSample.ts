import { msg, type Message } from '../core/i18n/message';
import { encodeLabel } from '../data/encode';
import type { Dataset } from '../data/types';
import type { CustomSample } from '../engine';

/**
 * A sample the user typed into the step inspector, as the page sends it: the raw values (a point
 * of the plane, an x, a table row, a drawn digit's pixels — before features and normalization)
 * and its target (the class label, or the regression values).
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
export function customSampleOf(ds: Dataset, req: CustomSampleRequest): CustomSample | Message {
  const inputs = customInputsOf(ds, req.raw);
  if (!(inputs instanceof Float64Array)) return inputs;
  const targets = new Float64Array(ds.outputSize);
  if (ds.targetEncoding === 'value') {
    if (req.target.length !== ds.outputSize || !req.target.every(Number.isFinite)) {
      const key = ds.outputSize === 1 ? 'problem.custom.targetOne' : 'problem.custom.targets';
      return msg(key, { count: ds.outputSize });
    }
    targets.set(req.target);
    return { inputs, targets };
  }
  const label = req.target[0];
  if (req.target.length !== 1 || !Number.isInteger(label) || label < 0 || label >= ds.classes) {
    return msg('problem.custom.class', { largest: ds.classes - 1 });
  }
  encodeLabel(label, { encoding: ds.targetEncoding, outputSize: ds.outputSize }, targets, 0);
  return { inputs, targets };
}

/**
 * The network inputs of raw values the page sent (a typed-in point, or a drawn digit's pixels),
 * or a message when they do not fit the dataset. Image pixels must lie in 0 … 1 as the
 * dataset's own images do.
 */
export function customInputsOf(ds: Dataset, raw: readonly number[]): Float64Array | Message {
  if (raw.length !== ds.rawSize || !raw.every(Number.isFinite)) {
    const key = ds.rawSize === 1 ? 'problem.custom.inputOne' : 'problem.custom.inputs';
    return msg(key, { count: ds.rawSize });
  }
  if (ds.rawKind === 'image' && !raw.every((v) => v >= 0 && v <= 1)) {
    return msg('problem.custom.pixels');
  }
  const inputs = new Float64Array(ds.inputSize);
  ds.toInput(raw, inputs);
  return inputs;
}

/**
 * Batch normalization divides by the step's standard deviation, which one sample does not have
 * (its variance is 0): a step on one picked or typed-in sample is refused on such a network, as
 * a batch size of 1 is. `rows` is the number of samples the step would use.
 */
export function oneSampleNormProblem(norm: readonly unknown[], rows: number): Message | null {
  const layer = norm.findIndex((bn) => bn !== null && bn !== undefined);
  if (layer < 0 || rows >= 2) return null;
  return msg('problem.batchNorm.oneSample', { layer: layer + 1 });
}

/**
 * The typed-in sample a traced step uses (null: the picked samples or the next batch), or the
 * reason the step is refused.
 */
export function traceInput(
  ds: Dataset | null,
  norm: readonly unknown[],
  command: { samples: readonly number[] | null; custom?: CustomSampleRequest },
): CustomSample | Message | null {
  const custom = command.custom && ds ? customSampleOf(ds, command.custom) : null;
  if (custom !== null && 'key' in custom) return custom;
  const rows = custom ? 1 : (command.samples?.length ?? 2);
  return oneSampleNormProblem(norm, rows) ?? custom;
}

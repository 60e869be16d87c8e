/**
 * Turns a generator's raw samples into the Dataset the engine trains on, the same way for
 * every dataset: split → features → standardization (training statistics) → target encoding.
 */
import type { OutputActivation } from '../config/types';
import type { Random } from '../core/random';
import { chooseEncoding, encodeLabel, type ClassEncoding, type EncodingChoice } from './encode';
import { identityFeatures, planeFeatures, type InputFeatures } from './features';
import { standardization, standardizeInPlace, type Standardization } from './normalize';
import type { DataParams } from './params';
import type { RawData } from './rawData';
import { splitIndices } from './split';
import type { Dataset, SampleSet } from './types';

export interface AssembleOptions {
  params: DataParams;
  normalize: boolean;
  outputActivation: OutputActivation;
  /** The run's 'split' stream. */
  splitRng: Random;
}

export function assemble(data: RawData, options: AssembleOptions): Dataset {
  const features =
    data.rawKind === 'plane'
      ? planeFeatures(options.params.features)
      : identityFeatures(data.rawNames);
  const choice = chooseEncoding(data.task, data.classes, data.valueSize, options.outputActivation);
  const split = splitIndices(data.count, options.params.testFraction, options.splitRng);
  const train = sampleSet(data, split.train, features, choice);
  const test = sampleSet(data, split.test, features, choice);

  const width = features.inputSize;
  const standard: Standardization | null = options.normalize
    ? standardization(train.inputs, train.count, width)
    : null;
  if (standard !== null) {
    for (const set of [train, test]) {
      for (let s = 0; s < set.count; s++)
        standardizeInPlace(set.inputs, s * width, width, standard);
    }
  }

  // Exactly the two steps the sample matrices went through, so a heat map computed through
  // toInput matches the training inputs bit for bit. Allocates nothing.
  const toInput = (raw: ArrayLike<number>, out: Float64Array): void => {
    features.map(raw, 0, out, 0);
    if (standard !== null) standardizeInPlace(out, 0, width, standard);
  };

  return {
    name: data.name,
    task: data.task,
    classes: data.classes,
    classNames: data.classNames,
    inputSize: width,
    outputSize: choice.outputSize,
    inputNames: features.inputNames,
    rawSize: data.rawSize,
    rawKind: data.rawKind,
    rawDomain: data.rawDomain,
    imageSide: data.imageSide,
    toInput,
    targetEncoding: choice.encoding,
    train,
    test,
  };
}

/** The samples at `indices`, with un-normalized inputs and encoded targets. */
function sampleSet(
  data: RawData,
  indices: Int32Array,
  features: InputFeatures,
  choice: EncodingChoice,
): SampleSet {
  const count = indices.length;
  const { rawSize, valueSize } = data;
  const width = features.inputSize;
  const outputSize = choice.outputSize;
  const inputs = new Float64Array(count * width);
  const targets = new Float64Array(count * outputSize);
  const raw = new Float64Array(count * rawSize);
  const classEncoding: ClassEncoding | null =
    choice.encoding === 'value' ? null : { encoding: choice.encoding, outputSize };
  const labels = new Int32Array(classEncoding ? count : 0);
  const rawTargets = new Float64Array(classEncoding ? 0 : count * valueSize);
  for (let s = 0; s < count; s++) {
    const i = indices[s];
    raw.set(data.raw.subarray(i * rawSize, (i + 1) * rawSize), s * rawSize);
    features.map(data.raw, i * rawSize, inputs, s * width);
    if (classEncoding) {
      labels[s] = data.labels[i];
      encodeLabel(data.labels[i], classEncoding, targets, s * outputSize);
    } else {
      const values = data.values.subarray(i * valueSize, (i + 1) * valueSize);
      targets.set(values, s * outputSize);
      rawTargets.set(values, s * valueSize);
    }
  }
  return { count, inputs, targets, labels, raw, rawTargets };
}

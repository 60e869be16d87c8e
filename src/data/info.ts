/**
 * Static facts about every dataset, for the controls: its descriptor
 * (src/core/choices/datasets.ts) with the sample range the limits allow.
 */
import { DATASET_DESCRIPTORS } from '../core/choices/datasets';
import { LIMITS } from '../config/limits';
import type { DatasetName } from '../config/types';
import type { DatasetInfo } from './types';

export function datasetInfo(name: DatasetName): DatasetInfo {
  const d = DATASET_DESCRIPTORS[name];
  const sampleRange = !d.usesSamples
    ? null
    : d.kind === 'digits'
      ? { ...LIMITS.digitSamples }
      : { ...LIMITS.samples };
  return {
    name,
    label: d.label,
    kind: d.kind,
    description: d.formula,
    noiseMeaning: d.noiseMeaning,
    usesSamples: d.usesSamples,
    usesNoise: d.noiseMeaning !== null,
    usesClasses: d.usesClasses,
    usesFeatures: d.usesFeatures,
    usesTestSplit: d.usesTestSplit,
    sampleRange,
  };
}

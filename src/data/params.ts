/**
 * The data settings a build actually uses: clamped to LIMITS and repaired where a hand-edited
 * link could have put nonsense, so that building never fails on a number out of range.
 */
import { LIMITS } from '../config/limits';
import type { DataConfig, FeatureName } from '../config/types';
import { usableFeatures } from './features';
import type { DatasetInfo } from './types';

export interface DataParams {
  samples: number;
  noise: number;
  testFraction: number;
  classes: number;
  features: FeatureName[];
  digitSize: 14 | 28;
}

function clamp(value: number, range: { min: number; max: number }, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, value));
}

export function resolveDataParams(data: DataConfig, info: DatasetInfo): DataParams {
  const sampleRange = info.sampleRange ?? LIMITS.samples;
  return {
    samples: Math.round(clamp(data.samples, sampleRange, sampleRange.min)),
    noise: clamp(data.noise, LIMITS.noise, 0),
    testFraction: info.usesTestSplit ? clamp(data.testFraction, LIMITS.testFraction, 0) : 0,
    classes: Math.round(clamp(data.classes, LIMITS.spiralClasses, LIMITS.spiralClasses.min)),
    features: usableFeatures(Array.isArray(data.features) ? data.features : []),
    digitSize: data.digitSize === 28 ? 28 : 14,
  };
}

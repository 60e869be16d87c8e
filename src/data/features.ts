/**
 * Features: what the network sees of a 2-D point. Offering x₁², x₁x₂, sin x₁ … lets a learner
 * see that a linear model on the right features separates the circle, or that a network on
 * raw inputs has to build those features itself in its hidden layer.
 *
 * sin comes from engine/detmath, not Math: engines differ in Math.sin's last bit, and a shared
 * link must give the same inputs in the browser and in the replay command.
 */
import { FEATURES, type FeatureName } from '../config/types';
import { sin } from '../core/detmath';

/** Display names, in the course's notation. */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  x1: 'x₁',
  x2: 'x₂',
  x1sq: 'x₁²',
  x2sq: 'x₂²',
  x1x2: 'x₁x₂',
  sinx1: 'sin x₁',
  sinx2: 'sin x₂',
};

/** The value of one feature at the point (x₁, x₂). */
export function featureValue(feature: FeatureName, x1: number, x2: number): number {
  switch (feature) {
    case 'x1':
      return x1;
    case 'x2':
      return x2;
    case 'x1sq':
      return x1 * x1;
    case 'x2sq':
      return x2 * x2;
    case 'x1x2':
      return x1 * x2;
    case 'sinx1':
      return sin(x1);
    case 'sinx2':
      return sin(x2);
  }
}

/**
 * The features to use, in the order given. Unknown names are dropped and an empty list falls
 * back to the raw point, so a damaged link still gives a working network.
 */
export function usableFeatures(features: readonly string[]): FeatureName[] {
  const known = features.filter((f): f is FeatureName =>
    (FEATURES as readonly string[]).includes(f),
  );
  return known.length > 0 ? known : ['x1', 'x2'];
}

/**
 * Maps one raw sample (starting at raw[rawOffset]) to the network's un-normalized inputs
 * (starting at out[outOffset]). Offsets let the builder fill whole sample matrices without
 * making a view per sample; the same function serves `toInput`, so both agree bit for bit.
 */
export type FeatureMap = (
  raw: ArrayLike<number>,
  rawOffset: number,
  out: Float64Array,
  outOffset: number,
) => void;

export interface InputFeatures {
  inputSize: number;
  inputNames: string[];
  map: FeatureMap;
}

/** 2-D points: the chosen features of (x₁, x₂). */
export function planeFeatures(features: readonly FeatureName[]): InputFeatures {
  const list = features.slice();
  return {
    inputSize: list.length,
    inputNames: list.map((f) => FEATURE_LABELS[f]),
    map: (raw, rawOffset, out, outOffset) => {
      const x1 = raw[rawOffset];
      const x2 = raw[rawOffset + 1];
      for (let j = 0; j < list.length; j++) out[outOffset + j] = featureValue(list[j], x1, x2);
    },
  };
}

/** Every other kind of data: the raw columns are the inputs. */
export function identityFeatures(names: readonly string[]): InputFeatures {
  const width = names.length;
  return {
    inputSize: width,
    inputNames: names.slice(),
    map: (raw, rawOffset, out, outOffset) => {
      for (let j = 0; j < width; j++) out[outOffset + j] = raw[rawOffset + j];
    },
  };
}

import type { DatasetName } from '../config/types';
import type { Dataset, Task } from './types';
import { subscript } from '../core/marks';

/**
 * What every generator or loader produces: the samples before splitting, feature transform,
 * normalization and target encoding. Keeping generators down to this one shape means every
 * dataset gets exactly the same split, features and encoding (see assemble.ts).
 */
export interface RawData {
  name: DatasetName;
  task: Task;
  /** Number of classes (classification), 1 for regression. */
  classes: number;
  classNames: string[];
  count: number;
  rawKind: Dataset['rawKind'];
  rawSize: number;
  rawDomain: [number, number][];
  imageSide: number;
  /** Names of the raw columns; they become the input names unless 2-D features replace them. */
  rawNames: string[];
  /** count × rawSize. */
  raw: Float64Array;
  /** Class index per sample (classification), else empty. */
  labels: Int32Array;
  /** Regression targets per sample (0 for classification). */
  valueSize: number;
  /** count × valueSize. */
  values: Float64Array;
}

type Shape = Pick<
  RawData,
  'name' | 'count' | 'rawKind' | 'rawSize' | 'rawDomain' | 'imageSide' | 'rawNames'
>;

/** Empty classification data of the given shape, for a generator to fill in. */
export function classificationData(shape: Shape, classNames: string[]): RawData {
  return {
    ...shape,
    task: classNames.length > 2 ? 'multiclass' : 'binary',
    classes: classNames.length,
    classNames,
    raw: new Float64Array(shape.count * shape.rawSize),
    labels: new Int32Array(shape.count),
    valueSize: 0,
    values: new Float64Array(0),
  };
}

/** Empty regression data of the given shape with `valueSize` targets per sample. */
export function regressionData(shape: Shape, valueSize: number): RawData {
  return {
    ...shape,
    task: 'regression',
    classes: 1,
    classNames: [],
    raw: new Float64Array(shape.count * shape.rawSize),
    labels: new Int32Array(0),
    valueSize,
    values: new Float64Array(shape.count * valueSize),
  };
}

/** The plane the synthetic 2-D datasets live in, as in TensorFlow Playground. */
export function planeDomain(): [number, number][] {
  return [
    [-6, 6],
    [-6, 6],
  ];
}

/** Raw names of a 2-D point; the features (features.ts) decide the actual input names. */
export const PLANE_NAMES = ['x₁', 'x₂'];

/** 'x₁₂' for (x, 12): column names for data without a header. */
export function subscripted(base: string, index: number): string {
  return base + subscript(index);
}

/** [min, max] of each column of a row-major table. */
export function columnRanges(values: Float64Array, width: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let j = 0; j < width; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let k = j; k < values.length; k += width) {
      if (values[k] < min) min = values[k];
      if (values[k] > max) max = values[k];
    }
    ranges.push([min, max]);
  }
  return ranges;
}

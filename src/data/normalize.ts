/**
 * Standardization: each input column shifted by its mean and divided by its standard deviation,
 * both measured on the TRAINING set only (using test statistics would leak the test set into
 * training). The same numbers are applied to test samples and to `toInput`.
 */

export interface Standardization {
  mean: Float64Array;
  /** Divisor per column: the standard deviation, or 1 for a constant column. */
  scale: Float64Array;
}

/**
 * Population mean and standard deviation of each column of a row-major matrix (two passes, for
 * accuracy; both walk the rows in memory order, which matters for 10 000 × 784 digits). A
 * column whose spread is only rounding error (std ≤ 1e-12 × its largest magnitude) counts as
 * constant and keeps scale 1: it is centred, never divided by ~0.
 */
export function standardization(
  values: Float64Array,
  count: number,
  width: number,
): Standardization {
  const mean = new Float64Array(width);
  const scale = new Float64Array(width).fill(1);
  if (count === 0) return { mean, scale };
  for (let s = 0; s < count; s++) {
    const row = s * width;
    for (let j = 0; j < width; j++) mean[j] += values[row + j];
  }
  for (let j = 0; j < width; j++) mean[j] /= count;
  const squares = new Float64Array(width);
  const largest = new Float64Array(width);
  for (let s = 0; s < count; s++) {
    const row = s * width;
    for (let j = 0; j < width; j++) {
      const v = values[row + j];
      const d = v - mean[j];
      squares[j] += d * d;
      if (Math.abs(v) > largest[j]) largest[j] = Math.abs(v);
    }
  }
  for (let j = 0; j < width; j++) {
    const std = Math.sqrt(squares[j] / count);
    if (std > 1e-12 * largest[j]) scale[j] = std;
  }
  return { mean, scale };
}

/** x ← (x − μ) / σ for one sample of `width` values starting at values[offset]. */
export function standardizeInPlace(
  values: Float64Array,
  offset: number,
  width: number,
  s: Standardization,
): void {
  for (let j = 0; j < width; j++)
    values[offset + j] = (values[offset + j] - s.mean[j]) / s.scale[j];
}

/**
 * The confusion matrix of a classifier, from the predicted class of each evaluated sample.
 * The worker records the predictions while it measures the loss (no extra forward pass); the
 * page counts them here.
 */

/** Each evaluated sample's predicted class at one evaluation (classification only). */
export interface Predictions {
  /** Steps trained when the predictions were made. */
  step: number;
  /** Predicted class of training sample k, for the first train.length samples. */
  train: Int32Array;
  /** Predicted class of test sample k, for the first test.length samples. */
  test: Int32Array;
}

/**
 * counts[truth · classes + predicted]: how many samples of class `truth` were predicted as
 * `predicted`, over the first predicted.length samples. Labels or predictions outside
 * 0 … classes−1 are not counted.
 */
export function confusionCounts(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
): Int32Array {
  const counts = new Int32Array(classes * classes);
  const n = Math.min(labels.length, predicted.length);
  for (let s = 0; s < n; s++) {
    const truth = labels[s];
    const guess = predicted[s];
    if (truth < 0 || truth >= classes || guess < 0 || guess >= classes) continue;
    counts[truth * classes + guess]++;
  }
  return counts;
}

/** Per class: the fraction of its samples predicted right (NaN for a class with none). */
export function classAccuracy(counts: ArrayLike<number>, classes: number): number[] {
  const out: number[] = [];
  for (let truth = 0; truth < classes; truth++) {
    let total = 0;
    for (let guess = 0; guess < classes; guess++) total += counts[truth * classes + guess];
    out.push(total > 0 ? counts[truth * classes + truth] / total : Number.NaN);
  }
  return out;
}

/** The samples of class `truth` predicted as `predicted`, in order, at most `limit` of them. */
export function samplesInCell(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  truth: number,
  predicted: number,
  limit: number,
): number[] {
  const out: number[] = [];
  const n = Math.min(labels.length, predictions.length);
  for (let s = 0; s < n && out.length < limit; s++) {
    if (labels[s] === truth && predictions[s] === predicted) out.push(s);
  }
  return out;
}

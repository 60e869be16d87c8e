import { describe, expect, it } from 'vitest';
import { classAccuracy, confusionCounts, samplesInCell } from '../../../src/core/confusion';

describe('confusion matrix', () => {
  // Six samples of 3 classes: truth 0 0 1 1 2 2, predicted 0 1 1 1 0 2.
  const labels = [0, 0, 1, 1, 2, 2];
  const predicted = [0, 1, 1, 1, 0, 2];

  it('counts truth × predicted', () => {
    expect(Array.from(confusionCounts(labels, predicted, 3))).toEqual([1, 1, 0, 0, 2, 0, 1, 0, 1]);
  });

  it('per-class accuracy is the diagonal over the row; a class without samples is NaN', () => {
    expect(classAccuracy(confusionCounts(labels, predicted, 3), 3)).toEqual([0.5, 1, 0.5]);
    expect(classAccuracy(confusionCounts([0], [0], 2), 2)[1]).toBeNaN();
  });

  it('lists the samples of one cell, up to a limit; counts only as many samples as predicted', () => {
    expect(samplesInCell(labels, predicted, 0, 1, 10)).toEqual([1]);
    expect(samplesInCell(labels, predicted, 1, 1, 1)).toEqual([2]);
    expect(Array.from(confusionCounts(labels, predicted.slice(0, 2), 3))).toEqual([
      1, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });
});

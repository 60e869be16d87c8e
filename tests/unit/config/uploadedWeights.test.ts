import { describe, expect, it } from 'vitest';
import { checkUploadedWeights } from '../../../src/config/uploadedWeights';

const target = { sizes: [2, 3, 1], hasBias: [true, false] };

describe('checkUploadedWeights', () => {
  it('takes back exactly what Download weights wrote, every double to the bit', () => {
    const weights = [
      [0.1, -0.2, 1 / 3, -1e-300, 5e-324, 123456.789],
      [Math.PI, -Math.E, 2 ** -40],
    ];
    const biases = [[0.5, -1e-17, 7], [0, 0, 0].slice(0, 1)];
    const text = JSON.stringify({ steps: 12, sizes: [2, 3, 1], weights, biases }, null, 1);
    const checked = checkUploadedWeights(text, target);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    checked.params.weights
      .flat()
      .forEach((w, k) => expect(Object.is(w, weights.flat()[k])).toBe(true));
    expect(checked.params.biases).toEqual(biases);
  });

  it('lists every mismatch, not just the first', () => {
    const text = JSON.stringify({
      sizes: [2, 4, 1],
      weights: [
        [1, 2, 3, 4, 5, 'x'],
        [1, 2],
      ],
      biases: [[0, 0, 0], [0.5]],
    });
    const checked = checkUploadedWeights(text, target);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([
      'the file is for a 2-4-1 network; this one is 2-3-1',
      "weights of layer 1 (3 × 2): entry 6 'x' is not a finite number",
      'weights of layer 2 (1 × 3) have 2 numbers; the network needs 3',
      'biases of layer 2: entry 1 is 0.5, but the layer has no bias',
    ]);
  });

  it('says what is wrong with a file that is not weights at all', () => {
    const notJson = checkUploadedWeights('{"weights": [', target);
    expect(notJson.ok || notJson.problems[0]).toMatch(/^the file is not JSON/);
    const other = checkUploadedWeights('{"hello": 1}', target);
    expect(other.ok || other.problems).toEqual([
      'the file has no "weights" and "biases" lists (as "Download weights" writes)',
    ]);
    const layers = checkUploadedWeights(
      '{"weights": [[1,2,3,4,5,6]], "biases": [[0,0,0]]}',
      target,
    );
    expect(layers.ok || layers.problems).toEqual([
      'the file has weights for 1 layers; the network has 2',
      'the file has biases for 1 layers; the network has 2',
    ]);
  });
});

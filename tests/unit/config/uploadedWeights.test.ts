import { describe, expect, it } from 'vitest';
import { checkUploadedWeights, type UploadCheck } from '../../../src/config/uploadedWeights';
import { english, messageIn } from '../../../src/core/i18n/message';

/** The problems of a refused upload in one language ([] when it was taken). */
function said(checked: UploadCheck, lang: 'en' | 'ko' = 'en'): string[] {
  if (checked.ok) return [];
  return checked.problems.map((p) => (lang === 'en' ? english(p) : messageIn(lang, p)));
}

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
    expect(said(checked)).toEqual([
      'the file is for a 2-4-1 network; this one is 2-3-1',
      "weights of layer 1 (3 × 2): entry 6 'x' is not a finite number",
      'weights of layer 2 (1 × 3) have 2 numbers; the network needs 3',
      'biases of layer 2: entry 1 is 0.5, but the layer has no bias',
    ]);
    expect(said(checked, 'ko')).toEqual([
      '파일은 2-4-1 신경망의 것인데, 이 신경망은 2-3-1입니다',
      "1층의 가중치 (3 × 2): 6번째 값 'x'은(는) 유한한 수가 아닙니다",
      '2층의 가중치 (1 × 3): 숫자가 2개인데, 이 신경망에는 3개가 필요합니다',
      '2층의 편향: 1번째 값이 0.5인데, 이 층에는 편향이 없습니다',
    ]);
  });

  it('says what is wrong with a file that is not weights at all', () => {
    const notJson = checkUploadedWeights('{"weights": [', target);
    expect(said(notJson)[0]).toBe(
      'the file is not JSON: it begins “{"weights": [” (⤓ JSON saves the weights and biases as JSON)',
    );
    expect(said(notJson, 'ko')[0]).toMatch(
      /^파일이 JSON 형식이 아닙니다: “\{"weights": \[”\(으\)로/,
    );
    // A CSV picked by mistake: its first line, cut; an empty file says so.
    const csv = checkUploadedWeights('x1,x2,y\n0.5,0.25,1\n0.1,0.2,0\n', target);
    expect(said(csv)[0]).toMatch(/^the file is not JSON: it begins “x1,x2,y 0.5,0.25,1 0.1,0…”/);
    expect(said(checkUploadedWeights(' \n', target))).toEqual(['the file is empty']);
    const other = checkUploadedWeights('{"hello": 1}', target);
    expect(said(other)).toEqual([
      'the file has no "weights" and "biases" lists (as the ⤓ JSON button writes them)',
    ]);
    expect(said(other, 'ko')).toEqual([
      '파일에 "weights"와 "biases" 목록이 없습니다 (⤓ JSON 버튼으로 저장한 파일에는 있습니다)',
    ]);
    const layers = checkUploadedWeights(
      '{"weights": [[1,2,3,4,5,6]], "biases": [[0,0,0]]}',
      target,
    );
    expect(said(layers)).toEqual([
      'the file has weights for 1 layers; the network has 2',
      'the file has biases for 1 layers; the network has 2',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n';
import { caption, captionWidth, labelWidth } from '../../../src/views/NetworkGraph/captions';
import type { GraphShape } from '../../../src/views/NetworkGraph/shape';

const shape: GraphShape = {
  sizes: [1, 8, 8, 1],
  activations: ['sigmoid', 'relu', 'linear'],
  hasBias: [true, true, true],
  batchNorm: [false, true, false],
  inputNames: ['x'],
  outputNames: ['ŷ'],
  imageSide: 0,
  maps: 'line',
  hiddenMaps: true,
};
const en = translator('en');
const ko = translator('ko');

describe('network graph captions', () => {
  it('name each layer and its activation in the page language', () => {
    const all = (t: typeof en, spacing: number) =>
      [0, 1, 2, 3].map((l) => caption(shape, l, 3, spacing, t));
    expect(all(en, 400)).toEqual([
      ['Input · 1'],
      ['Hidden 1 · 8 sigmoid'],
      ['Hidden 2 · 8 ReLU + BN'],
      ['Output · 1 linear'],
    ]);
    expect(all(ko, 400)).toEqual([
      ['입력 · 1'],
      ['은닉 1 · 8 시그모이드'],
      ['은닉 2 · 8 ReLU + BN'],
      ['출력 · 1 선형'],
    ]);
  });

  it('measure Hangul almost twice as wide, so a Korean caption breaks where it would overflow', () => {
    // At 11.5 px: a Latin letter 0.58 em (6.67 px), a Hangul syllable a full em.
    expect(captionWidth('Output · 1 linear')).toBeCloseTo(17 * 6.67);
    // 출력, 선형: four syllables at 11.5 px, five other characters at 6.67 px.
    expect(captionWidth('출력 · 1 선형')).toBeCloseTo(4 * 11.5 + 5 * 6.67);
    // 100 px between layers: the English caption of 112 px breaks into name and activation;
    // narrower still, the names shorten to symbols.
    expect(caption(shape, 1, 3, 100, en)).toEqual(['Hidden 1', '8 sigmoid']);
    expect(caption(shape, 1, 3, 100, ko)).toEqual(['은닉 1', '8 시그모이드']);
    expect(caption(shape, 3, 3, 40, en)).toEqual(['Out', '1 lin']);
    expect(caption(shape, 3, 3, 40, ko)).toEqual(['출력', '1 선형']);
  });

  it('make room for output names as drawn: Hangul at 12 px, Latin at 6.96, at most 110 px', () => {
    expect(labelWidth(['arm 1', 'arm 2'])).toBeCloseTo(5 * 6.96 + 10);
    // '1번 나선 팔': four syllables and three other characters.
    expect(labelWidth(['1번 나선 팔'])).toBeCloseTo(4 * 12 + 3 * 6.96 + 10);
    expect(labelWidth(['a very long class name indeed'])).toBe(110);
    expect(labelWidth([])).toBe(0);
  });
});

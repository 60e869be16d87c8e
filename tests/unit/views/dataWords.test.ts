import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { DATASETS, type DatasetName } from '../../../src/config/types';
import { translator } from '../../../src/core/i18n';
import { buildDataset, datasetInfo } from '../../../src/data';
import { classLabels, classNameWords } from '../../../src/views/shared/dataWords';

/** The class names a built-in dataset gives its classes (digits and CSV need data of their own). */
function classNamesOf(dataset: DatasetName, classes = 2): string[] {
  const config = defaultConfig();
  config.data.dataset = dataset;
  config.data.classes = classes;
  const built = buildDataset(config);
  if (!built.ok) throw new Error(`${dataset} did not build`);
  return built.dataset.classNames;
}

const HANGUL = /[\uac00-\ud7af]/;

describe("the output view's class names", () => {
  it('say every generated class name in Korean, or keep it because it is no word', () => {
    const generated = DATASETS.filter(
      (d) => d !== 'digits' && d !== 'csv' && !datasetInfo(d).kind.startsWith('regression'),
    );
    expect(generated.length).toBeGreaterThanOrEqual(6);
    const ko = translator('ko');
    for (const dataset of generated) {
      for (const name of classNamesOf(dataset, 3)) {
        const korean = classNameWords(ko, name);
        // A name with two English letters in a row is a word and must come out in Korean; the
        // rest are formulas (x₁x₂ < 0) or Latin species names (iris).
        const isWord = /[a-z]{2}/.test(name) && dataset !== 'iris';
        expect(HANGUL.test(korean), `${dataset}: ${name} → ${korean}`).toBe(isWord);
      }
    }
  });

  it('word the circle, the spiral, the iris measurements and unnamed classes', () => {
    const en = translator('en');
    const ko = translator('ko');
    expect(classNamesOf('circle').map((n) => classNameWords(ko, n))).toEqual([
      '안쪽 원판',
      '바깥 고리',
    ]);
    expect(classNamesOf('circle').map((n) => classNameWords(en, n))).toEqual([
      'inner disc',
      'outer ring',
    ]);
    expect(classNamesOf('spiral', 3).map((n) => classNameWords(ko, n))).toEqual([
      '1번 나선 팔',
      '2번 나선 팔',
      '3번 나선 팔',
    ]);
    const iris = defaultConfig();
    iris.data.dataset = 'iris';
    const built = buildDataset(iris);
    expect(built.ok && built.dataset.inputNames.map((n) => classNameWords(ko, n))).toEqual([
      '꽃받침 길이',
      '꽃받침 너비',
      '꽃잎 길이',
      '꽃잎 너비',
    ]);
    const unnamed = { classes: 2, classNames: [] } as unknown as Parameters<typeof classLabels>[1];
    expect(classLabels(ko, unnamed)).toEqual(['클래스 0', '클래스 1']);
  });
});

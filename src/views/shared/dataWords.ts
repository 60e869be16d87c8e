import type { Translate } from '../../core/i18n';
import type { DataView } from '../../core/runInfo';
import type { PlainKey } from './useT';

/**
 * The datasets name their classes and inputs in English (src/data keeps no words of the page);
 * here those names turn into the page's language. Other names read the same in every language:
 * formulas (x₁x₂ < 0, sin x₁), digits, iris species (Latin) and a CSV's own column names.
 */
const NAMES: Readonly<Record<string, PlainKey>> = {
  'inner disc': 'output.className.innerDisc',
  'outer ring': 'output.className.outerRing',
  'blob at (2, 2)': 'output.className.blobUp',
  'blob at (−2, −2)': 'output.className.blobDown',
  'upper moon': 'output.className.upperMoon',
  'lower moon': 'output.className.lowerMoon',
  '0 (false)': 'output.className.false',
  '1 (true)': 'output.className.true',
  'sepal length': 'output.input.sepalLength',
  'sepal width': 'output.input.sepalWidth',
  'petal length': 'output.input.petalLength',
  'petal width': 'output.input.petalWidth',
};

const ARM = /^arm (\d+)$/;

/** A class's or an input's name in the page's language. */
export function classNameWords(t: Translate, name: string): string {
  const key = Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
  if (key) return t(key);
  const arm = ARM.exec(name);
  return arm ? t('output.className.arm', { number: Number(arm[1]) }) : name;
}

/** Class `k`'s name in the page's language: its dataset's name for it, else "class k". */
export function classLabel(t: Translate, names: readonly string[], k: number): string {
  const name = names[k];
  return name === undefined ? t('output.class', { index: k }) : classNameWords(t, name);
}

/** Every class's name in the page's language (numbered when the dataset names none). */
export function classLabels(t: Translate, data: DataView): string[] {
  const names = data.classNames.length === data.classes ? data.classNames : [];
  return Array.from({ length: data.classes }, (_, k) => classLabel(t, names, k));
}

/**
 * Target encoding: how a class label or a value becomes the vector the output layer is trained
 * to produce, chosen from the task and the output activation so that every target lies in the
 * range the activation can reach (tanh: −1…1, sigmoid: 0…1, softmax: a distribution).
 */
import type { OutputActivation } from '../config/types';
import type { Dataset, Task } from './types';

export type TargetEncoding = Dataset['targetEncoding'];

export interface EncodingChoice {
  encoding: TargetEncoding;
  outputSize: number;
}

/**
 * Regression: the values themselves. Binary: one output with 0/1, or −1/+1 under tanh, or two
 * one-hot outputs under softmax (a 1-wide softmax is constantly 1). Multiclass: one-hot.
 */
export function chooseEncoding(
  task: Task,
  classes: number,
  valueSize: number,
  activation: OutputActivation,
): EncodingChoice {
  if (task === 'regression') return { encoding: 'value', outputSize: valueSize };
  if (task === 'multiclass') return { encoding: 'one-hot', outputSize: classes };
  if (activation === 'softmax') return { encoding: 'one-hot', outputSize: 2 };
  if (activation === 'tanh') return { encoding: 'plus-minus-one', outputSize: 1 };
  return { encoding: 'zero-one', outputSize: 1 };
}

/** A classification encoding (everything but 'value'). */
export interface ClassEncoding extends EncodingChoice {
  encoding: Exclude<TargetEncoding, 'value'>;
}

/** Writes the encoded target of class `label` into out[offset … offset + outputSize). */
export function encodeLabel(
  label: number,
  choice: ClassEncoding,
  out: Float64Array,
  offset: number,
): void {
  switch (choice.encoding) {
    case 'zero-one':
      out[offset] = label;
      return;
    case 'plus-minus-one':
      out[offset] = label === 1 ? 1 : -1;
      return;
    case 'one-hot':
      for (let k = 0; k < choice.outputSize; k++) out[offset + k] = k === label ? 1 : 0;
      return;
  }
}

/**
 * The class a network output stands for: the midpoint threshold for one-output encodings (0.5
 * for 0/1, 0 for −1/+1; ties go to class 1), the first largest output for one-hot. A NaN
 * output decodes to class 0, so a diverged network simply scores badly. Returns −1 for
 * regression, which has no classes.
 */
export function decodeClass(
  dataset: Pick<Dataset, 'targetEncoding' | 'outputSize'>,
  output: ArrayLike<number>,
  offset = 0,
): number {
  switch (dataset.targetEncoding) {
    case 'zero-one':
      return output[offset] >= 0.5 ? 1 : 0;
    case 'plus-minus-one':
      return output[offset] >= 0 ? 1 : 0;
    case 'one-hot': {
      let best = 0;
      for (let k = 1; k < dataset.outputSize; k++) {
        if (output[offset + k] > output[offset + best]) best = k;
      }
      return best;
    }
    case 'value':
      return -1;
  }
}

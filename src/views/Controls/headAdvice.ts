/**
 * A nudge when the output layer does not suit the data: several classes want softmax with
 * categorical cross-entropy, real-valued targets want an output that can reach them. Only a
 * suggestion with a one-click fix — other pairings train too, and comparing them is the point.
 */
import type { LossName, OutputActivation, RunConfig } from '../../config/types';
import { parseCsv } from '../../data/csv';
import { datasetInfo } from '../../data/info';
import type { Translate } from '../../core/i18n';
import { datasetLabel } from './datasetWords';

export interface HeadAdvice {
  text: string;
  action: string;
  output: OutputActivation;
  loss: LossName;
}

/** Whether the targets are numbers to fit rather than classes. */
export function isRegression(config: RunConfig): boolean {
  const kind = datasetInfo(config.data.dataset).kind;
  return kind.startsWith('regression') || (kind === 'csv' && config.data.csvTask === 'regression');
}

let csvSeen: { text: string; targets: number; fit: { sigmoid: boolean; softmax: boolean } } | null =
  null;

/**
 * Whether a sigmoid and a softmax output can reach every target row of pasted regression data:
 * a sigmoid needs each target in [0, 1], a softmax also needs each row to sum to 1. Remembers
 * the last text, as the panel asks again on every change of any setting.
 */
function csvTargetsFit(text: string, targets: number): { sigmoid: boolean; softmax: boolean } {
  if (csvSeen?.text === text && csvSeen.targets === targets) return csvSeen.fit;
  const parsed = parseCsv(text);
  let sigmoid = parsed.ok && parsed.value.columns > targets;
  let softmax = sigmoid;
  if (parsed.ok && sigmoid) {
    const { rows, columns, values } = parsed.value;
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let j = columns - targets; j < columns; j++) {
        const y = values[r * columns + j];
        if (!(y >= 0 && y <= 1)) sigmoid = false;
        sum += y;
      }
      if (Math.abs(sum - 1) > 1e-9) softmax = false;
    }
    softmax &&= sigmoid;
  }
  const fit = { sigmoid, softmax };
  csvSeen = { text, targets, fit };
  return fit;
}

/** Whether the output can reach the data's targets without the advice (pasted data only). */
function reachesTargets(config: RunConfig): boolean {
  const { data, network } = config;
  if (data.dataset !== 'csv') return false;
  const fit = csvTargetsFit(data.csv, data.csvTargets);
  const output = network.output.activation;
  return output === 'softmax' ? fit.softmax : fit.sigmoid;
}

export function headAdvice(config: RunConfig, t: Translate): HeadAdvice | null {
  const { data, network } = config;
  const info = datasetInfo(data.dataset);
  const classes =
    info.kind === 'iris' ? 3 : info.kind === 'digits' ? 10 : info.usesClasses ? data.classes : 0;
  if (classes > 2 && !(network.output.activation === 'softmax' && network.loss === 'cce')) {
    return {
      text: t('controls.advice.classes', { data: datasetLabel(data.dataset, t), classes }),
      action: t('controls.advice.classesAction'),
      output: 'softmax',
      loss: 'cce',
    };
  }
  const regression = isRegression(config);
  const bounded =
    network.output.activation === 'sigmoid' || network.output.activation === 'softmax';
  const entropy = network.loss === 'bce' || network.loss === 'cce';
  // Targets within the output's reach (pasted probabilities, lesson 1's 0.8 and 0.6) need no
  // advice: a bounded output, and cross-entropy on targets in [0, 1], are sound choices there.
  if (regression && (bounded || entropy) && !reachesTargets(config)) {
    return {
      // Cross-entropy on numbers beyond [0, 1] is no loss at all: it falls below zero and on.
      text: t(entropy ? 'controls.advice.regressionEntropy' : 'controls.advice.regression'),
      action: t('controls.advice.regressionAction'),
      output: 'linear',
      loss: 'mse',
    };
  }
  return null;
}

/**
 * A nudge when the output layer does not suit the data: several classes want softmax with
 * categorical cross-entropy, real-valued targets want an output that can reach them. Only a
 * suggestion with a one-click fix — other pairings train too, and comparing them is the point.
 */
import type { LossName, OutputActivation, RunConfig } from '../../config/types';
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
  const regression =
    info.kind.startsWith('regression') || (info.kind === 'csv' && data.csvTask === 'regression');
  const bounded =
    network.output.activation === 'sigmoid' || network.output.activation === 'softmax';
  const entropy = network.loss === 'bce' || network.loss === 'cce';
  if (regression && (bounded || entropy)) {
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

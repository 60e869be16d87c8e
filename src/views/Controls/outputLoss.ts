/**
 * Keeping the output activation and the loss a valid pair. Cross-entropy losses are fused with
 * their output (categorical with softmax, binary with sigmoid), so choosing one of them sets its
 * output; choosing an output for classes sets its fused loss, and choosing one a cross-entropy
 * cannot go with drops that loss for a squared error. Each change comes with a sentence saying
 * what else moved.
 */
import { defaultConfig } from '../../config/defaults';
import { LOSS_NEEDS_OUTPUT } from '../../config/fields';
import type { LossName, NetworkConfig, OutputActivation, RunConfig } from '../../config/types';
import { lossFor } from '../../config/validate';
import type { Translate } from '../../core/i18n';
import { OUTPUT_NAMES, LOSS_NAMES, labelText } from './choiceLabels';
import { isRegression } from './headAdvice';

export interface PairedChange {
  fields: Record<string, unknown>;
  notes: string[];
}

export function chooseLoss(network: NetworkConfig, loss: LossName, t: Translate): PairedChange {
  const needed = LOSS_NEEDS_OUTPUT[loss];
  if (needed === undefined || needed === network.output.activation) {
    return { fields: { 'network.loss': loss }, notes: [] };
  }
  return {
    fields: { 'network.loss': loss, 'network.output.activation': needed },
    notes: [
      t('controls.pair.outputSet', {
        output: labelText(OUTPUT_NAMES[needed], t),
        loss: t(LOSS_NAMES[loss]),
      }),
    ],
  };
}

export function chooseOutput(
  config: RunConfig,
  output: OutputActivation,
  t: Translate,
): PairedChange {
  const current = config.network.loss;
  const loss = lossForOutput(config, output);
  if (loss === current) return { fields: { 'network.output.activation': output }, notes: [] };
  return {
    fields: { 'network.output.activation': output, 'network.loss': loss },
    notes: [
      LOSS_NEEDS_OUTPUT[loss] === output
        ? t('controls.pair.lossMadeFor', {
            loss: t(LOSS_NAMES[loss]),
            output: labelText(OUTPUT_NAMES[output], t),
          })
        : t('controls.pair.lossNeeds', {
            loss: t(LOSS_NAMES[loss]),
            current: t(LOSS_NAMES[current]),
            output: labelText(OUTPUT_NAMES[LOSS_NEEDS_OUTPUT[current] ?? output], t),
          }),
    ],
  };
}

function lossForOutput(config: RunConfig, output: OutputActivation): LossName {
  const current = config.network.loss;
  const squaredError = defaultConfig().network.loss;
  const fused = lossFor(output, squaredError);
  // Regression keeps a squared error: a cross-entropy against real-valued targets means nothing.
  if (!isRegression(config) && LOSS_NEEDS_OUTPUT[fused] === output) return fused;
  const needed = LOSS_NEEDS_OUTPUT[current];
  return needed === undefined || needed === output ? current : squaredError;
}

import { defaultConfig } from '../config/defaults';
import type { HiddenActivation, LayerConfig, RunConfig } from '../config/types';
import type { ConfigPatch } from './types';

/** `defaultConfig()` with a lesson's patch applied (a fresh object every call). */
export function patchedConfig(patch: ConfigPatch): RunConfig {
  const base = defaultConfig();
  const { network = {}, training = {} } = patch;
  return {
    ...base,
    seed: patch.seed ?? base.seed,
    data: { ...base.data, ...patch.data },
    network: {
      ...base.network,
      hidden: (network.hidden ?? base.network.hidden).map((layer) => ({ ...layer })),
      output: { ...base.network.output, ...network.output },
      loss: network.loss ?? base.network.loss,
      init: { ...base.network.init, ...network.init },
      leakySlope: network.leakySlope ?? base.network.leakySlope,
      eluAlpha: network.eluAlpha ?? base.network.eluAlpha,
    },
    training: {
      optimizer: { ...base.training.optimizer, ...training.optimizer },
      schedule: { ...base.training.schedule, ...training.schedule },
      batchSize: training.batchSize ?? base.training.batchSize,
      regularization: { ...base.training.regularization, ...training.regularization },
    },
    initialParams: patch.initialParams ? structuredClone(patch.initialParams) : null,
    changes: [],
    open: { ...base.open, ...patch.open },
  };
}

/** `count` hidden layers of `size` units, e.g. layers(8, 8, 'sigmoid') for 8 sigmoid layers of 8. */
export function layers(
  count: number,
  size: number,
  activation: HiddenActivation,
  options: Partial<Pick<LayerConfig, 'bias' | 'dropout' | 'batchNorm'>> = {},
): LayerConfig[] {
  return Array.from({ length: count }, () => ({
    size,
    activation,
    bias: options.bias ?? true,
    dropout: options.dropout ?? 0,
    // Written only when on, so the other lessons' configs (and links) stay as they were.
    ...(options.batchNorm === true ? { batchNorm: true } : {}),
  }));
}

import type { InitialParams, RunConfig } from '../config/types';
import { Random, STREAMS } from '../core/random';
import { initializeWeights } from './initializers';
import type { Gradients, Network } from './network';
import type { ParamGroup } from './optimizers';

/**
 * A network's starting parameters: the explicit ones of the config (a link's weights), else
 * weights drawn by the config's initializer from the run's init stream (biases stay zero).
 */
export function initializeParameters(network: Network, config: RunConfig): void {
  if (config.initialParams) {
    setParameters(network, config.initialParams);
    return;
  }
  const random = new Random(config.seed, STREAMS.init);
  const { sizes } = network;
  for (let l = 1; l < sizes.length; l++) {
    initializeWeights(network.weights[l - 1], sizes[l - 1], sizes[l], config.network.init, random);
  }
}

/** Copies explicit parameters into a network; the shapes must already have been checked. */
export function setParameters(network: Network, params: InitialParams): void {
  for (let l = 0; l < network.depth; l++) {
    const w = params.weights[l];
    const b = params.biases[l];
    if (
      !w ||
      w.length !== network.weights[l].length ||
      !b ||
      b.length !== network.biases[l].length
    ) {
      throw new RangeError(`initial parameters of layer ${l + 1} do not match the network's shape`);
    }
    network.weights[l].set(w);
    if (network.hasBias[l]) network.biases[l].set(b);
  }
}

/**
 * [W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, …] with their gradients and optimizer state. `old` groups keep their
 * first moment (a switch between optimizers that both have one clears it, not reallocates);
 * `second` allocates Adam's second moment.
 */
export function paramGroups(
  network: Network,
  grads: Gradients,
  old: readonly ParamGroup[] | undefined,
  second: boolean,
): ParamGroup[] {
  const groups: ParamGroup[] = [];
  for (let l = 0; l < network.depth; l++) {
    const w = network.weights[l];
    const b = network.biases[l];
    groups.push({
      param: w,
      grad: grads.weights[l],
      first: old?.[2 * l].first ?? new Float64Array(w.length),
      second: new Float64Array(second ? w.length : 0),
      regularize: true,
      trainable: true,
    });
    groups.push({
      param: b,
      grad: grads.biases[l],
      first: old?.[2 * l + 1].first ?? new Float64Array(b.length),
      second: new Float64Array(second ? b.length : 0),
      regularize: false,
      trainable: network.hasBias[l],
    });
  }
  return groups;
}

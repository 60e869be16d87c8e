import type { BenchNetwork } from './networks';

/**
 * The settings and interface of the reference limit, `shared/bench/limit.cjs` (see limit.ts),
 * with no Node imports: the UI benchmark's browser worker uses them too.
 */

/** One training step of the limit; the samples per step are its batch size. */
export interface LimitLoop {
  step(): number;
  samplesPerStep: number;
}

export interface LimitConfig {
  inputs: number;
  hidden: number[];
  outputs: number;
  hiddenAct: string;
  outAct: string;
  loss: 'mse' | 'bce' | 'ce';
  batch: number;
  lr: number;
}

export interface LimitModule {
  createLimit(
    cfg: LimitConfig,
    data: { N: number; X: Float64Array; Y: Float64Array },
    options: { mode: 'blocked' },
  ): LimitLoop;
}

/** What the limit needs to know of a network. */
export type LimitNetwork = Pick<
  BenchNetwork,
  'id' | 'sizes' | 'hidden' | 'output' | 'loss' | 'batchSize' | 'learningRate'
>;

/** The limit's settings for a network: the same shape, batch size and rate. */
export function limitConfig(net: LimitNetwork): LimitConfig {
  const loss = net.loss === 'cce' ? 'ce' : net.loss === 'bce' ? 'bce' : 'mse';
  if (net.loss !== 'half-sse' && loss === 'mse') {
    throw new Error(`the limit has no ${net.loss} loss (network ${net.id})`);
  }
  return {
    inputs: net.sizes[0],
    hidden: net.sizes.slice(1, -1),
    outputs: net.sizes[net.sizes.length - 1],
    hiddenAct: net.hidden,
    outAct: net.output,
    loss,
    batch: net.batchSize,
    lr: net.learningRate,
  };
}

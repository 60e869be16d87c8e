import { defaultOptimizerHypers } from '../core/choices/optimizers';
import { CURRENT_MATHS } from '../core/detmath';
import type { LayerConfig, RunConfig } from './types';
import { GRAPH_DEFAULTS } from './scalarGraph';

/** The page opens on this run: a 2-4-2-1 tanh network on the circle data. */
export function defaultConfig(): RunConfig {
  return {
    seed: 1,
    data: {
      dataset: 'circle',
      samples: 400,
      noise: 0.1,
      testFraction: 0.5,
      classes: 3,
      features: ['x1', 'x2'],
      normalize: false,
      digitSize: 14,
      csv: '',
      csvTargets: 1,
      csvTask: 'regression',
    },
    network: {
      hidden: [defaultLayer(4), defaultLayer(2)],
      output: { activation: 'tanh', bias: true },
      loss: 'half-sse',
      init: { kind: 'xavier-uniform', scale: 0.1 },
      leakySlope: 0.01,
      eluAlpha: 1,
    },
    training: {
      optimizer: {
        kind: 'sgd',
        learningRate: 0.03,
        ...defaultOptimizerHypers(),
      },
      schedule: {
        kind: 'constant',
        decay: 0.01,
        gamma: 0.5,
        every: 10,
        cycleLow: 0.001,
        cycleSteps: 2000,
      },
      batchSize: 10,
      regularization: { kind: 'none', rate: 0.001, l1Ratio: 0.5 },
    },
    initialParams: null,
    changes: [],
    open: { step: 0, view: 'network', focusSample: 0, inspectOp: 0, ...GRAPH_DEFAULTS },
    mathsVersion: CURRENT_MATHS,
  };
}

export function defaultLayer(size: number): LayerConfig {
  return { size, activation: 'tanh', bias: true, dropout: 0 };
}

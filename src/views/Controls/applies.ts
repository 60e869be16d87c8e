/**
 * Which settings matter for the config as it stands: a control that would do nothing (Adam's β
 * under SGD, the noise of the iris data) is not shown, so every visible control changes the run.
 */
import type {
  InitializerName,
  OptimizerName,
  RegularizerName,
  RunConfig,
  ScheduleName,
} from '../../config/types';
import { datasetInfo } from '../../data/info';

const OPTIMIZER_PARAMS: Record<string, readonly OptimizerName[]> = {
  'training.optimizer.momentum': ['momentum', 'nesterov'],
  'training.optimizer.rho': ['rmsprop'],
  'training.optimizer.beta1': ['adam', 'adamw'],
  'training.optimizer.beta2': ['adam', 'adamw'],
  'training.optimizer.epsilon': ['adagrad', 'rmsprop', 'adam', 'adamw'],
  'training.optimizer.weightDecay': ['adamw'],
};

const SCHEDULE_PARAMS: Record<string, readonly ScheduleName[]> = {
  'training.schedule.decay': ['inverse-time'],
  'training.schedule.gamma': ['step', 'exponential'],
  'training.schedule.every': ['step'],
  'training.schedule.cycleLow': ['cyclic'],
  'training.schedule.cycleSteps': ['cyclic'],
};

const REGULARIZATION_PARAMS: Record<string, readonly RegularizerName[]> = {
  'training.regularization.rate': ['l1', 'l2', 'elastic'],
  'training.regularization.l1Ratio': ['elastic'],
};

/** Initializers with a scale of their own: constant c, uniform ±r, normal σ. */
const SCALED_INITIALIZERS: readonly InitializerName[] = ['constant', 'uniform', 'normal'];

export function fieldApplies(path: string, config: RunConfig): boolean {
  const { data, network, training } = config;
  if (path in OPTIMIZER_PARAMS) return OPTIMIZER_PARAMS[path].includes(training.optimizer.kind);
  if (path in SCHEDULE_PARAMS) return SCHEDULE_PARAMS[path].includes(training.schedule.kind);
  if (path in REGULARIZATION_PARAMS) {
    return REGULARIZATION_PARAMS[path].includes(training.regularization.kind);
  }
  const info = datasetInfo(data.dataset);
  switch (path) {
    case 'network.init.scale':
      return SCALED_INITIALIZERS.includes(network.init.kind);
    case 'network.leakySlope':
      return network.hidden.some((layer) => layer.activation === 'leaky-relu');
    case 'network.eluAlpha':
      return network.hidden.some((layer) => layer.activation === 'elu');
    case 'data.samples':
      return info.usesSamples;
    case 'data.noise':
      return info.usesNoise;
    case 'data.testFraction':
      return info.usesTestSplit;
    case 'data.classes':
      return info.usesClasses;
    case 'data.features':
      return info.usesFeatures;
    case 'data.digitSize':
      return data.dataset === 'digits';
    case 'data.csv':
    case 'data.csvTargets':
    case 'data.csvTask':
      return data.dataset === 'csv';
    default:
      return true;
  }
}

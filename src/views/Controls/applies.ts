/**
 * Which settings matter for the config as it stands: a control that would do nothing (Adam's β
 * under SGD, the noise of the iris data) is not shown, so every visible control changes the run.
 */
import type { InitializerName, RunConfig } from '../../config/types';
import { OPTIMIZER_DESCRIPTORS } from '../../core/choices/optimizers';
import { REGULARIZER_DESCRIPTORS } from '../../core/choices/regularizers';
import { SCHEDULE_DESCRIPTORS } from '../../core/choices/schedules';
import { datasetInfo } from '../../data/info';

/** For each hyper-parameter path, the choices (of one kind) that read it: from the descriptors. */
function readersOf<N extends string, H extends string>(
  section: string,
  descriptors: { readonly [K in N]: { readonly name: K; readonly hypers: readonly H[] } },
): Record<string, readonly N[]> {
  const readers: Record<string, N[]> = {};
  for (const d of Object.values(descriptors) as { name: N; hypers: readonly H[] }[]) {
    for (const hyper of d.hypers) (readers[`${section}.${hyper}`] ??= []).push(d.name);
  }
  return readers;
}

const OPTIMIZER_PARAMS = readersOf('training.optimizer', OPTIMIZER_DESCRIPTORS);
const SCHEDULE_PARAMS = readersOf('training.schedule', SCHEDULE_DESCRIPTORS);
const REGULARIZATION_PARAMS = readersOf('training.regularization', REGULARIZER_DESCRIPTORS);

/** Initializers with a scale of their own: constant c, uniform ±r, normal σ. */
const SCALED_INITIALIZERS: readonly InitializerName[] = ['constant', 'uniform', 'normal'];

export function fieldApplies(path: string, config: RunConfig): boolean {
  const { data, network, training } = config;
  if (Object.hasOwn(OPTIMIZER_PARAMS, path))
    return OPTIMIZER_PARAMS[path].includes(training.optimizer.kind);
  if (Object.hasOwn(SCHEDULE_PARAMS, path))
    return SCHEDULE_PARAMS[path].includes(training.schedule.kind);
  if (Object.hasOwn(REGULARIZATION_PARAMS, path)) {
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

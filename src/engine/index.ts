/**
 * The training engine: pure TypeScript, no DOM, no framework. Runs the same in the worker,
 * in Node (tests, the replay command) and in the browser.
 */
export {
  Act,
  activationCode,
  activateAt,
  derivativeAt,
  sigmoid,
  type ActCode,
} from './activations';
export { Evaluator, predictedClass, type Evaluation } from './evaluate';
export { gradientCheck, type GradientCheck, type LayerCheck } from './gradcheck';
export { HISTOGRAM_BINS, HISTOGRAM_SIZE, Histogram, writeHistogram } from './histogram';
export { initializeWeights } from './initializers';
export { Loss, lossCode, sampleCost, type LossCode } from './losses';
export { Gradients, Network, Workspace, backward, forward } from './network';
export { OPTIMIZER_STATE_NAMES, penaltyCoefficients } from './optimizers';
export { Random, STREAMS, hashString } from '../core/random';
export { scheduledLearningRate } from './schedules';
export {
  HEADER_SIZE,
  Header,
  SnapshotWriter,
  snapshotLayout,
  type SnapshotLayout,
  type SnapshotMetrics,
} from './snapshot';
export { LAYER_STATS, LayerStat, SATURATION, writeLayerStats } from './stats';
export {
  traceOps,
  traceStep,
  type CustomSample,
  type StepTrace,
  type TraceOp,
  type TracedSample,
} from './trace';
export {
  GRADIENT_LIMIT,
  Trainer,
  setParameters,
  type Divergence,
  type StepOutcome,
} from './trainer';

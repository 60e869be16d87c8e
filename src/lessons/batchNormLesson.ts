import { layers } from './patch';
import type { Lesson } from './types';

const deepSigmoid = (batchNorm: boolean) => ({
  data: { dataset: 'circle' as const },
  network: {
    hidden: layers(6, 8, 'sigmoid', { batchNorm }),
    output: { activation: 'sigmoid' as const },
    loss: 'bce' as const,
    init: { kind: 'xavier-normal' as const },
  },
  training: { optimizer: { kind: 'momentum' as const, learningRate: 0.003 }, batchSize: 50 },
  open: { step: 2000 },
});

/** Batch normalization lets a deep sigmoid network train where the plain one stalls. */
export const batchNormLesson: Lesson = {
  id: 'batch-norm',
  title: 'Batch normalization',
  summary: 'Six sigmoid layers stall on the circle; with batch norm the same net learns it.',
  text:
    'Six hidden layers of 8 sigmoid units, Xavier initialization, Momentum with η = 0.003, ' +
    'batches of 50. Without batch normalization the gradient shrinks by h′(a) ≤ 0.25 at every ' +
    'layer, the first layers barely move and after 2 000 steps the loss is still 0.690, the ' +
    'loss of guessing (54% accuracy). Batch normalization rescales every pre-activation over the batch, ' +
    'â = (a − μ_B)/√(σ²_B + ε), then y = γ·â + β: each sigmoid works on inputs of spread about ' +
    '1, near its steep middle, and the scale of one layer no longer depends on the ones before. ' +
    'With it the same network, at the same η, is at 0.037 (99.5%) after 2 000 steps.',
  lookAt:
    'The loss chart: the plain network’s flat line against the batch-normalized one’s fall ' +
    '(open one variant after the other to compare). The output view shows the circle found.',
  view: 'loss',
  variants: [
    { id: 'plain', label: 'Without batch norm', patch: deepSigmoid(false) },
    { id: 'bn', label: 'With batch norm', patch: deepSigmoid(true) },
  ],
  verify:
    'After 2 000 steps at η = 0.003 the plain network’s train loss is above 0.68 and its ' +
    'accuracy under 60%; with batch norm the loss is under 0.1 and the accuracy above 95%.',
};

import { layers } from './patch';
import type { Lesson } from './types';

const softmaxRun = (scale: number) => ({
  data: { dataset: 'spiral' as const, classes: 3 },
  network: {
    hidden: layers(2, 32, 'tanh'),
    output: { activation: 'softmax' as const },
    loss: 'cce' as const,
    init: { kind: 'normal' as const, scale },
  },
  training: { optimizer: { kind: 'adam' as const, learningRate: 0.01 } },
  open: { step: 0 },
});

/** A softmax output starts at ln 3 over three classes, and how its start shapes the learning. */
export const softmax: Lesson = {
  id: 'softmax',
  title: 'Softmax: the first loss is ln 3',
  summary: 'A 3-class spiral with a softmax output starts at C ≈ ln 3 ≈ 1.0986.',
  text:
    'A softmax output ŷₖ = exp(aₖ) / Σⱼ exp(aⱼ) with cross-entropy C = −Σₖ yₖ ln ŷₖ turns three ' +
    'scores into class probabilities. With small random weights (normal, σ = 0.1) every score ' +
    'starts near 0, each class gets ŷₖ ≈ 1/3, and C ≈ −ln(1/3) = ln 3 ≈ 1.0986. That makes a ' +
    'sanity check to run before training: a first loss far from ln n for n classes means a bug ' +
    'or badly scaled weights. With σ = 1 the network starts out confidently wrong, at C ≈ 7.5.',
  lookAt:
    'The train loss in the top bar at step 0 (also the first point of the loss chart). Then ' +
    'set the speed to 600 steps/s and press Play: the three arms take a few thousand steps. ' +
    'With σ = 0.1 fewer than half the training points are right for the first 1 600 steps, ' +
    'then the arms appear (over 90% by step 5 000). With σ = 1 the training points are ' +
    'learned sooner, but the test accuracy lags far behind (under 60% at step 1 600, under ' +
    '80% at 12 000): large first weights fit a tangled boundary.',
  view: 'network',
  variants: [
    { id: 'small', label: 'Small weights (σ = 0.1)', patch: softmaxRun(0.1) },
    { id: 'large', label: 'Large weights (σ = 1)', patch: softmaxRun(1) },
  ],
  verify:
    'With σ = 0.1 the loss at step 0 is within 0.02 of ln 3; with σ = 1 it is above 3. ' +
    'Train accuracy with σ = 0.1: under 50% at step 1 600, over 90% at 5 000; with σ = 1 the ' +
    'train accuracy at 1 600 is higher, the test accuracy under 60% there and under 80% at 12 000.',
};

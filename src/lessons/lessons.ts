/**
 * The lessons: ready runs that each make one idea of the course visible. Every variant is a
 * patch over `defaultConfig()`; its link opens the run trained to the moment where the idea
 * shows. The numbers quoted in the texts are those the runs produce (the seed fixes them), and
 * tests/unit/lessons.test.ts checks each lesson's `verify` claim on the real engine.
 */
import { computationalGraph } from './computationalGraph';
import { batchNormLesson } from './batchNormLesson';
import { softmax } from './softmaxLesson';
import { optimizerRaceVariants } from './optimizerRaces';
import { layers } from './patch';
import type { InitConfig } from '../config/types';
import type { Lesson } from './types';

/** Lesson 1's starting weights: every layer's matrix reads 0.1, 0.2, 0.3 … row by row. */
export const LESSON1_WEIGHTS = [
  [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
];

const oneSample: Lesson = {
  id: 'one-sample',
  title: 'Backpropagation on one sample',
  summary: 'A 3-2-3-2 sigmoid network learns x = (0.5, 0.3, 0.2) → y = (0.8, 0.6), step by step.',
  text:
    'A 3-2-3-2 network of sigmoid units without biases learns a single sample, x = (0.5, 0.3, 0.2) ' +
    'with target y = (0.8, 0.6), by gradient descent on C = ½ Σₖ (ŷₖ − yₖ)² with η = 0.1. ' +
    'Every layer starts from weights read row by row as 0.1, 0.2, 0.3 …: ' +
    'W⁽¹⁾ = [0.1 0.2 0.3; 0.4 0.5 0.6], W⁽²⁾ = [0.1 0.2; 0.3 0.4; 0.5 0.6], ' +
    'W⁽³⁾ = [0.1 0.2 0.3; 0.4 0.5 0.6], so at step 0 the outputs are ŷ = (0.592, 0.713) and C = 0.0281. ' +
    'Each step computes the output delta δ⁽³⁾ = (ŷ − y) ⊙ h′(a⁽³⁾), sends it back through ' +
    'δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) and moves every weight by −η ∂C/∂w.',
  lookAt:
    'Press Step (→) again and again: the output nodes of the network graph and “Output ŷ” in the ' +
    'output view move, ŷ₁ up towards 0.8 and ŷ₂ down towards 0.6, while the train loss in the top ' +
    'bar shrinks (0.0158 after 50 steps). Step one operation (.) walks through a single step in ' +
    'the step inspector below, formula by formula, with these numbers.',
  view: 'network',
  variants: [
    {
      id: 'one-sample',
      label: 'Open at step 0',
      patch: {
        data: {
          dataset: 'csv',
          csv: '0.5,0.3,0.2,0.8,0.6',
          csvTargets: 2,
          csvTask: 'regression',
          testFraction: 0,
        },
        network: {
          hidden: [
            ...layers(1, 2, 'sigmoid', { bias: false }),
            ...layers(1, 3, 'sigmoid', { bias: false }),
          ],
          output: { activation: 'sigmoid', bias: false },
          loss: 'half-sse',
        },
        training: { optimizer: { kind: 'sgd', learningRate: 0.1 }, batchSize: 1 },
        initialParams: {
          weights: LESSON1_WEIGHTS,
          biases: [
            [0, 0],
            [0, 0, 0],
            [0, 0],
          ],
        },
        open: { step: 0 },
      },
    },
  ],
  verify:
    'Starts at ŷ = (0.592, 0.713); the error falls at every one of the first 50 steps and the ' +
    'outputs move towards (0.8, 0.6).',
};

const xorGate = {
  // Noise 0: the exact corners of the truth table.
  data: { dataset: 'gate-xor' as const, noise: 0 },
  training: { optimizer: { learningRate: 0.5 }, batchSize: 4 },
  open: { step: 500 },
};
const xorOutput = { output: { activation: 'sigmoid' as const }, loss: 'bce' as const };

const xor: Lesson = {
  id: 'xor',
  title: 'XOR needs a hidden layer',
  summary: 'No hidden layer fails on XOR; one hidden layer solves it.',
  text:
    'XOR puts (0, 1) and (1, 0) in class 1 and (0, 0) and (1, 1) in class 0: no straight line ' +
    'separates them. Without a hidden layer the network is one sigmoid unit, ŷ = σ(w₁x₁ + w₂x₂ + b), ' +
    'whose decision boundary is a line, so it can never get all four right; trained with ' +
    'cross-entropy it settles at ŷ ≈ 0.5 for every point (loss ln 2 ≈ 0.693): its outputs say ' +
    'nothing, and the accuracy shown (25% here) is only where tiny differences around 0.5 ' +
    'happen to fall. One hidden layer of 4 tanh units bends the boundary and classifies all ' +
    'four points.',
  lookAt:
    'The output view: the background is ŷ over the input plane, the four dots are the data. The ' +
    'loss chart shows train loss and accuracy at step 500. Reset (↺) and Play replay the learning.',
  view: 'network',
  variants: [
    {
      id: 'no-hidden',
      label: 'No hidden layer',
      patch: { ...xorGate, network: { ...xorOutput, hidden: [] } },
    },
    {
      id: 'one-hidden',
      label: 'One hidden layer (4 tanh)',
      patch: { ...xorGate, network: { ...xorOutput, hidden: layers(1, 4, 'tanh') } },
    },
  ],
  verify: 'After 500 steps: no hidden layer has accuracy ≤ 75%; one hidden layer has 100%.',
};

const vanishing: Lesson = {
  id: 'vanishing-gradients',
  title: 'Vanishing gradients',
  summary:
    '8 sigmoid layers: layer 1 gets tens of thousands of times less gradient. ReLU does not.',
  text:
    'Going backwards, every layer multiplies the delta by h′(a): δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾). ' +
    'The sigmoid’s derivative is at most 0.25, so after 8 sigmoid layers the first layer’s ' +
    'gradient ∂C/∂W⁽¹⁾ = δ⁽¹⁾ z⁽⁰⁾ᵀ is over 10⁴ times smaller than the last layer’s: the first ' +
    'layers hardly learn and the network is stuck near 50% accuracy. ReLU’s derivative is 1 on ' +
    'active units, so the same network with ReLU (and He initialization) passes the gradient ' +
    'down at full size and learns the circle.',
  lookAt:
    'The gradient-flow view: the caption’s last/first ratio (about 4.7·10⁴ × with sigmoid, ' +
    'under 1 × with ReLU) and the per-layer mean |∂C/∂W| lines on their log scale. Press Play ' +
    'to watch them over time.',
  view: 'gradients',
  variants: [
    {
      id: 'sigmoid',
      label: '8 sigmoid layers',
      patch: { network: { hidden: layers(8, 8, 'sigmoid') }, open: { step: 300 } },
    },
    {
      id: 'relu',
      label: '8 ReLU layers (He init)',
      patch: {
        network: { hidden: layers(8, 8, 'relu'), init: { kind: 'he-normal' } },
        open: { step: 300 },
      },
    },
  ],
  verify:
    'At step 300 the sigmoid net’s layer-1 mean |∂C/∂W| is ≥ 100× smaller than layer 9’s; with ' +
    'ReLU the ratio is under 10.',
};

const deadNet = (learningRate: number) => ({
  network: {
    hidden: layers(3, 16, 'relu'),
    init: { kind: 'he-normal' as const },
    output: { activation: 'sigmoid' as const },
    loss: 'bce' as const,
  },
  training: { optimizer: { learningRate }, batchSize: 25 },
  // Two steps in: the first units are dying, and a few more steps show the rest go.
  open: { step: 2 },
});

const deadRelus: Lesson = {
  id: 'dead-relus',
  title: 'Dead ReLUs',
  summary: 'A learning rate that is too high kills ReLU units for good.',
  text:
    'A ReLU unit whose pre-activation a is negative for every input outputs z = 0 and has ' +
    'h′(a) = 0, so no gradient reaches its weights again: it is dead and stays dead. One update ' +
    'that is too large can throw a unit’s weights and bias that far. With η = 3 most units of ' +
    'layers 2 and 3 die within the first 10 steps, their gradients become exactly 0 and the loss ' +
    'stays near ln 2 ≈ 0.69 for good. With η = 0.1 nearly all units stay alive and the circle is learned.',
  lookAt:
    'The gradient-flow view’s “% dead” chart (dead = inactive on every sample of the batch). ' +
    'The run opens after 2 steps: press Step (→) a few times and watch % dead climb in layers 2 ' +
    'and 3 (past 85% by step 10 with η = 3), then Play: it stays there. The ReLU histograms pile ' +
    'up at 0, and the network graph shows the dead units blank.',
  view: 'gradients',
  variants: [
    { id: 'high-lr', label: 'η = 3 (too high)', patch: deadNet(3) },
    { id: 'sane-lr', label: 'η = 0.1', patch: deadNet(0.1) },
  ],
  verify:
    'By step 10 and still at step 300, with η = 3 at least 80% of the units in layers 2–3 are ' +
    'dead; with η = 0.1 at most 20%.',
};

const deepInit = (activation: 'tanh' | 'relu', init: Partial<InitConfig>) => ({
  data: { normalize: true },
  network: { hidden: layers(10, 16, activation), init },
  training: { batchSize: 50 },
  open: { step: 1 },
});

const initialization: Lesson = {
  id: 'initialization',
  title: 'Weight initialization',
  summary: '10 tanh layers with σ = 0.01, σ = 1 and Xavier; ReLU with He.',
  text:
    'Each layer multiplies the spread of its input by about σ√n (here n = 16 inputs per unit). ' +
    'With σ = 0.01 that factor is 0.04, so after 10 tanh layers the activations have collapsed ' +
    'to about 10⁻¹⁵ and so have the gradients. With σ = 1 it is 4: the units sit in the flat ' +
    'tails of tanh (|z| > 0.99), where h′(a) ≈ 0; yet going backwards each layer also ' +
    'multiplies δ by Wᵀ, about 4 times too large, so the gradients grow on the way to layer 1 ' +
    '(from 0.009 in layer 10 to 1.3 in layer 1). Xavier, σ = √(2/(nᵢₙ + nₒᵤₜ)) = 0.25, keeps the ' +
    'spread within about a factor of 2 over all 10 layers; ReLU zeroes half of its inputs, and ' +
    'He, σ = √(2/nᵢₙ), makes up for it, though some deeper units are dead from the first batch.',
  lookAt:
    'The gradient-flow view’s histograms of the activations z of layers 1 to 10 on the first ' +
    'batch, with their sd: a spike at 0 (σ = 0.01), piles at ±1 in the shaded saturated tails ' +
    '(σ = 1), a spread that holds to layer 10 (Xavier, He).',
  view: 'gradients',
  variants: [
    {
      id: 'tiny',
      label: 'tanh, σ = 0.01',
      patch: deepInit('tanh', { kind: 'normal', scale: 0.01 }),
    },
    {
      id: 'large',
      label: 'tanh, σ = 1',
      patch: deepInit('tanh', { kind: 'normal', scale: 1 }),
    },
    {
      id: 'xavier',
      label: 'tanh, Xavier',
      patch: deepInit('tanh', { kind: 'xavier-normal' }),
    },
    {
      id: 'he',
      label: 'ReLU, He',
      patch: deepInit('relu', { kind: 'he-normal' }),
    },
  ],
  verify:
    'On the first batch, layer 10’s activation sd is < 1e-6 with σ = 0.01; with σ = 1 over 25% of ' +
    'its units are saturated and layer 1’s mean |∂C/∂W| is over 50 times layer 10’s; with ' +
    'Xavier and He its sd is between 0.05 and 2 and nothing saturates.',
};

const spiralRun = {
  data: { dataset: 'spiral' as const, classes: 2 },
  network: {
    hidden: layers(2, 16, 'tanh'),
    output: { activation: 'sigmoid' as const },
    loss: 'bce' as const,
  },
  open: { step: 2000 },
};

const optimizers: Lesson = {
  id: 'optimizers',
  title: 'Optimizers: SGD, Momentum, Adam',
  summary: 'The same spiral run with three update rules.',
  text:
    'Same data, same initial weights, same batches (seed 1): only the update rule differs. SGD ' +
    'steps w ← w − η ∂C/∂w. Momentum keeps a velocity, v ← μv − η ∂C/∂w and w ← w + v ' +
    '(μ = 0.9), so it speeds up along directions where the gradient keeps its sign. Adam divides ' +
    'a running mean of the gradient by the root of a running mean of its square (both ' +
    'bias-corrected), which gives every weight its own step size.',
  lookAt:
    'The loss chart: open the three variants one after the other. The previous runs stay as ' +
    'faint ghost curves, so the three compare directly: at step 2 000 SGD is still near 0.64 ' +
    'while Momentum and Adam are far lower. The output view shows how much of the spiral each has found.',
  view: 'loss',
  variants: [
    {
      id: 'sgd',
      label: 'SGD (η = 0.03)',
      patch: { ...spiralRun, training: { optimizer: { kind: 'sgd', learningRate: 0.03 } } },
    },
    {
      id: 'momentum',
      label: 'Momentum (η = 0.03, μ = 0.9)',
      patch: { ...spiralRun, training: { optimizer: { kind: 'momentum', learningRate: 0.03 } } },
    },
    {
      id: 'adam',
      label: 'Adam (η = 0.01)',
      patch: { ...spiralRun, training: { optimizer: { kind: 'adam', learningRate: 0.01 } } },
    },
    ...optimizerRaceVariants(spiralRun),
  ],
  verify: 'After 2 000 steps Momentum and Adam reach a train loss below 0.8 × SGD’s.',
};

const overfitRun = (dropout: number, l2: number) => ({
  data: { dataset: 'circle' as const, samples: 150, noise: 0.5, testFraction: 0.8 },
  network: {
    hidden: layers(2, 64, 'relu', { dropout }),
    init: { kind: 'he-normal' as const },
    output: { activation: 'sigmoid' as const },
    loss: 'bce' as const,
  },
  training: {
    optimizer: { kind: 'momentum' as const, learningRate: 0.01 },
    regularization: l2 > 0 ? { kind: 'l2' as const, rate: l2 } : {},
  },
  open: { step: 1000 },
});

const overfitting: Lesson = {
  id: 'overfitting',
  title: 'Overfitting and regularization',
  summary: 'Few points and a big network; then L2, then dropout.',
  text:
    'Thirty noisy training points and two hidden layers of 64 ReLU units (over 4 000 weights): ' +
    'the network can memorise every point. The train loss falls to almost 0 while the loss on ' +
    'the 120 held-out test points stays high; the difference is the generalization gap. L2 adds ' +
    '(λ/2) Σ w² to C, so every update also shrinks each weight a little; dropout switches off ' +
    'each hidden unit with probability p on every training step (and never at test time), so ' +
    'no unit can rely on another. Both give a smoother boundary, a smaller gap and a lower test loss.',
  lookAt:
    'The loss chart: train against test loss at step 1 000. The output view (tick “Show test ' +
    'data”) shows the boundary twisting around single points without regularization.',
  view: 'loss',
  variants: [
    { id: 'none', label: 'No regularization', patch: overfitRun(0, 0) },
    { id: 'l2', label: 'L2 (λ = 0.01)', patch: overfitRun(0, 0.01) },
    { id: 'dropout', label: 'Dropout (p = 0.3)', patch: overfitRun(0.3, 0) },
  ],
  verify:
    'After 1 000 steps the test − train loss gap with L2 and with dropout is under half the gap ' +
    'without regularization.',
};

const sineRun = (learningRate: number, step: number) => ({
  data: { dataset: 'sine' as const },
  network: { hidden: layers(2, 16, 'tanh'), output: { activation: 'linear' as const } },
  training: { optimizer: { learningRate } },
  open: { step },
});

const learningRate: Lesson = {
  id: 'learning-rate',
  title: 'Learning rate: too small, right, too large',
  summary: 'The same sine fit with η = 0.001, 0.1 and 1 (diverges).',
  text:
    'The learning rate η scales every step w ← w − η ∂C/∂w. Too small (η = 0.001) and the loss ' +
    'creeps down: after 500 steps the curve is still far from the sine. Right (η = 0.1) and it ' +
    'fits within a few hundred steps. Too large (η = 1) and every step overshoots the minimum by ' +
    'more than the last: the weights and the loss grow without bound until the numbers overflow.',
  lookAt:
    'The loss chart (log scale) and the fitted curve in the output view. The η = 1 variant opens ' +
    'at step 5 with its loss already 100 times the first one: press Play and the page stops at ' +
    'the divergence and says why.',
  view: 'loss',
  variants: [
    { id: 'small', label: 'η = 0.001 (too small)', patch: sineRun(0.001, 500) },
    { id: 'right', label: 'η = 0.1', patch: sineRun(0.1, 500) },
    { id: 'large', label: 'η = 1 (too large)', patch: sineRun(1, 5) },
  ],
  verify:
    'After 500 steps η = 0.001 keeps over 40% of the first loss and η = 0.1 under 10%; η = 1 ' +
    'diverges (Trainer.run returns the divergence) within 1 000 steps.',
};

/** The lessons in the order of the menu. */
export const LESSONS: readonly Lesson[] = [
  oneSample,
  xor,
  vanishing,
  deadRelus,
  initialization,
  optimizers,
  overfitting,
  softmax,
  learningRate,
  computationalGraph,
  batchNormLesson,
];

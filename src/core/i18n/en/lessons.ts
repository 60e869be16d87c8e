/**
 * English texts of the lessons: for each lesson its title, menu line, idea and where to look,
 * and the label of each variant (`lesson.<id>.variant.<variantId>`). The lesson objects in
 * src/lessons keep the same English (a test checks the two agree); the page reads the texts
 * through `lessonWords` so that they follow the interface language.
 */
export const enLessons = {
  // one-sample
  'lesson.one-sample.title': 'Backpropagation on one sample',
  'lesson.one-sample.summary':
    'A 3-2-3-2 sigmoid network learns x = (0.5, 0.3, 0.2) → y = (0.8, 0.6), step by step.',
  'lesson.one-sample.text':
    'A 3-2-3-2 network of sigmoid units without biases learns a single sample, x = (0.5, 0.3, 0.2) with target y = (0.8, 0.6), by gradient descent on C = ½ Σₖ (ŷₖ − yₖ)² with η = 0.1. Every layer starts from weights read row by row as 0.1, 0.2, 0.3 …: W⁽¹⁾ = [0.1 0.2 0.3; 0.4 0.5 0.6], W⁽²⁾ = [0.1 0.2; 0.3 0.4; 0.5 0.6], W⁽³⁾ = [0.1 0.2 0.3; 0.4 0.5 0.6], so at step 0 the outputs are ŷ = (0.592, 0.713) and C = 0.0281. Each step computes the output delta δ⁽³⁾ = (ŷ − y) ⊙ h′(a⁽³⁾), sends it back through δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) and moves every weight by −η ∂C/∂w.',
  'lesson.one-sample.lookAt':
    'Press Step (→) again and again: the output nodes of the network graph and “Output ŷ” in the output view move, ŷ₁ up towards 0.8 and ŷ₂ down towards 0.6, while the train loss in the top bar shrinks (0.0158 after 50 steps). Step one operation (.) walks through a single step in the step inspector below, formula by formula, with these numbers.',
  'lesson.one-sample.variant.one-sample': 'Open at step 0',
  // xor
  'lesson.xor.title': 'XOR needs a hidden layer',
  'lesson.xor.summary': 'No hidden layer fails on XOR; one hidden layer solves it.',
  'lesson.xor.text':
    'XOR puts (0, 1) and (1, 0) in class 1 and (0, 0) and (1, 1) in class 0: no straight line separates them. Without a hidden layer the network is one sigmoid unit, ŷ = σ(w₁x₁ + w₂x₂ + b), whose decision boundary is a line, so it can never get all four right; trained with cross-entropy it settles at ŷ ≈ 0.5 for every point (loss ln 2 ≈ 0.693): its outputs say nothing, and the accuracy shown (25% here) is only where tiny differences around 0.5 happen to fall. One hidden layer of 4 tanh units bends the boundary and classifies all four points.',
  'lesson.xor.lookAt':
    'The output view: the background is ŷ over the input plane, the four dots are the data. The loss chart shows train loss and accuracy at step 500. Reset (↺) and Play replay the learning.',
  'lesson.xor.variant.no-hidden': 'No hidden layer',
  'lesson.xor.variant.one-hidden': 'One hidden layer (4 tanh)',
  // vanishing-gradients
  'lesson.vanishing-gradients.title': 'Vanishing gradients',
  'lesson.vanishing-gradients.summary':
    '8 sigmoid layers: layer 1 gets tens of thousands of times less gradient. ReLU does not.',
  'lesson.vanishing-gradients.text':
    'Going backwards, every layer multiplies the delta by h′(a): δ⁽ˡ⁻¹⁾ = h′(a⁽ˡ⁻¹⁾) ⊙ (W⁽ˡ⁾ᵀ δ⁽ˡ⁾). The sigmoid’s derivative is at most 0.25, so after 8 sigmoid layers the first layer’s gradient ∂C/∂W⁽¹⁾ = δ⁽¹⁾ z⁽⁰⁾ᵀ is over 10⁴ times smaller than the last layer’s: the first layers hardly learn and the network is stuck near 50% accuracy. ReLU’s derivative is 1 on active units, so the same network with ReLU (and He initialization) passes the gradient down at full size and learns the circle.',
  'lesson.vanishing-gradients.lookAt':
    'The gradient-flow view: the caption’s last/first ratio (about 4.7·10⁴ × with sigmoid, under 1 × with ReLU) and the per-layer mean |∂C/∂W| lines on their log scale. Press Play to watch them over time.',
  'lesson.vanishing-gradients.variant.sigmoid': '8 sigmoid layers',
  'lesson.vanishing-gradients.variant.relu': '8 ReLU layers (He init)',
  // dead-relus
  'lesson.dead-relus.title': 'Dead ReLUs',
  'lesson.dead-relus.summary': 'A learning rate that is too high kills ReLU units for good.',
  'lesson.dead-relus.text':
    'A ReLU unit whose pre-activation a is negative for every input outputs z = 0 and has h′(a) = 0, so no gradient reaches its weights again: it is dead and stays dead. One update that is too large can throw a unit’s weights and bias that far. With η = 3 most units of layers 2 and 3 die within the first 10 steps, their gradients become exactly 0 and the loss stays near ln 2 ≈ 0.69 for good. With η = 0.1 nearly all units stay alive and the circle is learned.',
  'lesson.dead-relus.lookAt':
    'The gradient-flow view’s “% dead” chart (dead = inactive on every sample of the batch). The run opens after 2 steps: press Step (→) a few times and watch % dead climb in layers 2 and 3 (past 85% by step 10 with η = 3), then Play: it stays there. The ReLU histograms pile up at 0, and the network graph shows the dead units blank.',
  'lesson.dead-relus.variant.high-lr': 'η = 3 (too high)',
  'lesson.dead-relus.variant.sane-lr': 'η = 0.1',
  // initialization
  'lesson.initialization.title': 'Weight initialization',
  'lesson.initialization.summary': '10 tanh layers with σ = 0.01, σ = 1 and Xavier; ReLU with He.',
  'lesson.initialization.text':
    'Each layer multiplies the spread of its input by about σ√n (here n = 16 inputs per unit). With σ = 0.01 that factor is 0.04, so after 10 tanh layers the activations have collapsed to about 10⁻¹⁵ and so have the gradients. With σ = 1 it is 4: the units sit in the flat tails of tanh (|z| > 0.99), where h′(a) ≈ 0; yet going backwards each layer also multiplies δ by Wᵀ, about 4 times too large, so the gradients grow on the way to layer 1 (from 0.009 in layer 10 to 1.3 in layer 1). Xavier, σ = √(2/(nᵢₙ + nₒᵤₜ)) = 0.25, keeps the spread within about a factor of 2 over all 10 layers; ReLU zeroes half of its inputs, and He, σ = √(2/nᵢₙ), makes up for it, though some deeper units are dead from the first batch.',
  'lesson.initialization.lookAt':
    'The gradient-flow view’s histograms of the activations z of layers 1 to 10 on the first batch, with their sd: a spike at 0 (σ = 0.01), piles at ±1 in the shaded saturated tails (σ = 1), a spread that holds to layer 10 (Xavier, He).',
  'lesson.initialization.variant.tiny': 'tanh, σ = 0.01',
  'lesson.initialization.variant.large': 'tanh, σ = 1',
  'lesson.initialization.variant.xavier': 'tanh, Xavier',
  'lesson.initialization.variant.he': 'ReLU, He',
  // optimizers
  'lesson.optimizers.title': 'Optimizers: SGD, Momentum, Adam',
  'lesson.optimizers.summary': 'The same spiral run with three update rules.',
  'lesson.optimizers.text':
    'Same data, same initial weights, same batches (seed 1): only the update rule differs. SGD steps w ← w − η ∂C/∂w. Momentum keeps a velocity, v ← μv − η ∂C/∂w and w ← w + v (μ = 0.9), so it speeds up along directions where the gradient keeps its sign. Adam divides a running mean of the gradient by the root of a running mean of its square (both bias-corrected), which gives every weight its own step size.',
  'lesson.optimizers.lookAt':
    'The loss chart: open the three variants one after the other. The previous runs stay as faint ghost curves, so the three compare directly: at step 2 000 SGD is still near 0.64 while Momentum and Adam are far lower. The output view shows how much of the spiral each has found.',
  'lesson.optimizers.variant.sgd': 'SGD (η = 0.03)',
  'lesson.optimizers.variant.momentum': 'Momentum (η = 0.03, μ = 0.9)',
  'lesson.optimizers.variant.adam': 'Adam (η = 0.01)',
  'lesson.optimizers.variant.race-bowl': 'Race: rotated bowl',
  'lesson.optimizers.variant.race-rosenbrock': 'Race: Rosenbrock',
  // overfitting
  'lesson.overfitting.title': 'Overfitting and regularization',
  'lesson.overfitting.summary': 'Few points and a big network; then L2, then dropout.',
  'lesson.overfitting.text':
    'Thirty noisy training points and two hidden layers of 64 ReLU units (over 4 000 weights): the network can memorise every point. The train loss falls to almost 0 while the loss on the 120 held-out test points stays high; the difference is the generalization gap. L2 adds (λ/2) Σ w² to C, so every update also shrinks each weight a little; dropout switches off each hidden unit with probability p on every training step (and never at test time), so no unit can rely on another. Both give a smoother boundary, a smaller gap and a lower test loss.',
  'lesson.overfitting.lookAt':
    'The loss chart: train against test loss at step 1 000. The output view (tick “Show test data”) shows the boundary twisting around single points without regularization.',
  'lesson.overfitting.variant.none': 'No regularization',
  'lesson.overfitting.variant.l2': 'L2 (λ = 0.01)',
  'lesson.overfitting.variant.dropout': 'Dropout (p = 0.3)',
  // softmax
  'lesson.softmax.title': 'Softmax: the first loss is ln 3',
  'lesson.softmax.summary': 'A 3-class spiral with a softmax output starts at C ≈ ln 3 ≈ 1.0986.',
  'lesson.softmax.text':
    'A softmax output ŷₖ = exp(aₖ) / Σⱼ exp(aⱼ) with cross-entropy C = −Σₖ yₖ ln ŷₖ turns three scores into class probabilities. With small random weights (normal, σ = 0.1) every score starts near 0, each class gets ŷₖ ≈ 1/3, and C ≈ −ln(1/3) = ln 3 ≈ 1.0986. That makes a sanity check to run before training: a first loss far from ln n for n classes means a bug or badly scaled weights. With σ = 1 the network starts out confidently wrong, at C ≈ 7.5.',
  'lesson.softmax.lookAt':
    'The train loss in the top bar at step 0 (also the first point of the loss chart). Then set the speed to 600 steps/s and press Play: the three arms take a few thousand steps. With σ = 0.1 fewer than half the training points are right for the first 1 600 steps, then the arms appear (over 90% by step 5 000). With σ = 1 the training points are learned sooner, but the test accuracy lags far behind (under 60% at step 1 600, under 80% at 12 000): large first weights fit a tangled boundary.',
  'lesson.softmax.variant.small': 'Small weights (σ = 0.1)',
  'lesson.softmax.variant.large': 'Large weights (σ = 1)',
  // learning-rate
  'lesson.learning-rate.title': 'Learning rate: too small, right, too large',
  'lesson.learning-rate.summary': 'The same sine fit with η = 0.001, 0.1 and 1 (diverges).',
  'lesson.learning-rate.text':
    'The learning rate η scales every step w ← w − η ∂C/∂w. Too small (η = 0.001) and the loss creeps down: after 500 steps the curve is still far from the sine. Right (η = 0.1) and it fits within a few hundred steps. Too large (η = 1) and every step overshoots the minimum by more than the last: the weights and the loss grow without bound until the numbers overflow.',
  'lesson.learning-rate.lookAt':
    'The loss chart (log scale) and the fitted curve in the output view. The η = 1 variant opens at step 5 with its loss already 100 times the first one: press Play and the page stops at the divergence and says why.',
  'lesson.learning-rate.variant.small': 'η = 0.001 (too small)',
  'lesson.learning-rate.variant.right': 'η = 0.1',
  'lesson.learning-rate.variant.large': 'η = 1 (too large)',
  // computational-graph
  'lesson.computational-graph.title': 'Backprop on a computational graph',
  'lesson.computational-graph.summary':
    'From (x+y)·z to a sigmoid neuron to one neuron of a trained network, one number at a time.',
  'lesson.computational-graph.text':
    'Backpropagation is the chain rule walked from the output back, one operation at a time. For f = (x + y)·z at x = −2, y = 5, z = −4: q = x + y = 3 and f = q·z = −12. Going back, the multiply gate swaps: ∂f/∂z = q = 3 and ∂f/∂q = z = −4; the add gate distributes: ∂f/∂x = ∂f/∂y = −4. The sigmoid neuron σ(w₀x₀ + w₁x₁ + w₂) with w = (2, −3, −3), x = (−1, −2) gives f = σ(1) = 0.731; the σ gate’s local gradient σ(1−σ) = 0.197 then reaches w = (−0.197, −0.393, 0.197) and x = (0.393, −0.590). A neuron of the network is the same graph: products w·z, their sum with b (a), the activation (z) and, at the output, the loss C.',
  'lesson.computational-graph.lookAt':
    'The computational-graph panel at the bottom: press Backward step (or → on the graph) and watch each node receive upstream × local = product, the rule named on it. The sigmoid variant has a toggle that folds 1/(1+exp(−u)) into one σ gate with the same gradients. The last variant opens the output neuron of the default network after 300 steps; any other neuron opens from the network graph (click it, then “Open neuron as scalar graph”).',
  'lesson.computational-graph.variant.add-multiply': '(x+y)·z',
  'lesson.computational-graph.variant.sigmoid-neuron': 'Sigmoid neuron',
  'lesson.computational-graph.variant.real-neuron': 'A trained network’s neuron',
  // batch-norm
  'lesson.batch-norm.title': 'Batch normalization',
  'lesson.batch-norm.summary':
    'Six sigmoid layers stall on the circle; with batch norm the same net learns it.',
  'lesson.batch-norm.text':
    'Six hidden layers of 8 sigmoid units, Xavier initialization, Momentum with η = 0.003, batches of 50. Without batch normalization the gradient shrinks by h′(a) ≤ 0.25 at every layer, the first layers barely move and after 2 000 steps the loss is still 0.690, the loss of guessing (54% accuracy). Batch normalization rescales every pre-activation over the batch, â = (a − μ_B)/√(σ²_B + ε), then y = γ·â + β: each sigmoid works on inputs of spread about 1, near its steep middle, and the scale of one layer no longer depends on the ones before. With it the same network, at the same η, is at 0.037 (99.5%) after 2 000 steps.',
  'lesson.batch-norm.lookAt':
    'The loss chart: the plain network’s flat line against the batch-normalized one’s fall (open one variant after the other to compare). The output view shows the circle found.',
  'lesson.batch-norm.variant.plain': 'Without batch norm',
  'lesson.batch-norm.variant.bn': 'With batch norm',
} as const;

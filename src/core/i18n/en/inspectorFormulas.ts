/**
 * The step inspector's sentences around the formulas, in English: each operation's explanation,
 * the captions beside its formula lines and its notes. The formulas (TeX) and the numbers are
 * parameters; a sentence is one template. The batch-norm sentences live in `./inspector.ts`.
 */
export const enInspectorFormulas = {
  // Shared by several operations
  'formula.wholeLayer': 'the whole layer at once',
  'formula.noBias': 'Layer {layer} has no bias.',
  'formula.derivativeOf': 'the derivative of {act}',
  'formula.termsFirst':
    "The first {shown} of {count} samples' terms; the mean is over all {count}.",
  'formula.termsEach': "Each sample's term; the gradient is their mean.",
  'formula.outputNeuron': 'output {output}',

  // Forward: weighted input
  'formula.forward.explain':
    'Each neuron of layer {layer} adds up its inputs {z}, each multiplied by the weight of its edge, plus its bias: the weighted input a.',
  'formula.forward.explainNoBias':
    'Each neuron of layer {layer} adds up its inputs {z}, each multiplied by the weight of its edge: the weighted input a.',
  'formula.forward.neuron': 'neuron {neuron}, numbers of this sample',
  'formula.forward.nonzero':
    'neuron {neuron}: the first terms with a nonzero input ({zeros} of {count} inputs are 0)',
  'formula.forward.dropout': 'dropout: dropped units pass 0, kept ones are scaled by 1/(1−p)',
  'formula.forward.inputNote': 'z⁽⁰⁾ = x: the sample’s input (its features).',

  // Forward: activation
  'formula.activation.explain':
    'Each neuron passes its weighted input through the activation function h = {act}.',
  'formula.activation.softmaxExplain':
    "Softmax turns the output layer's weighted inputs into probabilities.",
  'formula.activation.neuron': 'neuron {neuron}',
  'formula.activation.softmaxLayer': 'the whole layer',
  'formula.activation.softmaxOutput': 'output {output}: a probability; the outputs add up to 1',
  'formula.activation.sigmoid': 'σ(a) = 1 / (1 + e⁻ᵃ), between 0 and 1',
  'formula.activation.tanh': 'tanh, between −1 and 1',
  'formula.activation.relu': 'ReLU(a) = max(0, a): negative inputs become 0',
  'formula.activation.leakyRelu': 'Leaky ReLU: a for a > 0, else α·a',
  'formula.activation.elu': 'ELU: a for a > 0, else α(eᵃ − 1)',
  'formula.activation.linear': 'linear: z = a',
  'formula.activation.dropped': 'dropped for this sample',
  'formula.activation.kept': 'kept, scaled by 1/(1−p)',
  'formula.activation.dropoutNote':
    'Dropout p = {p}: each unit of layer {layer} is dropped with probability p for this sample; the kept ones are multiplied by 1/(1−p) so the expected input of the next layer is unchanged (inverted dropout; off at test time).',
  'formula.activation.outputNote': "ŷ = {z} is the network's output.",

  // Loss and output delta
  'formula.loss.explain': 'The cost measures how far this sample’s output ŷ is from its target y.',
  'formula.loss.caption': '{loss}; ŷ = {z} is the output, y the target',
  'formula.loss.stableNote':
    'Computed from the logits a⁽ᴸ⁾ in a fused, numerically stable form (log-sum-exp), so a confident wrong answer never gives ln 0.',
  'formula.loss.batchNote':
    "Batch loss: the mean of the {count} samples' costs = {loss}. Gradients are means too.",
  'formula.outputDelta.explain':
    'The output delta: how the cost changes with the output neuron’s weighted input.',
  'formula.outputDelta.explainBce':
    'The output delta: how the cost changes with the output neuron’s weighted input. With a sigmoid output and cross-entropy, σ′(a) cancels out of the chain rule.',
  'formula.outputDelta.explainCce':
    'The output delta: how the cost changes with the output neuron’s weighted input. With softmax and cross-entropy the whole Jacobian collapses to ŷ − y.',
  'formula.outputDelta.bce': 'sigmoid + cross-entropy: σ′ cancels',
  'formula.outputDelta.cce': 'softmax + cross-entropy: ŷ − y for a one-hot target',
  'formula.outputDelta.softmax':
    'squared error through the softmax Jacobian ∂ŷⱼ/∂aₖ = ŷⱼ(δⱼₖ − ŷₖ)',
  'formula.outputDelta.chain': '∂C/∂ŷ times h′ (chain rule)',
  'formula.outputDelta.derivative': 'the derivative of {act}, from its output',
  'formula.outputDelta.linearNote': 'A linear output has h′ = 1.',

  // Backward
  'formula.backward.explain':
    'Backpropagation: the deltas of layer {above} flow back through the weights {W} to layer {layer}, reusing {delta} instead of differentiating every weight separately.',
  'formula.backward.neuronOne':
    'neuron {neuron}: the delta above, sent back along its outgoing edge',
  'formula.backward.neuronMany':
    'neuron {neuron}: the deltas above, sent back along its {count} outgoing edges',
  'formula.backward.gateNote':
    'On the computational graph, each edge is a multiply gate: the delta above comes back multiplied by the edge’s weight; the add gate at the neuron sums what arrives; h′ scales the sum.',
  'formula.backward.droppedNote':
    'Neuron {neuron} was dropped for this sample (m = 0): no gradient flows through it.',
  'formula.backward.keptNote':
    'Dropout: neuron {neuron} was kept (m = 1/(1−p)), so its delta is scaled like its output.',
  'formula.backward.reluNote': 'ReLU is flat for a ≤ 0: h′ = 0 stops the gradient here.',

  // Gradients
  'formula.gradients.explain':
    'Every weight of layer {layer} gets its gradient from numbers already known: the delta at its head and the activation at its tail, averaged over the batch.',
  'formula.gradients.one': 'one sample: δ zᵀ and δ',
  'formula.gradients.mean': 'the mean over the batch of {count} samples',
  'formula.gradients.weight': 'the weight from neuron {from} of layer {below} to neuron {to}',
  'formula.gradients.weightFromInput': 'the weight from input {from} to neuron {to}',
  'formula.gradients.bias': 'the bias: its input is always 1',
  'formula.gradients.total': 'mean (the gradient)',
  'formula.gradients.gateNote':
    'A multiply gate again: the gradient of a weight is the delta of the neuron it feeds times the value that came in along it.',

  // Update
  'formula.update.explain':
    '{optimizer} moves every weight and bias of layer {layer} against its gradient. Until now the network still had its old weights: this is the moment they change.',
  'formula.update.gradient': 'the batch-mean gradient',
  'formula.update.regularized': 'gradient plus the regularization term (weights only)',
  'formula.update.step': 'the effective step',
  'formula.update.rate': 'Learning rate η = {eta}.',
  'formula.update.scheduledRate':
    "Learning rate η = {eta} in force (the schedule's value at this step; η₀ = {eta0}).",
  'formula.update.l2Note':
    "Regularization adds λ₂w (λ₂ = {l2}) to each weight's gradient; biases are not penalized.",
  'formula.update.l1Note':
    "Regularization adds λ₁·sign(w) (λ₁ = {l1}) to each weight's gradient; biases are not penalized.",
  'formula.update.bothNote':
    "Regularization adds λ₂w (λ₂ = {l2}) and λ₁·sign(w) (λ₁ = {l1}) to each weight's gradient; biases are not penalized.",
  'formula.update.stateNote':
    "The optimizer's state ({state}) is per parameter and carries over from step to step.",
  'formula.state.velocity': 'velocity v',
  'formula.state.squares': 'sum of squared gradients G',
  'formula.state.meanSquare': 'mean squared gradient E',
  'formula.state.moments': 'm and v, and the count t',
  'formula.optimizer.momentum': 'Momentum',
  'formula.optimizer.nesterov': 'Nesterov momentum',

  // The optimizers' lines
  'formula.line.sgd': 'a step down the gradient',
  'formula.line.velocity': 'velocity: a running sum of past steps',
  'formula.line.nesterovVelocity': 'velocity, as for Momentum',
  'formula.line.lookAhead': 'the look-ahead step, with g taken at the stored weights',
  'formula.line.squares': 'the sum of all squared gradients so far',
  'formula.line.meanSquare': 'a moving average of squared gradients',
  'formula.line.epsilon': 'ε outside the root',
  'formula.line.firstMoment': 'first moment: a moving average of g',
  'formula.line.secondMoment': 'second moment: a moving average of g²',
  'formula.line.biasCorrection': 'bias correction at t = {t}: m and v start at 0',
  'formula.line.decay':
    'decoupled weight decay: the weight shrinks, outside the gradient and the moments',
  'formula.line.adamwStep': 'Adam’s step, taken from the decayed weight',
  'formula.line.adamwTotal': 'the effective step: decay and adaptive step together',
} as const;

/**
 * The step inspector's and the network graph's words in English; see `./ui.ts` for the
 * conventions. Formulas and numbers stay as they are; sentences around them are templates.
 */
export const enInspector = {
  'inspector.terms.firstOf':
    "The first {shown} of {count} samples' terms; the mean is over all {count}.",
  'inspector.norm.termsEach': "Each sample's numbers; the last row is their mean.",
  'inspector.norm.meanCaption': "μ_B: this neuron's a averaged over the batch of {count} samples",
  'inspector.norm.varianceCaption': 'σ²_B: the biased variance (divided by m, not m − 1)',
  'inspector.norm.meanRow': 'mean (μ_B, σ²_B)',
  'inspector.norm.statisticsExplain':
    'Batch norm needs the whole batch: every neuron of layer {layer} takes the mean μ_B and the variance σ²_B of its weighted input a over the samples of the mini-batch.',
  'inspector.norm.statisticsNote':
    "From this layer on the batch's samples are coupled: each sample's â depends on every a of the batch through μ_B and σ²_B.",
  'inspector.norm.runningNote':
    'After the step the running estimates, which everything but a training step uses, are μ_run = {mean} and σ²_run = {variance}: μ_run ← 0.9·μ_run + 0.1·μ_B, σ²_run ← 0.9·σ²_run + 0.1·σ²_B·m/(m−1).',
  'inspector.norm.hatCaption':
    'normalized: mean 0 and variance 1 over the batch; ε keeps the division safe',
  'inspector.norm.yCaption': "scaled by γ and shifted by β, both learned; β takes the bias's role",
  'inspector.norm.forwardExplain':
    "Each neuron of layer {layer} normalizes this sample's weighted input with the batch's μ_B and σ²_B, then scales and shifts it: y = γ·â + β goes into the activation function.",
  'inspector.norm.epsilonNote':
    'ε = 10⁻⁵: a neuron whose a is the same on every sample (σ²_B = 0) gets â = 0 instead of a division by 0.',
  'inspector.norm.evaluationNote':
    "This is a training step, so the batch's statistics are used; the test loss, the output maps and the focus sample use the running estimates μ_run and σ²_run instead.",
  'inspector.norm.gammaGradCaption': 'γ multiplies â: ∂C/∂y times â, averaged over the batch',
  'inspector.norm.betaGradCaption': 'β is added: ∂C/∂y averaged over the batch',
  'inspector.norm.gradientRow': 'mean (∂C/∂β, ∂C/∂γ)',
  'inspector.norm.gradientsExplain':
    "Backward through batch norm: ∂C/∂y has arrived at every sample of layer {layer}, and γ and β get their gradients from it, averaged over the batch like the weights'.",
  'inspector.norm.gradientsNote':
    'γ and β are trained by the optimizer like the weights, with their own optimizer state; L1/L2 regularization does not apply to them.',
  'inspector.norm.threeTermsCaption':
    'a reaches the cost three ways: through its own â, through σ²_B and through μ_B',
  'inspector.norm.directCaption': 'directly, through â (μ_B and σ²_B held fixed)',
  'inspector.norm.viaVarianceCaption': 'through σ²_B: every a of the batch moves the variance',
  'inspector.norm.viaMeanCaption': 'through μ_B: every a of the batch moves the mean',
  'inspector.norm.sumCaption':
    'the three terms add up to δ, which flows on to W and the layer below',
  'inspector.norm.backwardExplain':
    "Batch norm coupled the batch's samples on the way forward, so on the way back the gradient of each sample's a has three terms: its own path through â, and the paths through the shared μ_B and σ²_B.",
  'inspector.norm.backwardNote':
    "Summed over the batch, a neuron's δ is 0: when every a of the batch shifts by the same amount, batch norm's output does not change.",
  'inspector.norm.sumOfCostsNote':
    "As everywhere in the inspector, δ is the derivative of the sum of the batch's costs; the gradients of W, γ and β divide it by m.",
  'inspector.layer.output': 'output layer',
  'inspector.layer.hidden': 'hidden layer {layer}',
  'inspector.title.loss': 'Loss · the cost C of this sample',
  'inspector.title.outputDelta': 'Backward · output delta {delta} = ∂C/∂{a}',
  'inspector.title.gradients':
    'Gradients · layer {layer} · ∂C/∂{W} and ∂C/∂{b}, mean over the batch',
  'inspector.title.gradientsNoBias': 'Gradients · layer {layer} · ∂C/∂{W}, mean over the batch',
  'inspector.title.update': 'Update · layer {layer} · {optimizer}',
  'inspector.title.forwardLinear': 'Forward · {where} · weighted input {a}',
  'inspector.title.forwardActivation': 'Forward · {where} · activation {z} = h({a})',
  'inspector.title.backwardDelta': 'Backward · {where} · delta {delta}',
  'inspector.title.backwardToNorm': 'Backward · {where} · ∂C/∂{y}, arriving at batch norm',
  'inspector.title.normStatistics': 'Batch norm · {where} · μ_B and σ²_B over the batch',
  'inspector.title.normForward': 'Batch norm · {where} · â and {y} = γ·â + β',
  'inspector.title.normGradients': 'Batch norm · {where} · ∂C/∂γ and ∂C/∂β, mean over the batch',
  'inspector.title.normBackward': 'Batch norm · {where} · {delta} = ∂C/∂a through â, σ²_B and μ_B',
  'inspector.scope.one': 'the one sample',
  'inspector.scope.batch': 'the whole batch of {count}',
  'inspector.sample': 'sample {position} of {count} ({index})',
  'inspector.sample.custom': 'your values',
  'inspector.detail.label': 'Current operation',
  'inspector.detail.allValues': 'Show all values',
  'inspector.detail.sampleColumn': 'sample',
  'inspector.timeline.label': 'All operations of this step',
  'inspector.timeline.batch': 'batch',
  'inspector.timeline.batchOne': 'gradients (mean over the sample) and the update',
  'inspector.timeline.batchAll': 'gradients (mean over all {count}) and the update',
  'inspector.timeline.sample': 'sample {position} · {index}',
  'inspector.timeline.output': 'loss',
  'inspector.timeline.outputTitle': "each sample's loss and output delta",
  'inspector.timeline.forward': 'layer {layer} →',
  'inspector.timeline.forwardTitle':
    'layer {layer} forward, all {count} samples (batch norm couples them)',
  'inspector.timeline.backward': 'layer {layer} ←',
  'inspector.timeline.backwardTitle':
    'layer {layer} backward, all {count} samples (batch norm couples them)',
  'inspector.timeline.chip': 'Operation {number}: {title}, {scope}',
  'inspector.update.normNote':
    "Layer {layer} has no bias: batch norm's β takes its role. γ and β are updated by the same optimizer, without regularization.",
  'inspector.table.inputs': 'Inputs: layer {layer}',
  'inspector.table.weights':
    '{W} (row j = neuron of layer {layer}, column i = neuron of layer {below})',
  'inspector.table.weightsBack':
    '{W} (row k = neuron of layer {above}, column j = neuron of layer {layer})',
  'inspector.table.layer': 'Layer {layer}',
  'inspector.table.output': 'Output layer',
  'inspector.table.batchMean': '{symbol} (batch mean)',
  'inspector.table.perSample': '{symbol} of each sample',
  'inspector.table.passedOn': '{symbol} of each sample (as passed on)',
  'inspector.table.before': '{symbol} before',
  'inspector.table.after': '{symbol} after',
  'inspector.table.gradient': 'g = ∂C/∂{W}',
  'inspector.table.gradientRegularized': 'g = ∂C/∂{W} + regularization',
  'inspector.table.stateOf': '{state} ({W})',
  'inspector.table.step': 'Δw: the effective step',
  'inspector.table.biases': 'Biases of layer {layer}',
  'inspector.table.norm': 'Batch norm of layer {layer}',
  'inspector.table.neuron': 'neuron',
  'inspector.table.sample': 'sample',
  'inspector.table.via': 'through {symbol}',
  'inspector.forward.normNote':
    "Layer {layer} is batch-normalized: this a is normalized over the batch next, and β takes the bias's role (the layer has none).",
  'inspector.backward.normNote':
    'Layer {layer} is batch-normalized: this is ∂C/∂y, the gradient at the output of the normalization; the next operations carry it back through γ, â, σ²_B and μ_B to δ = ∂C/∂a.',
  'inspector.heading': 'Step inspector',
  'inspector.intro':
    "Walk through one training step operation by operation: each layer forward (a = Wz + b, then z = h(a)), the loss, the output delta, each layer backward (δ⁽ˡ⁾ = h′(a⁽ˡ⁾) ⊙ W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾), the gradients and the optimizer's update — with the actual numbers. The graph highlights what each operation reads and writes.",
  'inspector.introOr': 'or',
  'inspector.introKeys': 'steps one operation from anywhere.',
  'inspector.summary':
    'Step {step} (epoch {epoch}) · {batch} · {loss} · {optimizer}, η = {eta} · batch loss {batchLoss}',
  'inspector.summary.one': 'one sample ({index})',
  'inspector.summary.batch': 'mini-batch of {count} samples',
  'inspector.diverged':
    'This step diverged ({message}): no update was applied, the network kept its weights.',
  'inspector.handPicked':
    'This step trained on a hand-picked or typed-in sample instead of the next mini-batch; the link records it, so a shared link replays it exactly.',
  'network.layer.input': 'Input',
  'network.layer.output': 'Output',
  'network.layer.hidden': 'Hidden {layer}',
  'network.neuron.input': 'Input {name}',
  'network.neuron.output': 'Output {index}',
  'network.neuron.hidden': 'Neuron {index} of hidden layer {layer}',
  'network.phrase.input': 'input {name}',
  'network.phrase.output': 'output {index}',
  'network.phrase.hidden': 'neuron {index} of hidden layer {layer}',
  'network.bias.hidden': 'Bias of neuron {index} of hidden layer {layer}',
  'network.bias.output': 'Bias of output {index}',
  'network.norm.gamma': 'γ, the batch-norm scale of neuron {index} of hidden layer {layer}',
  'network.norm.beta': 'β, the batch-norm shift of neuron {index} of hidden layer {layer}',
  'network.tip.weightTitle': 'Weight {name}',
  'network.tip.weightSubtitle': 'from {from} to {to}',
  'network.tip.weight': 'weight',
  'network.tip.lastBatch': 'last batch',
  'network.tip.editWeight': 'Click to edit the weight',
  'network.tip.bias': 'bias',
  'network.tip.gamma': 'batch norm: scale',
  'network.tip.beta': 'batch norm: shift',
  'network.tip.inputSubtitle': 'value of the focus sample',
  'network.tip.inputValue': 'input value',
  'network.tip.neuronSubtitle': 'a, z, δ of the focus sample',
  'network.tip.select': 'Click to select',
  'network.tip.selectOrBias': 'Click to select · click the small square to edit the bias',
  'network.legend.label': 'Legend',
  'network.legend.node': 'node: activation z of the focus sample',
  'network.legend.nodeSigmoid': 'node: activation z of the focus sample (sigmoid: around ½)',
  'network.legend.nodeBackward': 'node: δ = ∂C/∂a of the focus sample, relative to the largest |δ|',
  'network.legend.edge': 'edge: weight {w}, width ∝ √|{w}|, blue +, red −',
  'network.legend.edgeGrad': 'edge: {w} of the last batch, width ∝ √|{w}|, blue +, red −',
  'network.legend.edgeChange':
    'edge: Δw, the change this update makes (thin grey: not updated yet), width ∝ √|Δw|',
  'network.legend.bias': '{b}: the bias, size ∝ √|{b}| (click to edit b)',
  'network.legend.norm':
    'batch norm: ◆ {gamma} (scale) and ■ {beta} (shift) per neuron, size ∝ √|value|; hover for the numbers',
  'network.legend.mapPlane': "square: the neuron's output over the input plane, ○ the focus sample",
  'network.legend.mapLine': "square: the neuron's output along the input line, ○ the focus sample",
  'network.legend.wide':
    'wide layers: one cell per neuron, only the strongest edges drawn, opacity ∝ |{w}|',
  'network.label': 'Network graph',
  'network.mode.label': 'What the graph shows',
  'network.mode.forward': 'Forward',
  'network.mode.forwardTitle': 'Forward pass: activations z on the nodes, weights w on the edges',
  'network.mode.backward': 'Backward',
  'network.mode.backwardTitle':
    'Backward pass: deltas δ on the nodes, gradients ∂C/∂w on the edges',
  'network.mode.change': 'Weight change Δw',
  'network.mode.changeTitle':
    "Weight change Δw: the inspected step's update of each weight, on the edges",
  'inspector.nav.label': 'Operations',
  'inspector.nav.previous': 'Previous operation',
  'inspector.nav.previousTitle': 'Previous operation (← here, Shift+← anywhere)',
  'inspector.nav.previousButton': '‹ Previous',
  'inspector.nav.position': 'Operation {index} of {count}',
  'inspector.nav.next': 'Next operation',
  'inspector.nav.nextTitle': 'Next operation (→ here, Shift+→ or . anywhere)',
  'inspector.nav.nextButton': 'Next ›',
  'inspector.nav.finish': 'Finish step',
  'inspector.nav.finishTitle':
    'Close the inspector: the network is already in its state after this step',
  'inspector.picker.output': 'Output',
  'inspector.picker.neuron': 'Neuron of layer {layer}',
  'inspector.picker.fromInput': 'from input',
  'inspector.picker.from': 'from neuron of layer {layer}',
  'inspector.play.label': 'Play the step',
  'inspector.play.title':
    "Play the step: walk through its operations on a timer; values travel forward and deltas backward along the graph's edges",
  'inspector.play.play': '▶ Play the step',
  'inspector.play.pause': '❚❚ Pause',
  'inspector.play.pace': 'Pace of Play the step',
  'inspector.stepOp.label': 'Step one operation',
  'inspector.stepOp.nextTitle':
    'Step one operation: the next operation of the step being inspected (. or Shift+→)',
  'inspector.stepOp.startTitle':
    'Step one operation: start a training step and walk through it (. or Shift+→)',
  'network.title': 'Network',
  'network.building': 'Building the network…',
  'network.shape': '{sizes} · {count} parameters',
  'network.shapeOne': '{sizes} · {count} parameter',
  'network.grid.input': 'Input layer: {size} pixels; arrow keys move, Enter selects',
  'network.grid.inputNeurons': 'Input layer: {size} neurons; arrow keys move, Enter selects',
  'network.grid.output': 'Output layer: {size} neurons; arrow keys move, Enter selects',
  'network.grid.hidden': 'Hidden layer {layer}: {size} neurons; arrow keys move, Enter selects',
  'network.edit.set': 'Set',
  'network.edit.cancel': 'Cancel',
  'network.edit.empty': 'Type a number, e.g. 0.5 or −1.2',
  'network.edit.notNumber': '“{text}” is not a number',
  'network.edit.tooBig': 'Use a value between −1e6 and 1e6',
} as const;

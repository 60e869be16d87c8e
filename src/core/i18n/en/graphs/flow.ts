/** The gradient-flow view: its charts, histograms, ratio caption and gradient check. */
export const enFlow = {
  'flow.title': 'Gradient flow',
  'flow.notReady': 'The gradient flow appears when the run is ready.',
  'flow.layer': 'layer {layer}',
  'flow.layerCapital': 'Layer {layer}',
  'flow.line': 'layer {layer} ({activation})',
  'flow.lineOutput': 'layer {layer} ({activation}, output)',
  'flow.lineDead': '{line}: % dead',
  'flow.lineSaturated': '{line}: % saturated',
  'flow.logScale': 'log scale',
  'flow.grad.title': 'mean |∂C/∂W| per layer',
  'flow.grad.description':
    'Mean absolute weight gradient of each layer against the training step, on a log scale',
  'flow.update.title': 'update / weight ‖ΔW‖/‖W‖',
  'flow.update.description':
    "Size of each layer's last weight update relative to its weights, against the training step, on a log scale",
  'flow.units.title': '% dead (ReLU, dashed) · % saturated (σ, tanh)',
  'flow.units.description':
    'Share of dead ReLU units and of saturated sigmoid or tanh units in each layer, against the training step',
  'flow.units.none': 'No ReLU, sigmoid or tanh layer in this network',
  'flow.band': 'typical healthy ≈ 1e-3',
  'flow.waiting': 'Train a step: the lines start here',
  'flow.legend': 'Layers, with their mean |∂C/∂W| now',
  'flow.hist.activations': 'activations z (last batch)',
  'flow.hist.gradients': 'gradients ∂C/∂W (now)',
  'flow.hist.outputLayer': '{activation} · out',
  'flow.hist.activationLabel': "Histogram of layer {layer}'s activations over the last batch",
  'flow.hist.gradientLabel': "Histogram of layer {layer}'s weight gradients at the current step",
  'flow.hist.saturated': 'saturated: h′ is nearly 0 here',
  'flow.hist.noBatch': 'no batch yet',
  'flow.hist.noGradient': 'no gradient yet',
  'flow.hist.sd': 'sd {sd}',
  'flow.hist.sdDead': 'sd {sd} · {share}% dead',
  'flow.hist.sdSaturated': 'sd {sd} · {share}% sat.',
  'flow.ratio.label': 'last/first layer gradient ratio (mean |∂C/∂W| of layer {last} ÷ layer 1):',
  'flow.ratio.cutOff':
    'no gradient reaches layer 1 at all: the units between are dead or saturated',
  'flow.ratio.vanishing':
    'vanishing gradients: layer 1 gets {ratio}× less gradient than layer {last}, so it barely learns',
  'flow.ratio.exploding':
    'exploding gradients: layer 1 gets {ratio}× more gradient than layer {last}',
  'flow.ratio.balanced': 'within 100× either way: gradients reach the first layer',
  'flow.ratio.negligible':
    'no layer gets a gradient worth the name (layer 1: {first}, the last: {last}), so nothing learns',
  'flow.ratio.oneLayer': 'one layer: nothing to compare',
  'flow.ratio.flat':
    'no gradient flows at all: every unit is dead or saturated, or the loss is flat',
  'flow.ratio.notYet': 'no gradient yet: take a step',
  'flow.check': 'Gradient check',
  'flow.check.button': 'Check gradients',
  'flow.check.pending': 'Checking…',
  'flow.check.what': 'Backpropagation against finite differences, on the network as it is now.',
  'flow.check.layer': 'layer',
  'flow.check.relativeError': 'relative error',
  'flow.check.relativeErrorTitle': '‖g − ĝ‖ / (‖g‖ + ‖ĝ‖): backprop g against finite differences ĝ',
  'flow.check.parameters': 'parameters',
  'flow.check.verdict': 'verdict',
  'flow.check.agrees': 'agrees',
  'flow.check.close': 'close',
  'flow.check.disagrees': 'disagrees',
  'flow.check.rounding': 'rounding: gradients ≈ {gradient} limit a finite difference to ≈ {limit}',
  'flow.check.kink': 'near a kink? A finite difference across ReLU’s 0 is off',
  /** Subscripts of g in the check's formulas: the gradient by backpropagation, by finite differences. */
  'flow.check.subBackprop': 'backprop',
  'flow.check.subNumeric': 'numeric',
  'flow.check.note':
    'Relative error {error}, with {numeric}, h = 10⁻⁵ and C averaged over the first {samples} training samples; {compared} weights and biases compared (up to 64 of each per layer). ✓ below 10⁻⁶, ~ below 10⁻³, ✗ above.',
  'flow.check.noteAtStep':
    'Relative error {error}, with {numeric}, h = 10⁻⁵ and C averaged over the first {samples} training samples; {compared} weights and biases compared (up to 64 of each per layer), at step {step}. ✓ below 10⁻⁶, ~ below 10⁻³, ✗ above.',
} as const;

/** English texts of one area of the lab; see `./ui.ts` for the conventions. */
export const enDigits = {
  'digits.panel': 'Handwritten digits',
  'digits.heading': 'Handwritten digits at full scale',
  'digits.parameters': '{sizes} network: {count} parameters',
  'digits.weightsTitle': 'First-layer weights as images',
  'digits.gradsTitle': 'First-layer gradients ∂C/∂W⁽¹⁾ as images',
  'digits.weightsCaption':
    'Each picture is one neuron of layer 1: its {inputs} incoming weights w⁽¹⁾ⱼᵢ laid out as the {side}×{side} image. Blue positive, red negative, white 0; scale ±{scale}. Click one to select its neuron in the graph.',
  'digits.gradsCaption':
    'Backward mode: each picture is one neuron’s ∂C/∂w⁽¹⁾ⱼᵢ over the last batch, laid out as the {side}×{side} image. Blue positive, red negative; scale ±{scale}.',
  'digits.weightsCanvas':
    'Layer-1 neurons as {side}×{side} weight images, {count} of them. Arrow keys choose a neuron; Enter selects it in the graph.',
  'digits.gradsCanvas':
    'Layer-1 neurons as {side}×{side} gradient images, {count} of them. Arrow keys choose a neuron; Enter selects it in the graph.',
  'digits.activeNeuron': 'Neuron {index} of layer 1',
  'digits.selectedNeuron': 'Neuron {index} of layer 1 is selected in the graph.',
  'digits.firstShown': 'Layer 1 has {count} neurons; the first {shown} are drawn.',
  'digits.confusionTitle': 'Confusion matrix',
  'digits.confusionCaptionTest':
    'Rows: the true digit, columns: the prediction, over {count} test samples at step {step}. Click a cell to see its samples.',
  'digits.confusionCaptionTrain':
    'Rows: the true digit, columns: the prediction, over {count} training samples at step {step}. Click a cell to see its samples.',
  'digits.confusionWaiting': 'Waiting for the first evaluation…',
  'digits.setLabel': 'Samples',
  'digits.setTest': 'Test set',
  'digits.setTrain': 'Training set',
  'digits.trueAxis': 'true ↓',
  'digits.predictedAxis': 'predicted →',
  'digits.classAccuracy': 'right',
  'digits.cellLabel': 'True {truth}, predicted {predicted}: {count} samples',
  'digits.classAccuracyLabel': 'Digit {digit}: {percent}% predicted right',
  'digits.cellSamplesTitle': 'True {truth}, predicted {predicted}: {count} samples',
  'digits.cellSamplesMore': 'The first {shown} of {count} are shown.',
  'digits.cellEmpty': 'No sample of {truth} was predicted as {predicted}.',
  'digits.sampleTrain': 'Training sample {index}: make it the focus sample',
  'digits.sampleTest': 'Test sample {index}: put it on the drawing pad',
  'digits.samplesHintTrain':
    'Click a sample to make it the focus sample: the graph, the output view and the step inspector follow it.',
  'digits.samplesHintTest':
    'The network never trains on test samples: click one to put it on the drawing pad and see its answer.',
  'digits.closeCell': 'Close',
  'digits.padTitle': 'Draw a digit',
  'digits.padLabel': 'Drawing pad',
  'digits.padHelp':
    'Draw with the mouse, a finger or a pen. Keyboard: arrow keys move the pen (with Shift, faster), Space puts it down or lifts it, Delete clears.',
  'digits.penDown': 'Pen down',
  'digits.penUp': 'Pen up',
  'digits.clear': 'Clear',
  'digits.seenAs': 'What the network sees ({side}×{side}): fitted into 20×20, centred by its mass',
  'digits.seenAsLabel': 'The drawing after preprocessing, {side}×{side} pixels',
  'digits.predictionTitle': 'Prediction',
  'digits.predictionEmpty': 'Draw a digit to see what the network makes of it.',
  'digits.predictionStep': 'The network after step {step} reads it as {digit}.',
  'digits.predictionBars': 'Probability per digit',
  'digits.predictionFailed': 'No prediction: {message}',
  'digits.labelPicker': 'It is a',
  'digits.inspect': 'Inspect this digit',
  'digits.inspectHint':
    'Opens the step inspector on your digit as a typed-in sample: one training step on it, forward and backward, operation by operation.',
} as const;

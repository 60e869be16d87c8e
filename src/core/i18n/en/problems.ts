/**
 * English texts of the problems found in a link or a run's settings, and of the field labels
 * they name. `{noun}` is a field's label as it reads in a sentence; `{value}` a quoted value
 * (already shortened and escaped); `{using}` what was used instead. See `./ui.ts` for the
 * conventions.
 */
export const enProblems = {
  // Values and lists shown inside problems.
  'problem.raw': '{text}',
  'problem.value.list': 'a list',
  'problem.value.object': 'an object',
  'problem.value.none': 'none',
  'problem.list.andMore': '{list} and {count} more',
  'problem.more': '…and {count} more',

  // The labels of the settings (as the controls name them; messages lower the first letter).
  'field.seed': 'Seed',
  'field.data.dataset': 'Dataset',
  'field.data.samples': 'Samples',
  'field.data.noise': 'Noise',
  'field.data.testFraction': 'Test fraction',
  'field.data.classes': 'Classes',
  'field.data.features': 'Features',
  'field.data.normalize': 'Normalize inputs',
  'field.data.digitSize': 'Digit size',
  'field.data.csv': 'CSV data',
  'field.data.csvTargets': 'CSV target columns',
  'field.data.csvTask': 'CSV task',
  'field.network.hidden': 'Hidden layers',
  'field.network.output.activation': 'Output activation',
  'field.network.output.bias': 'Output bias',
  'field.network.loss': 'Loss',
  'field.network.init.kind': 'Initialization',
  'field.network.init.scale': 'Initialization scale',
  'field.network.leakySlope': 'Leaky ReLU slope',
  'field.network.eluAlpha': 'ELU alpha',
  'field.training.optimizer.kind': 'Optimizer',
  'field.training.optimizer.learningRate': 'Learning rate',
  'field.training.optimizer.momentum': 'Momentum',
  'field.training.optimizer.rho': 'Rho (RMSprop)',
  'field.training.optimizer.beta1': 'Beta 1 (Adam)',
  'field.training.optimizer.beta2': 'Beta 2 (Adam)',
  'field.training.optimizer.epsilon': 'Epsilon',
  'field.training.optimizer.weightDecay': 'Weight decay (AdamW)',
  'field.training.schedule.kind': 'Learning-rate schedule',
  'field.training.schedule.decay': 'Decay',
  'field.training.schedule.gamma': 'Decay factor gamma',
  'field.training.schedule.every': 'Drop every (epochs)',
  'field.training.schedule.cycleLow': 'Lowest learning rate (cyclic)',
  'field.training.schedule.cycleSteps': 'Cycle length (steps)',
  'field.training.batchSize': 'Batch size',
  'field.training.regularization.kind': 'Regularization',
  'field.training.regularization.rate': 'Regularization rate',
  'field.training.regularization.l1Ratio': 'L1 ratio',
  'field.initialParams': 'Initial parameters',
  'field.open.step': 'Open at step',
  'field.open.view': 'Open view',
  'field.open.focusSample': 'Focus sample',
  'field.open.inspectOp': 'Inspected operation',
  'field.open.graphExpression': 'Graph expression',
  'field.open.graphValues': 'Graph values',
  'field.open.graphStep': 'Graph backward step',
  'field.layer.size': 'Width',
  'field.layer.activation': 'Activation',
  'field.layer.bias': 'Bias',
  'field.layer.dropout': 'Dropout',
  'problem.bound.learningRate': 'the learning rate',

  // Groups of settings that should be objects.
  'problem.section.data': 'data settings',
  'problem.section.network': 'network settings',
  'problem.section.output': 'output layer settings',
  'problem.section.init': 'initialization settings',
  'problem.section.training': 'training settings',
  'problem.section.optimizer': 'optimizer settings',
  'problem.section.schedule': 'schedule settings',
  'problem.section.regularization': 'regularization settings',
  'problem.section.open': 'open-at settings',

  // One field's value.
  'problem.number.notInteger': '{noun} {value} is not an integer; using {using}',
  'problem.number.notNumber': '{noun} {value} is not a number; using {using}',
  'problem.number.notFinite': '{noun} {value} is not a finite number; using {using}',
  'problem.number.mustBeAbove': '{noun} {value} must be above {bound}; using {using}',
  'problem.number.belowMinimum': '{noun} {value} is below the minimum {bound}; using {using}',
  'problem.number.mustBeBelow': '{noun} {value} must be below {bound}; using {using}',
  'problem.number.aboveLimit': '{noun} {value} is above the limit {bound}; using {using}',
  'problem.number.aboveNamed': '{noun} {value} is above {name} {bound}; using {using}',
  'problem.choice.unknown': 'unknown {noun} {value}; using {using}',
  'problem.boolean.notBoolean': '{noun} {value} is not true or false; using {using}',
  'problem.subset.notList': '{noun} {value} is not a short list; using {using}',
  'problem.subset.item': '{value} (item {item})',
  'problem.subset.unknownOne': 'unknown {values} in {noun}; leaving it out',
  'problem.subset.unknownMany': 'unknown {values} in {noun}; leaving them out',
  'problem.subset.repeated': '{values} listed more than once in {noun}; keeping the first',
  'problem.subset.empty': '{noun} list is empty; using {using}',
  'problem.text.notText': '{noun} {value} is not text; using {using}',
  'problem.text.tooLongNone': '{noun} has {length} characters, above the limit {limit}; using none',
  'problem.text.tooLongCut':
    '{noun} has {length} characters, above the limit {limit}; keeping the first {cut} (whole lines)',
  'problem.text.brokenUnicode':
    '{noun} contains broken unicode characters; replaced them with \ufffd',

  // The whole settings object and fields that depend on each other.
  'problem.config.unreadable': 'the run settings could not be read; using the defaults',
  'problem.config.notObject': 'the run settings {value} are not an object; using the defaults',
  'problem.config.mathsVersion':
    'maths version {value} is not one of {versions}; using version {using}',
  'problem.config.sectionNotObject':
    '{section} {value} are not an object; using the defaults for them',
  'problem.config.lossNeedsOutput':
    "loss '{loss}' needs a {needed} output, but the output is {output}; using {using}",
  'problem.budget.batchWork':
    'batch size {batch} with these layers needs {needed} million multiply-adds per step, above the budget of {budget} million; using batch size {using}',
  'problem.budget.batchMemory':
    'batch size {batch} with these layers needs {needed} MB of data and activations, above the budget of {budget} MB; using batch size {using}',
  'problem.budget.samplesMemory':
    '{samples} samples with batch size {batch} need {needed} MB of data and activations, above the budget of {budget} MB; using {using} samples',

  // Hidden layers.
  'problem.layers.notList': '{noun} {value} is not a list; using {using}',
  'problem.layers.tooMany': '{count} {noun} exceed the limit {limit}; using the first {limit}',
  'problem.layers.notLayer': 'hidden layer {layer} {value} is not a layer; using {using}',
  'problem.layers.batchNorm':
    'hidden layer {layer} batch normalization {value} is not true or false; leaving it off',
  'problem.layers.field': 'hidden layer {layer} {field}',

  // Explicit initial parameters.
  'problem.params.weightsOf': 'initial weights of layer {layer}',
  'problem.params.biasesOf': 'initial biases of layer {layer}',
  'problem.params.dropped': '{why}; ignoring them and using the initializer',
  'problem.params.notLists': 'initial parameters {value} are not weight and bias lists',
  'problem.params.listCount':
    'initial parameters have {weights} weight and {biases} bias lists, but the network has {layers} layers ({hidden} hidden + output)',
  'problem.params.notList': '{noun} are not a list',
  'problem.params.empty': '{noun} are empty',
  'problem.params.listTooLong': '{noun} have {count} numbers, above the limit {limit}',
  'problem.params.tooMany': 'initial parameters have {count} numbers, above the limit {limit}',
  'problem.params.entryNotNumber': '{noun}, entry {entry} {value} is not a number',
  'problem.params.entryNotFinite': '{noun}, entry {entry} {value} is not a finite number',
  'problem.params.misfitLists':
    'initial parameters have {weights} weight and {biases} bias lists, but the network has {layers} layers; using the initializer instead',
  'problem.params.misfitWeights':
    '{noun} have {count} numbers, but {inputs} inputs × {neurons} neurons need {needed}; using the initializer instead',
  'problem.params.misfitNormBiases':
    '{noun} have {count} numbers, but a batch-normalized layer of {neurons} neurons needs {neurons} (β) or {all} (γ, β, μ, σ²); using the initializer instead',
  'problem.params.misfitBiases':
    '{noun} have {count} numbers, but the layer has {neurons} neurons; using the initializer instead',
  'problem.params.unusedBiases':
    'initial biases of layer {layer} are given, but that layer has no bias; ignoring them',

  // The live-change log.
  'problem.changes.notList': 'live changes {value} are not a list; using none',
  'problem.changes.tooMany':
    '{count} live changes are above the limit {limit}; using the first {limit}',
  'problem.changes.linkTooMany':
    'the link has {count} live changes, above the limit {limit}; reading the first {limit}',
  'problem.change.dropped': 'live change {number}: {why}; dropped it',
  'problem.change.droppedAt': 'live change {number} (step {step}): {why}; dropped it',
  'problem.change.notChange': '{value} is not a change',
  'problem.change.unreadable': '{value} is unreadable',
  'problem.change.badStep': 'step {value} is not a whole number from 0 to {max}',
  'problem.change.notLive': '{value} cannot change while training',
  'problem.change.notSetting': '{noun} is not a setting',
  'problem.change.notChoice': '{noun} {value} is not a choice',
  'problem.change.cannotChange': '{noun} cannot change while training',
  'problem.change.notNumber': '{noun} {value} is not a number',
  'problem.change.notWhole': '{noun} {value} is not a whole number',
  'problem.change.outOfRange': '{noun} {value} is out of range',
  'problem.change.weightOutside': 'the weight is outside any network',
  'problem.change.weightNotNumber': 'weight {value} is not a number',
  'problem.change.biasOutside': 'the bias is outside any network',
  'problem.change.biasNotNumber': 'bias {value} is not a number',
  'problem.change.badSamples':
    'the hand-picked samples are not a list of 1 to {max} sample numbers',
  'problem.change.badCustom': 'the typed-in sample is not lists of numbers',
  'problem.change.badKind': '{value} is not a kind of change',
  'problem.rule.aboveLimit': '{noun} {value} is above the limit {bound}',
  'problem.rule.aboveNamed': '{noun} {value} is above {name} {bound}',
  'problem.rule.belowMinimum': '{noun} {value} is below the minimum {bound}',
  'problem.rule.cyclic':
    'with it the lowest cyclic rate {low} would be above the learning rate {rate}',
  'problem.fit.dropped': 'live change {number} {change} {why}; dropped it',
  'problem.fit.note': 'live change {number} {change} {note}',

  // The link text itself.
  'problem.link.unreadable': 'the link could not be read; using the defaults',
  'problem.link.notText': 'the link is not text; using the defaults',
  'problem.link.tooLong':
    'the link has {count} characters, above the limit {limit}; reading only the first {limit}',
  'problem.link.tooManyPairs': 'the link has more than {limit} settings; ignoring the rest',
  'problem.link.unknownKeys': 'ignored unknown link keys {keys}',
  'problem.link.noVersion':
    'the link has no version (v=…) at its end, so it may have been cut off; reading it as version {current}',
  'problem.link.unknownVersion': 'link version {value} is unknown; reading it as version {current}',
  'problem.link.newerVersion':
    'link version {version} is newer than this app ({current}); reading what it can',
  'problem.link.wouldBeTooLong':
    'the link would have {count} characters, above the limit {limit}; share it without the initial parameters or with less CSV data',
  'problem.link.badCsvText': 'CSV data in the link is not valid base64url text; using none',
  'problem.link.tooManyLayers':
    'the link asks for {count} hidden layers, above the limit {limit}; using the first {limit}',
  'problem.link.layerOption': 'unknown layer option {value} in the link; ignoring it',
  'problem.link.paramLayers':
    'the link has {count} layers of initial parameters, above the limit {limit}; using the initializer',
  'problem.link.paramCount':
    'the initial parameters in the link have more numbers than the limits allow ({perLayer} per layer, {total} in all); using the initializer',
  'problem.link.paramsNoWeights':
    'the link has initial parameters without weights (w=…); using the initializer',
  'problem.link.paramsNoBiases':
    'the link has initial parameters without biases (b=…); using the initializer',
  'problem.link.notOneOf': '{key}: {value} is not one of {names}; ignored',
  'problem.link.embedEmpty': 'embed: no panel to show; showing the full page',

  // The optimizer race in a link.
  'problem.race.notFinite': '{subject} is not a finite number',
  'problem.race.notInteger': '{subject} is not an integer',
  'problem.race.outside': '{subject} is outside {interval}',
  'problem.race.unknownOptimizer': 'race run {run}: unknown optimizer {value}; the run is left out',
  'problem.race.unknownSetting': 'race run {run}: unknown setting {value}; ignored',
  'problem.race.badSetting': 'race run {run}: {why}; using {using}',
  'problem.race.unreadableChange': 'race change {value} is unreadable; ignored',
  'problem.race.changeAddressesNothing':
    'race change {value} addresses no run or setting of this race; ignored',
  'problem.race.badChange': 'race change {value}: {why}; ignored',
  'problem.race.badStart':
    'race start {value} is not two numbers in [−{limit}, {limit}]; using {using}',
  'problem.race.unknownSurface': 'race surface {value} is unknown; using {using}',
  'problem.race.tooManyRuns': 'the race has {count} runs; the first {limit} are kept',
  'problem.race.badStep': 'race step {value} is not a whole number from 0 to {max}; using 0',
  'problem.race.tooManyChanges': 'the race logs {count} changes; the first {limit} are kept',
  // The computational graph's expression and values.
  'problem.graph.badExpression': "graph expression '{expression}': {why}; using {using}",
  'problem.graph.badValues': "graph values '{values}': {why}; using {using}",
  'problem.graph.tooLong': 'the expression has {count} characters; at most {limit} are allowed',
  'problem.graph.numberTooLarge': "number '{number}' is too large at {at}",
  'problem.graph.unexpected': 'unexpected {what} at {at}',
  'problem.graph.character': 'character U+{code}',
  'problem.graph.number': 'number {text}',
  'problem.graph.end': 'end of expression',
  'problem.graph.tooDeep': 'the expression is nested too deeply at {at} (at most {limit} levels)',
  'problem.graph.unknownFunction': "unknown function '{name}' at {at}",
  'problem.graph.expectedParen': "expected '(' after {fn} at {at}",
  'problem.graph.oneArgument': '{fn} takes one argument, not {count}, at {at}',
  'problem.graph.arguments': '{fn} takes {wanted} arguments, not {count}, at {at}',
  'problem.graph.unclosed': "unexpected {what} at {at}: the '(' at {open} is not closed",
  'problem.graph.empty': 'the expression is empty',
  'problem.graph.unreadable': 'the expression could not be read',
  'problem.graph.tooManyNodes': 'the graph needs more than {limit} nodes; shorten the expression',
  'problem.graph.notComputed': 'the graph could not be computed',
  'problem.graph.noValue': "variable '{name}' (at {at}) has no value",
  'problem.graph.node': 'node {id} ({label})',
  'problem.graph.nodeAt': 'node {id} ({label}, written at {at})',
  'problem.graph.atNode': '{why} at {node}',
  'problem.graph.divideByZero': 'division by zero: {u} / 0',
  'problem.graph.varyingPower':
    'a power whose exponent depends on a variable needs a positive base, not {u},',
  'problem.graph.zeroNegativePower': '0 to a negative power (0^{v}) divides by zero',
  'problem.graph.realPower': 'a real power needs a positive base: {u}^{v} is not a real number',
  'problem.graph.log': 'log of a non-positive number: log({u})',
  'problem.graph.sqrt': 'square root of a negative number: sqrt({u})',
  'problem.graph.noFormula': "operation '{op}' has no formula",
  'problem.graph.overflow': 'the value overflows ({value})',
  'problem.graph.gradient': 'the gradient is not finite (slope {slope}) at {node}',
  'problem.graph.valueMissing': 'value {index} is missing',
  'problem.graph.valueNotNumber': "value {index} '{text}' is not a number",
  'problem.graph.tooManyValues': 'more values than the {count} variables',
  // Pasted CSV data and the datasets.
  'problem.csv.tooLong': 'the data is too long ({count} characters; the limit is {limit})',
  'problem.csv.tooManyRows': 'too many rows ({count} > {limit})',
  'problem.csv.empty': 'the data is empty',
  'problem.csv.headerOnly': 'the data has a header but no rows',
  'problem.csv.tooManyColumns': 'line {line} has too many columns ({count} > {limit})',
  'problem.csv.headerMismatch':
    'line {headerLine} (the header) has {names} names, but line {line} has {columns} columns',
  'problem.csv.columnCount': 'line {line} has {count} columns, expected {columns}',
  'problem.csv.columnCountOne': 'line {line} has 1 column, expected {columns}',
  'problem.csv.emptyField': 'line {line}, column {column} is empty',
  'problem.csv.oneMoreLine': 'one more line has a problem',
  'problem.csv.moreLines': '{count} more lines have problems',
  'problem.csv.notNumber': 'line {line}, column {column}: "{text}" is not a number',
  'problem.csv.notNumberFirst':
    'line {line}, column {column}: "{text}" is not a number (a header line must contain only names)',
  'problem.csv.tooLarge': 'line {line}, column {column}: {text} is too large',
  'problem.csv.badTargets':
    'the number of target columns must be a whole number of at least 1, not {targets}',
  'problem.csv.noInputs':
    'no input columns: each row has {columns} columns and the last {targets} are targets',
  'problem.csv.noInputsOneColumn':
    'no input columns: each row has {columns} column and the last {targets} is the target',
  'problem.csv.noInputsOneColumnTargets':
    'no input columns: each row has {columns} column and the last {targets} are targets',
  'problem.csv.tooManyInputs': 'too many input columns ({count} > {limit})',
  'problem.csv.classTargets':
    'classification needs exactly one target column (of class labels), not {targets}',
  'problem.csv.labelNotWhole':
    'line {line}, column {column}: the label {label} is not a whole number',
  'problem.csv.labelOutOfRange':
    'line {line}, column {column}: the label {label} is out of range (labels are 0 to {largest})',
  'problem.csv.oneClass': 'classification needs at least two classes, but every label is 0',
  'problem.csv.tooManyTargets': 'too many target columns ({count} > {limit})',
  'problem.csv.unknownDataset': 'unknown dataset "{name}"',
  'problem.assets.failed': 'The handwritten digits could not be loaded ({why}).',
  'problem.csv.buildFailed': 'could not build the {name} data: {why}',
  'problem.csv.noDigits': 'the digit images are not loaded ({path})',

  'problem.fit.noLayer': 'addresses layer {layer}, but the network has {depth} layers of weights',
  'problem.fit.noLayerOne': 'addresses layer {layer}, but the network has 1 layer of weights',
  'problem.fit.weightOutside':
    'addresses a weight outside layer {layer} ({neurons} neurons × {inputs} inputs)',
  'problem.fit.noBias': 'sets a bias of layer {layer}, which has no bias',
  'problem.fit.noNeuron': 'addresses neuron {to}, but layer {layer} has {neurons}',
  'problem.fit.samplesOutside': 'picks samples outside the training set ({count} samples)',
  'problem.fit.someSamplesOutside':
    'picks {outside} samples outside the training set ({count} samples); left them out',
  'problem.fit.customSize':
    'has {inputs} inputs and {targets} targets, but the network needs {nIn} and {nOut}',
  'problem.config.notJson': '{name} is not valid JSON ({error}); using the defaults',
  'problem.batchNorm.smallBatch':
    'Batch normalization (hidden layer {layer}) needs at least 2 samples per batch, but the batch size is {batch}: the variance of one sample is 0. Raise the batch size or turn batch normalization off.',
  'problem.batchNorm.smallSet':
    'Batch normalization (hidden layer {layer}) needs at least 2 samples per batch, but the batch size is {batch} (the training set has {count} sample): the variance of one sample is 0. Raise the batch size or turn batch normalization off.',
  'problem.batchNorm.oneSample':
    'Batch normalization (hidden layer {layer}) needs at least 2 samples in a step: one sample has variance 0. Inspect a step on the next mini-batch instead.',
  'problem.custom.noRun': 'no run yet',
  'problem.custom.pixels': 'the pixels of a drawn digit must lie between 0 and 1',
  'problem.custom.inputOne': 'a typed-in sample needs {count} finite input value',
  'problem.custom.inputs': 'a typed-in sample needs {count} finite input values',
  'problem.custom.targetOne': 'a typed-in sample needs {count} finite target value',
  'problem.custom.targets': 'a typed-in sample needs {count} finite target values',
  'problem.custom.class': 'the class of a typed-in sample must be one of 0 … {largest}',
  // The page's notices about the run (titles and lines).
  'runNotice.linkProblems': 'Some settings in the link could not be used',
  'runNotice.diverged': 'Training diverged',
  'runNotice.divergedAt':
    'At step {step}, {what}. Training was paused; the network is as it was before that step.',
  'runNotice.divergedForward': 'layer {layer} produced {value} in the forward pass',
  'runNotice.divergedLoss': 'the loss is not a finite number',
  'runNotice.divergedGradient': 'the gradient of layer {layer} is not finite or exceeds {limit}',
  'runNotice.divergedAdvice': 'Try a lower learning rate, then press Reset.',
  'runNotice.command': 'That could not be done',
  'runNotice.error': 'The run could not start as asked',
  'runNotice.warning': 'The run started with a change',
  'runNotice.crash': 'The training worker stopped',
  'runNotice.crashRestarted':
    '{why}. A new worker restarted the run at step 0 with the same settings.',
  'runNotice.crashResumed':
    '{why}. A new worker is training the same run again up to step {step}, with the same settings and changes.',
  'runNotice.dataFallback': '{reason}; using the {dataset} data instead',
  'runNotice.crashUnknown': 'the training worker stopped unexpectedly',
  'runNotice.crashUnreadable': 'a message from the training worker could not be read',
  'runNotice.stepLimit': 'Paused at step {limit}, the step limit',
  'runNotice.stepLimitWhy':
    'A link opens a run by training it again up to its step, and links go up to this step, so training stops here to keep the link exact.',
  'runNotice.stepLimitAdvice':
    'Press Reset to start over, or change a setting that restarts the run.',
  // The loss-curve doctor: a pattern's name, its evidence in numbers and one suggestion.
  'diagnosis.flat.title': 'Flat from the start',
  'diagnosis.flat.evidence':
    'In {steps} steps the train loss moved at most {moved} from its first value {first} (now {now}).',
  'diagnosis.flat.suggestion': 'Try a larger learning rate, or look for dead or saturated units.',
  'diagnosis.diverging.title': 'Diverging',
  'diagnosis.diverging.notFinite': 'At step {step} the train loss is {loss}.',
  'diagnosis.diverging.rose':
    'The train loss rose from {lowest} (step {lowestStep}) to {now} at step {step}: {factor} times higher.',
  'diagnosis.diverging.suggestion': 'Use a smaller learning rate.',
  'diagnosis.noisy.title': 'Very noisy',
  'diagnosis.noisy.evidence':
    'Over the last {points} points the loss jumps by about {jump} between measurements, against a level of {level}.',
  'diagnosis.noisy.suggestion': 'Use a larger batch or a smaller learning rate.',
  'diagnosis.overfitting.title': 'Overfitting',
  'diagnosis.overfitting.evidence':
    'The test loss was lowest at step {step} ({best}) and is {now} now, while the train loss fell from {trainFrom} to {trainTo}.',
  'diagnosis.overfitting.suggestion': 'Add L2 or dropout, use more data, or stop early.',
  'diagnosis.firstLoss.title': 'First loss far from ln C',
  'diagnosis.firstLoss.evidence':
    'With a softmax over {classes} classes the first loss should be near ln {classes} = {expected}; it was {actual}.',
  'diagnosis.firstLoss.suggestion': 'Use smaller initial weights.',
  'diagnosis.plateauDrop.title': 'Plateau, then a drop',
  'diagnosis.plateauDrop.evidence':
    'The loss stayed near {level} from step {from} to {to}, then fell to {dropTo} by step {dropStep}.',
} as const;

/**
 * "Export as Python (NumPy)": a run as one self-contained, readable NumPy script that trains
 * the same network on the same data from the same initial parameters, with the same optimizer,
 * schedule, regularization, batch size, shuffling and dropout masks (the lab's seeded
 * generator, ported), replays the run's live-change log at the same steps, and prints the JSON
 * `npm run replay` prints. The command line (`npm run export`) and the page's button both call
 * `numpyScript`; the page loads this module lazily.
 */
import { encodeLink } from '../../config/link';
import type { LiveChange, RunConfig } from '../../config/types';
import type { DatasetAssets } from '../../data/types';
import { exportParameters, prepareRun } from '../../run/prepare';
import { PY_MAIN } from './pyMain';
import { PY_MODEL } from './pyModel';
import { dataSource, matrixSource } from './pyData';
import { pyValue } from './pyNumbers';
import { PY_RANDOM } from './pyRandom';
import { PY_TRAINER } from './pyTrainer';
import { PY_UPDATE } from './pyUpdate';

export type NumpyExport = { ok: true; script: string } | { ok: false; error: string };

export interface NumpyExportOptions {
  /** Files the dataset needs (the digit images). */
  assets?: DatasetAssets;
  /** Messages about the link the run came from, printed with the results as replay does. */
  problems?: string[];
}

/** learningRate → learning_rate: the script's keys follow Python's naming. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function snakeKeys(settings: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).map(([k, v]) => [snakeCase(k), v]));
}

/** One live change as the script's CHANGES entry. */
function changeEntry(change: LiveChange): Record<string, unknown> {
  if (change.kind !== 'setting') return { ...change };
  const [, group, name] = change.path.split('.');
  return { step: change.step, kind: 'setting', group, name: snakeCase(name), value: change.value };
}

/** One CHANGES entry, with the numbers the script counts with kept whole. */
function pyChange(change: LiveChange): string {
  return `    ${pyValue(changeEntry(change), ['step', 'layer', 'to', 'from', 'samples'])},`;
}

/** The script for a run. Fails (with the reason) only when the run itself cannot start. */
export async function numpyScript(
  config: RunConfig,
  options: NumpyExportOptions = {},
): Promise<NumpyExport> {
  // The initial parameters are those before any logged change: the script replays the log.
  const run = prepareRun({ ...config, changes: [] }, options.assets ?? {});
  if (!run.ok) return run;
  const { trainer, dataset } = run;
  const net = trainer.network;
  const { weights, biases } = exportParameters(trainer);
  const hidden = config.network.hidden;
  const activations = [...hidden.map((h) => h.activation), config.network.output.activation];
  const problems = [...(options.problems ?? []), ...run.warnings];
  const { optimizer, schedule, regularization } = config.training;

  const settings = [
    '',
    '# ── The run ──────────────────────────────────────────────────────────────────',
    `SEED = ${config.seed}`,
    `SIZES = ${pyValue(net.sizes, true)}  # n₀ (inputs), the hidden layers, n_L (outputs)`,
    `DEPTH = ${net.depth}  # layers with weights, L`,
    `ACTIVATIONS = ${pyValue(activations)}  # h of layers 1 … L`,
    `ACTIVATION_PARAMS = ${pyValue(net.activationParams)}  # Leaky ReLU slope or ELU α per layer`,
    `HAS_BIAS = ${pyValue(net.hasBias)}`,
    `DROPOUT = ${pyValue(net.dropout)}  # probability of dropping a unit, per layer`,
    `LOSS = ${JSON.stringify(config.network.loss)}  # a mean over the batch`,
    `BATCH_SIZE = ${trainer.effectiveBatchSize}`,
    `OPTIMIZER = ${pyValue(snakeKeys(optimizer))}`,
    `SCHEDULE = ${pyValue(snakeKeys(schedule), ['every', 'cycle_steps'])}`,
    `REGULARIZATION = ${pyValue(snakeKeys(regularization))}`,
    `OPEN_STEP = ${config.open.step}  # the step the link opens at: the default for --steps`,
    '# Changes made while training, each applied once `step` steps are done (or, for "samples"',
    '# and "custom", the step after `step` steps trained on those samples).',
    config.changes.length === 0
      ? 'CHANGES = []'
      : `CHANGES = [\n${config.changes.map(pyChange).join('\n')}\n]`,
    `PROBLEMS = ${pyValue(problems)}`,
  ].join('\n');

  const params = [
    '',
    '# ── The initial parameters ───────────────────────────────────────────────────',
    '# W⁽ˡ⁾ is nₗ × nₗ₋₁, one row per neuron of layer l; b⁽ˡ⁾ has one entry per neuron.',
    'INITIAL_W = [',
    ...(await Promise.all(
      weights.map(async (w, l) => {
        const source = await matrixSource(w, net.sizes[l + 1], net.sizes[l]);
        return `    ${source},  # W⁽${l + 1}⁾`;
      }),
    )),
    ']',
    `INITIAL_B = [${biases.map((b) => `np.array(${pyValue(b)})`).join(', ')}]`,
  ].join('\n');

  const script = [
    header(config),
    settings,
    await dataSource(dataset, config.data.normalize),
    params,
    PY_RANDOM,
    PY_MODEL,
    PY_UPDATE,
    PY_TRAINER,
    PY_MAIN,
  ].join('\n');
  return { ok: true, script };
}

function header(config: RunConfig): string {
  return `#!/usr/bin/env python3
"""A Backprop Lab run as a NumPy script: the same network, data and training as the lab's.

    python3 ${'run.py'} --steps 1000

trains 1000 steps (default: the step the link opens at) and prints the numbers as JSON, in the
shape \`npm run replay\` prints them; the two agree to rounding. Change anything and see.

The run's link: #${encodeLink(config)}

Notation as in the lab: a⁽ˡ⁾ = W⁽ˡ⁾ z⁽ˡ⁻¹⁾ + b⁽ˡ⁾ is the weighted input of layer l, z⁽ˡ⁾ = h(a⁽ˡ⁾) its
activation, C the cost of a sample and δ⁽ˡ⁾ = ∂C/∂a⁽ˡ⁾ its delta. Needs only NumPy.
"""
import argparse
import base64
import json
import math
import sys
import zlib

import numpy as np
`;
}

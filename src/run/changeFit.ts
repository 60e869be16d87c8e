/**
 * Checks the live-change log against the run it is applied to, once the data is built and
 * the network's shape is known exactly. A change that addresses a weight, a bias or a sample
 * the run does not have, a typed-in sample of the wrong length, or a bias on a layer without
 * one, used to be kept and quietly skipped by the trainer; now it is refused with a message
 * naming the entry. Skipped and refused entries train alike, so no link changes its numbers.
 */
import { writeChanges } from '../config/changes';
import { msg, type Message } from '../core/i18n/message';
import { quote } from '../config/problems';
import type { LiveChange } from '../config/types';

export interface RunShape {
  /** [inputs, hidden…, outputs]. */
  sizes: readonly number[];
  /** Per layer 1…L: whether it has a bias. */
  hasBias: readonly boolean[];
  /** Samples in the training set (hand-picked samples are indices into it). */
  trainCount: number;
}

export interface FittedChanges {
  changes: LiveChange[];
  warnings: Message[];
}

export function fitChangesToRun(changes: readonly LiveChange[], shape: RunShape): FittedChanges {
  const kept: LiveChange[] = [];
  const warnings: Message[] = [];
  changes.forEach((change, index) => {
    const fitted = fitChange(change, shape);
    const named = { number: index + 1, change: quote(writeChanges([change])) };
    if (!('change' in fitted)) {
      warnings.push(msg('problem.fit.dropped', { ...named, why: fitted }));
    } else {
      if (fitted.note) warnings.push(msg('problem.fit.note', { ...named, note: fitted.note }));
      kept.push(fitted.change);
    }
  });
  return { changes: kept, warnings };
}

function fitChange(
  change: LiveChange,
  { sizes, hasBias, trainCount }: RunShape,
): { change: LiveChange; note?: Message } | Message {
  const depth = sizes.length - 1;
  const noLayer = (layer: number): Message =>
    depth === 1
      ? msg('problem.fit.noLayerOne', { layer })
      : msg('problem.fit.noLayer', { layer, depth });
  switch (change.kind) {
    case 'setting':
      return { change };
    case 'weight': {
      const { layer, to, from } = change;
      if (layer > depth) return noLayer(layer);
      if (to >= sizes[layer] || from >= sizes[layer - 1]) {
        const shape = { layer, neurons: sizes[layer], inputs: sizes[layer - 1] };
        return msg('problem.fit.weightOutside', shape);
      }
      return { change };
    }
    case 'bias': {
      const { layer, to } = change;
      if (layer > depth) return noLayer(layer);
      if (!hasBias[layer - 1]) return msg('problem.fit.noBias', { layer });
      if (to >= sizes[layer])
        return msg('problem.fit.noNeuron', { to, layer, neurons: sizes[layer] });
      return { change };
    }
    case 'samples': {
      const inside = change.samples.filter((s) => s < trainCount);
      if (inside.length === 0) {
        return msg('problem.fit.samplesOutside', { count: trainCount });
      }
      if (inside.length === change.samples.length) return { change };
      // The trainer skips the outside ones; writing that down keeps the step the same.
      return {
        change: { ...change, samples: inside },
        note: msg('problem.fit.someSamplesOutside', {
          outside: change.samples.length - inside.length,
          count: trainCount,
        }),
      };
    }
    case 'custom': {
      const nIn = sizes[0];
      const nOut = sizes[depth];
      if (change.inputs.length !== nIn || change.targets.length !== nOut) {
        const counts = { inputs: change.inputs.length, targets: change.targets.length };
        return msg('problem.fit.customSize', { ...counts, nIn, nOut });
      }
      return { change };
    }
  }
}

/**
 * Checks the live-change log against the run it is applied to, once the data is built and
 * the network's shape is known exactly. A change that addresses a weight, a bias or a sample
 * the run does not have, a typed-in sample of the wrong length, or a bias on a layer without
 * one, used to be kept and quietly skipped by the trainer; now it is refused with a message
 * naming the entry. Skipped and refused entries train alike, so no link changes its numbers.
 */
import { writeChanges } from '../config/changes';
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
  warnings: string[];
}

export function fitChangesToRun(changes: readonly LiveChange[], shape: RunShape): FittedChanges {
  const kept: LiveChange[] = [];
  const warnings: string[] = [];
  changes.forEach((change, index) => {
    const fitted = fitChange(change, shape);
    if (typeof fitted === 'string') {
      warnings.push(
        `live change ${index + 1} ${quote(writeChanges([change]))} ${fitted}; dropped it`,
      );
    } else {
      if (fitted.note) {
        warnings.push(`live change ${index + 1} ${quote(writeChanges([change]))} ${fitted.note}`);
      }
      kept.push(fitted.change);
    }
  });
  return { changes: kept, warnings };
}

function fitChange(
  change: LiveChange,
  { sizes, hasBias, trainCount }: RunShape,
): { change: LiveChange; note?: string } | string {
  const depth = sizes.length - 1;
  const layers = `the network has ${depth} layer${depth === 1 ? '' : 's'} of weights`;
  switch (change.kind) {
    case 'setting':
      return { change };
    case 'weight': {
      const { layer, to, from } = change;
      if (layer > depth) return `addresses layer ${layer}, but ${layers}`;
      if (to >= sizes[layer] || from >= sizes[layer - 1]) {
        return `addresses a weight outside layer ${layer} (${sizes[layer]} neurons × ${sizes[layer - 1]} inputs)`;
      }
      return { change };
    }
    case 'bias': {
      const { layer, to } = change;
      if (layer > depth) return `addresses layer ${layer}, but ${layers}`;
      if (!hasBias[layer - 1]) return `sets a bias of layer ${layer}, which has no bias`;
      if (to >= sizes[layer])
        return `addresses neuron ${to}, but layer ${layer} has ${sizes[layer]}`;
      return { change };
    }
    case 'samples': {
      const inside = change.samples.filter((s) => s < trainCount);
      if (inside.length === 0) {
        return `picks samples outside the training set (${trainCount} samples)`;
      }
      if (inside.length === change.samples.length) return { change };
      // The trainer skips the outside ones; writing that down keeps the step the same.
      return {
        change: { ...change, samples: inside },
        note: `picks ${change.samples.length - inside.length} samples outside the training set (${trainCount} samples); left them out`,
      };
    }
    case 'custom': {
      const nIn = sizes[0];
      const nOut = sizes[depth];
      if (change.inputs.length !== nIn || change.targets.length !== nOut) {
        return (
          `has ${change.inputs.length} inputs and ${change.targets.length} targets, ` +
          `but the network needs ${nIn} and ${nOut}`
        );
      }
      return { change };
    }
  }
}

import { applySetting } from '../config/applySetting';
import type {
  LiveChange,
  OptimizerConfig,
  RegularizationConfig,
  ScheduleConfig,
} from '../config/types';
import type { Network } from './network';

/** What replaying a change needs of the trainer it replays into. */
export interface ChangeTarget {
  readonly network: Network;
  readonly stepsDone: number;
  readonly optimizer: OptimizerConfig;
  readonly schedule: ScheduleConfig;
  readonly regularization: RegularizationConfig;
  readonly effectiveBatchSize: number;
  setWeight(layer: number, to: number, from: number, value: number): void;
  setBias(layer: number, to: number, value: number): void;
  setOptimizer(next: OptimizerConfig): void;
}

/** A logged step on picked or typed-in samples, taken by the step it is stamped for. */
export type SampleChange = Extract<LiveChange, { kind: 'samples' | 'custom' }>;

/**
 * A run's logged live changes, replayed in order when their step comes: a change stamped k
 * takes effect once k steps are done, before step k+1 — exactly when the user made it.
 */
export class ChangeLog {
  private readonly changes: readonly LiveChange[];
  private next = 0;

  constructor(changes: readonly LiveChange[]) {
    this.changes = changes;
  }

  /** How many changes have been applied (or taken) so far. */
  get applied(): number {
    return this.next;
  }

  /** Whether any change is still to come: the one check a step makes when there is none. */
  get pending(): boolean {
    return this.next < this.changes.length;
  }

  /**
   * Applies every due weight, bias and setting change. Stops at a step on logged samples
   * stamped for the coming step, which that step itself takes; an older one is stale.
   */
  applyDue(target: ChangeTarget): void {
    const changes = this.changes;
    while (this.next < changes.length && changes[this.next].step <= target.stepsDone) {
      const due = changes[this.next];
      if ((due.kind === 'samples' || due.kind === 'custom') && due.step === target.stepsDone) {
        return;
      }
      this.next++;
      if (due.kind === 'samples' || due.kind === 'custom') continue; // a stale entry
      if (due.kind === 'weight') applyWeight(target, due);
      else if (due.kind === 'bias') applyBias(target, due);
      else {
        const training = {
          optimizer: { ...target.optimizer },
          schedule: target.schedule,
          regularization: target.regularization,
          batchSize: target.effectiveBatchSize,
        };
        applySetting(training, due.path, due.value);
        target.setOptimizer(training.optimizer);
      }
    }
  }

  /** Takes the logged step on picked or typed-in samples stamped for step `stepsDone`, if any. */
  takeSampleChange(stepsDone: number): SampleChange | null {
    const due = this.changes[this.next];
    if (!due || due.step !== stepsDone) return null;
    if (due.kind !== 'samples' && due.kind !== 'custom') return null;
    this.next++;
    return due;
  }
}

function applyWeight(target: ChangeTarget, change: Extract<LiveChange, { kind: 'weight' }>): void {
  const { network } = target;
  if (change.layer > network.depth) return;
  const nIn = network.sizes[change.layer - 1];
  if (change.to < network.sizes[change.layer] && change.from < nIn) {
    target.setWeight(change.layer, change.to, change.from, change.value);
  }
}

function applyBias(target: ChangeTarget, change: Extract<LiveChange, { kind: 'bias' }>): void {
  const { network } = target;
  const layer = change.layer;
  if (layer <= network.depth && network.hasBias[layer - 1] && change.to < network.sizes[layer]) {
    target.setBias(layer, change.to, change.value);
  }
}

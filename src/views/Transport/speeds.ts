import type { Speed } from '../../state/store';
import type { PlainKey } from '../shared/useT';

/** The pace presets, slowest first, each with the steps a second it aims at (60 frames/s). */
export const SPEEDS: readonly { value: Speed; label: PlainKey; title: PlainKey }[] = [
  { value: 'slow', label: 'transport.speed.slow', title: 'transport.speed.slowTitle' },
  { value: 'medium', label: 'transport.speed.medium', title: 'transport.speed.mediumTitle' },
  { value: 'fast', label: 'transport.speed.fast', title: 'transport.speed.fastTitle' },
  { value: 'max', label: 'transport.speed.max', title: 'transport.speed.maxTitle' },
];

/**
 * Steps per second measured over the last second or so of snapshots: the pace as it really
 * is (a big network cannot keep up with 100 steps a frame; "Full speed" has no
 * nominal figure at all).
 */
export class StepRate {
  private samples: { step: number; at: number }[] = [];

  /** Adds a reading; returns the rate, or null while there is not enough to tell. */
  add(step: number, at: number): number | null {
    const last = this.samples[this.samples.length - 1];
    if (last && step < last.step) this.samples = []; // a new run started
    if (!last || step !== last.step) this.samples.push({ step, at });
    while (this.samples.length > 2 && at - this.samples[0].at > 1500) this.samples.shift();
    const first = this.samples[0];
    const newest = this.samples[this.samples.length - 1];
    const span = newest.at - first.at;
    if (this.samples.length < 3 || span < 250) return null;
    return ((newest.step - first.step) / span) * 1000;
  }

  clear(): void {
    this.samples = [];
  }
}

/**
 * The weights along the training path, for the landscape's projected path and its PCA plane.
 * Memory is bounded: points are kept every `stride` steps, and when MAX_POINTS + 1 are held
 * every other one is dropped and the stride doubles, so the points stay evenly spaced over the
 * whole run (steps 0, s, 2s, …) however long it trains. They are kept in single precision: the
 * picture needs no more, and 784-64-10 then costs 41 × 51k × 4 bytes ≈ 8 MB at most.
 */
import type { Divergence } from '../core/trace';
import type { Network, Trainer } from '../engine';
import { flattenParameters } from '../engine/landscape';

export const MAX_POINTS = 40;

export class Trajectory {
  private points: Float32Array[] = [];
  private stepsAt: number[] = [];
  private stride = 1;
  private due = 0;

  /** A new run: nothing recorded, the first point is due at `step`. */
  reset(step = 0): void {
    this.points = [];
    this.stepsAt = [];
    this.stride = 1;
    this.due = step;
  }

  /** The step at which the next point is due. */
  get nextStep(): number {
    return this.due;
  }

  get steps(): readonly number[] {
    return this.stepsAt;
  }

  /** Records θ when a point is due at `step` (or was passed, after a traced step). */
  observe(network: Network, step: number): void {
    if (step < this.due) return;
    this.points.push(Float32Array.from(flattenParameters(network)));
    this.stepsAt.push(step);
    if (this.points.length > MAX_POINTS) {
      this.points = this.points.filter((_, k) => k % 2 === 0);
      this.stepsAt = this.stepsAt.filter((_, k) => k % 2 === 0);
      this.stride *= 2;
    }
    this.due = (Math.floor(step / this.stride) + 1) * this.stride;
  }

  /**
   * Trains `count` steps in pieces that stop where a point is due, so the points fall on their
   * steps exactly. Returns the divergence if training stopped at one.
   */
  train(trainer: Trainer, count: number): Divergence | null {
    const end = trainer.stepsDone + count;
    while (trainer.stepsDone < end) {
      if (trainer.stepsDone >= this.due) this.observe(trainer.network, trainer.stepsDone);
      const before = trainer.stepsDone;
      const diverged = trainer.run(Math.min(end - before, this.due - before));
      if (diverged) return diverged;
      if (trainer.stepsDone === before) break; // nothing trained: never spin
    }
    this.observe(trainer.network, trainer.stepsDone);
    return null;
  }

  /** The recorded points in double precision, oldest first, with θ now appended if newer. */
  pathTo(network: Network, step: number): { points: Float64Array[]; steps: number[] } {
    const points: Float64Array[] = this.points.map((p) => Float64Array.from(p));
    const steps = [...this.stepsAt];
    const now = flattenParameters(network);
    if (steps.length > 0 && steps[steps.length - 1] === step) points[points.length - 1] = now;
    else {
      points.push(now);
      steps.push(step);
    }
    return { points, steps };
  }
}

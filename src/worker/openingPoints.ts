/**
 * What a link's opening records on its way to the opening step, so the charts of a run opened
 * at step n read as if it had been played there: gradient-flow statistics at about 200 evenly
 * spaced steps, and a loss-curve point at every second of them.
 */
import type { Trainer } from '../engine';
import type { BackgroundJobs } from './backgroundJobs';
import type { LayerStatsPoint } from './protocol';
import { layerStatsPoint } from './runFacts';

/** About this many gradient-flow points are kept while a link trains to its opening step. */
const LAYER_POINTS = 200;
/** Every this many gradient-flow points, a loss-curve point (so about 100 of them). */
const HISTORY_EVERY = 2;
/**
 * An opening may spend this long measuring the loss at its evenly spaced points (a link
 * opening at step 200 draws 100 points, not the 3 the time budget alone allows); past it,
 * the points come as the ordinary budget allows.
 */
const EVALUATION_MS = 150;

export class OpeningPoints {
  private readonly stride: number;
  private layers: LayerStatsPoint[] = [];
  private evaluating = 0;

  constructor(
    private readonly target: number,
    private readonly jobs: BackgroundJobs,
    private readonly now: () => number,
  ) {
    this.stride = Math.max(1, Math.ceil(target / LAYER_POINTS));
  }

  /** How many steps may be trained from `stepsDone` before the next point is due. */
  stepsToNext(stepsDone: number): number {
    return (Math.floor(stepsDone / this.stride) + 1) * this.stride - stepsDone;
  }

  /** Records what is due at the trainer's step (call after each chunk of training). */
  record(t: Trainer): void {
    const step = t.stepsDone;
    if (step % this.stride !== 0 || step >= this.target) return;
    this.layers.push(layerStatsPoint(t));
    if ((step / this.stride) % HISTORY_EVERY !== 0) return;
    if (!this.jobs.due && this.evaluating >= EVALUATION_MS) return;
    const started = this.now();
    this.jobs.evaluate();
    this.evaluating += this.now() - started;
  }

  /** The gradient-flow points recorded since the last call. */
  takeLayers(): LayerStatsPoint[] {
    const layers = this.layers;
    this.layers = [];
    return layers;
  }
}

/**
 * The loss landscape as a worker task: built from the current weights on request, then computed
 * in slices of at most SLICE_MS, each one its own macrotask. So the worker reads commands
 * (Cancel, Pause, a new request) and keeps training and sending snapshots between two slices:
 * while the run plays, training and the landscape take turns (about half the time each); while
 * it is paused the landscape has the worker to itself. The page's main thread only receives a
 * progress message about every PROGRESS_MS (each one redraws the contours), so it keeps drawing.
 *
 * The job works on a copy of θ taken at the request, so training on meanwhile does not move the
 * plane under it; the picture is of the step it was asked at.
 */
import type { LandscapePlane, LandscapeProgress, LandscapeRefusal } from '../core/landscape';
import type { SampleSet } from '../data/types';
import type { Network, Trainer } from '../engine';
import {
  LANDSCAPE_GRID,
  filterNormalizedDirections,
  flattenParameters,
  planeCoordinates,
  trajectoryComponents,
  unflatten,
  type Direction,
} from '../engine/landscape';
import { LandscapeJob, coarseCount } from '../engine/landscapeJob';
import type { WorkerEvent } from './protocol';
import type { Trajectory } from './trajectory';

const SLICE_MS = 10;
/** Each report redraws the contours on the page (a few ms, more on a busy machine): 4 a second. */
const PROGRESS_MS = 250;
/** Random filter-normalized directions are drawn over α, β ∈ [−1, 1], as in Li et al. 2018. */
const RANDOM_RANGE = 1;
/** The PCA plane spans the projected path with this much room around it. */
const PATH_MARGIN = 1.25;

export interface LandscapeRequest {
  plane: LandscapePlane;
  grid: number;
  seed: number;
}

/** What the task needs from the session's host. */
export interface TaskHost {
  post(event: WorkerEvent, transfer?: Transferable[]): void;
  now(): number;
  soon(task: () => void): void;
}

/** The plane, its extent and the path on it, for the network `network` at its current θ. */
export interface Plane {
  d1: Direction;
  d2: Direction;
  range: number;
  path: [number, number][];
  pathSteps: number[];
}

/**
 * The plane for a request. PCA: the two main directions of the recorded path (relative to θ),
 * the path's coordinates in them, and a range that holds the whole path. Random: two
 * filter-normalized directions, the path projected onto them by least squares.
 */
export function planeFor(
  network: Network,
  step: number,
  trajectory: Trajectory,
  request: LandscapeRequest,
): Plane | LandscapeRefusal {
  const { points, steps } = trajectory.pathTo(network, step);
  if (request.plane === 'pca') {
    const components = trajectoryComponents(points);
    if (!components) return 'short-path';
    const extent = Math.max(...components.coords.flat().map(Math.abs));
    return {
      d1: unflatten(network, components.d1),
      d2: unflatten(network, components.d2),
      range: extent > 0 ? extent * PATH_MARGIN : RANDOM_RANGE,
      path: components.coords,
      pathSteps: steps,
    };
  }
  const [d1, d2] = filterNormalizedDirections(network, request.seed);
  const theta = flattenParameters(network);
  const f1 = flatDirection(d1);
  const f2 = flatDirection(d2);
  const path = points.map((p) => {
    const delta = new Float64Array(p.length);
    for (let k = 0; k < p.length; k++) delta[k] = p[k] - theta[k];
    return planeCoordinates(delta, f1, f2);
  });
  return { d1, d2, range: RANDOM_RANGE, path, pathSteps: steps };
}

function flatDirection(d: Direction): Float64Array {
  const parts = d.weights.flatMap((w, l) => [w, d.biases[l]]);
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy of the network whose weights and biases no longer follow training. */
function frozen(network: Network): Network {
  const copy: Network = Object.create(Object.getPrototypeOf(network) as object) as Network;
  return Object.assign(copy, network, {
    weights: network.weights.map((w) => w.slice()),
    biases: network.biases.map((b) => b.slice()),
  });
}

export class LandscapeTask {
  private job: LandscapeJob | null = null;
  private progress: LandscapeProgress | null = null;
  private lastReport = 0;
  private coarse = 0;
  private scheduled = false;

  constructor(
    private readonly host: TaskHost,
    private readonly runId: () => number,
  ) {}

  get computing(): boolean {
    return this.job !== null;
  }

  /** Starts a landscape at the trainer's current θ, replacing one in progress. */
  start(
    request: LandscapeRequest & { id: number },
    trainer: Trainer | null,
    set: SampleSet | undefined,
    trajectory: Trajectory,
  ): void {
    this.stop();
    if (!trainer || !set) return this.refuse('no-run');
    const network = trainer.network;
    if (network.norm.some((n) => n !== null)) return this.refuse('batch-norm');
    const grid = clampGrid(request.grid);
    const plane = planeFor(network, trainer.stepsDone, trajectory, request);
    if (typeof plane === 'string') return this.refuse(plane);
    const spec = { grid, range: plane.range };
    this.job = new LandscapeJob(frozen(network), set, plane.d1, plane.d2, spec);
    this.coarse = coarseCount(grid);
    this.progress = {
      id: request.id,
      plane: request.plane,
      grid,
      range: plane.range,
      values: this.job.values,
      done: 0,
      total: this.job.total,
      path: plane.path,
      pathSteps: plane.pathSteps,
      step: trainer.stepsDone,
      state: 'computing',
    };
    this.lastReport = this.host.now();
    this.schedule();
  }

  /** Stops the job and says so, with the points computed so far. */
  cancel(): void {
    if (!this.job || !this.progress) return;
    this.send('cancelled');
    this.stop();
  }

  /** Drops the job without a word (a new run began). */
  stop(): void {
    this.job = null;
    this.progress = null;
  }

  private schedule(): void {
    if (this.scheduled || !this.job) return;
    this.scheduled = true;
    this.host.soon(() => {
      this.scheduled = false;
      this.slice();
    });
  }

  /** Computes points for about SLICE_MS (at least one), then reports if it is time. */
  private slice(): void {
    const job = this.job;
    if (!job) return;
    const end = this.host.now() + SLICE_MS;
    const before = job.done;
    let finished = job.run(1);
    while (!finished && this.host.now() < end) finished = job.run(1);
    const coarseNow = before < this.coarse && job.done >= this.coarse;
    if (finished) {
      this.send('done');
      this.stop();
      return;
    }
    // The first picture is the whole coarse lattice; after it, a refinement every PROGRESS_MS.
    const refining = job.done > this.coarse && this.host.now() - this.lastReport >= PROGRESS_MS;
    if (coarseNow || refining) this.send('computing');
    this.schedule();
  }

  private send(state: LandscapeProgress['state']): void {
    const job = this.job;
    const progress = this.progress;
    if (!job || !progress) return;
    this.lastReport = this.host.now();
    // A copy: the job keeps writing into its own array, the message is transferred.
    const values = job.values.slice();
    const event: WorkerEvent = {
      type: 'landscape',
      runId: this.runId(),
      progress: { ...progress, values, done: job.done, state },
    };
    this.host.post(event, [values.buffer]);
  }

  private refuse(reason: LandscapeRefusal): void {
    this.host.post({ type: 'landscape-refused', runId: this.runId(), reason });
  }
}

function clampGrid(grid: number): number {
  const n = Number.isFinite(grid) ? Math.round(grid) : LANDSCAPE_GRID.default;
  const clamped = Math.max(LANDSCAPE_GRID.min, Math.min(LANDSCAPE_GRID.max, n));
  return clamped % 2 === 1 ? clamped : clamped + 1; // odd, so θ is a grid point
}

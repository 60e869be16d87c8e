/**
 * The optimizer race: several optimizers descend one 2-D test surface from the same start.
 * Each run is a "network" of exactly two parameters (x, y) whose gradient is the surface's
 * analytic gradient; its update is the optimizer registry's own update function, the one the
 * engine calls for every weight, so what the race shows is what training does.
 */
import { SURFACES, type Surface, type SurfaceName } from '../surfaces';
import type { RaceUpdate, RaceRunSettings } from './types';

/** A run stops (and is marked) once |x| or |y| passes this, or f is not finite. */
export const RACE_ESCAPE = 1e6;

/** One runner: its settings, where it is, its optimizer state and the path so far. */
export interface RaceRunState {
  readonly settings: RaceRunSettings;
  /** θ = (x, y). */
  readonly position: Float64Array;
  readonly gradient: Float64Array;
  /** Optimizer state (velocity, G, E or m; Adam's v), one entry per coordinate. */
  readonly first: Float64Array;
  readonly second: Float64Array;
  /** Path and f at every step so far, including the start: 2 × (steps + 1) and steps + 1. */
  path: number[];
  f: number[];
  /** Steps taken (the optimizer's t). */
  steps: number;
  /** The step at which the run left the map or produced a non-finite f; null while it goes on. */
  divergedAt: number | null;
}

export interface RaceState {
  readonly surface: SurfaceName;
  readonly from: readonly [number, number];
  readonly runs: RaceRunState[];
  /** Steps the race has taken (every live run has taken this many). */
  step: number;
}

export function createRunState(
  settings: RaceRunSettings,
  surface: SurfaceName,
  from: readonly [number, number],
): RaceRunState {
  const [x, y] = from;
  return {
    settings: { ...settings },
    position: Float64Array.of(x, y),
    gradient: new Float64Array(2),
    first: new Float64Array(2),
    second: new Float64Array(2),
    path: [x, y],
    f: [SURFACES[surface].value(x, y)],
    steps: 0,
    divergedAt: null,
  };
}

export function createRace(
  surface: SurfaceName,
  from: readonly [number, number],
  runs: readonly RaceRunSettings[],
): RaceState {
  return {
    surface,
    from: [from[0], from[1]],
    runs: runs.map((settings) => createRunState(settings, surface, from)),
    step: 0,
  };
}

/** One step of one run: g = ∇f(θ), then the optimizer's update of θ with that g. */
export function stepRun(run: RaceRunState, s: Surface, update: RaceUpdate): void {
  if (run.divergedAt !== null) return;
  const p = run.position;
  s.gradient(p[0], p[1], run.gradient);
  run.steps += 1;
  update(run, run.steps);
  const f = s.value(p[0], p[1]);
  run.path.push(p[0], p[1]);
  run.f.push(f);
  const escaped = !(Math.abs(p[0]) <= RACE_ESCAPE && Math.abs(p[1]) <= RACE_ESCAPE);
  if (escaped || !Number.isFinite(f)) run.divergedAt = run.steps;
}

/** One step of the whole race: every run that has not diverged takes one step. */
export function stepRace(race: RaceState, update: RaceUpdate): void {
  for (const run of race.runs) stepRun(run, SURFACES[race.surface], update);
  race.step += 1;
}

/** A logged change of one run's setting, applied when the race has taken `step` steps. */
export interface RaceSettingChange {
  readonly step: number;
  readonly run: number;
  apply(settings: RaceRunSettings): void;
}

/**
 * Takes the race from where it is to `target` steps, applying each logged change when the
 * race has taken exactly its step (so a change logged at step 50 shapes update 51 onwards).
 */
export function advanceRace(
  race: RaceState,
  target: number,
  changes: readonly RaceSettingChange[],
  update: RaceUpdate,
): void {
  while (race.step < target) {
    for (const change of changes) {
      const run = race.runs[change.run];
      if (change.step === race.step && run !== undefined) change.apply(run.settings);
    }
    stepRace(race, update);
  }
}

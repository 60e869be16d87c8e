/**
 * The optimizer race's state. The settings (surface, start, runs, change log) live in a zustand
 * store because they shape the page; the race itself (paths, optimizer state) is a plain object
 * outside React that the race loop advances, and `frame` is bumped once per drawn frame.
 */
import { create } from 'zustand';
import { advanceRace, createRace, type RaceSettingChange, type RaceState } from '../core/race/race';
import { optimizerUpdate } from '../core/race/update';
import { SURFACES, type SurfaceName } from '../core/surfaces';
import type { OptimizerName } from '../core/choices/optimizers';
import {
  RACE_LIMITS,
  defaultRace,
  defaultRun,
  runValue,
  setRunValue,
  type RaceChange,
  type RaceConfig,
  type RaceSettingKey,
} from '../config/race';
import { writeRaceParams } from '../config/raceLink';

/** Steps per animation frame while playing. */
export const RACE_SPEEDS = [1, 2, 5, 20] as const;
export type RaceSpeed = (typeof RACE_SPEEDS)[number];

/** The learning rate each optimizer gets when it joins a race (a pace that shows its path). */
const JOIN_RATE: Record<OptimizerName, number> = {
  sgd: 0.01,
  momentum: 0.005,
  nesterov: 0.005,
  adagrad: 0.5,
  rmsprop: 0.02,
  adam: 0.05,
  adamw: 0.05,
};

interface RaceStore {
  /** The settings at step 0 and the log of live changes (what the link holds). */
  config: RaceConfig;
  playing: boolean;
  speed: RaceSpeed;
  /** Bumped whenever the race has moved, so views redraw. */
  frame: number;
  /** Whether the page has a race worth putting in the link (the user touched it or a link had one). */
  inLink: boolean;
}

let race: RaceState = buildRace(defaultRace());

export const useRaceStore = create<RaceStore>(() => ({
  config: defaultRace(),
  playing: false,
  speed: 2,
  frame: 0,
  inLink: false,
}));

function buildRace(config: RaceConfig): RaceState {
  return createRace(config.surface, config.from, config.runs);
}

function settingChanges(changes: readonly RaceChange[]): RaceSettingChange[] {
  return changes.map((c) => ({
    step: c.step,
    run: c.run,
    apply: (settings) => setRunValue(settings, c.key, c.value),
  }));
}

/** The race as it stands now (read by the views when they draw). */
export function currentRace(): RaceState {
  return race;
}

function bump(patch: Partial<RaceStore> = {}): void {
  useRaceStore.setState((s) => ({ ...patch, frame: s.frame + 1 }));
}

/** Starts the race afresh from `config` (step 0 settings), then replays it to `config.step`. */
function restart(config: RaceConfig, inLink = true): void {
  race = buildRace(config);
  advanceRace(race, config.step, settingChanges(config.changes), optimizerUpdate);
  bump({ config, inLink, playing: false });
}

/** A settings change that restarts the race: the current settings become step 0's, no log. */
function restartWith(edit: (config: RaceConfig) => void): void {
  const { config } = useRaceStore.getState();
  const next: RaceConfig = {
    ...config,
    runs: race.runs.map((r) => ({ ...r.settings })),
    from: [config.from[0], config.from[1]],
    step: 0,
    changes: [],
  };
  edit(next);
  restart(next);
}

export const raceActions = {
  /** Opens a race a link holds. */
  open(config: RaceConfig): void {
    restart(config);
  },
  setSurface(surface: SurfaceName): void {
    restartWith((c) => {
      c.surface = surface;
      c.from = [SURFACES[surface].start[0], SURFACES[surface].start[1]];
    });
  },
  setStart(x: number, y: number): void {
    const limit = RACE_LIMITS.coordinate;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > limit || Math.abs(y) > limit)
      return;
    restartWith((c) => {
      c.from = [x, y];
    });
  },
  addRun(kind: OptimizerName): void {
    if (race.runs.length >= RACE_LIMITS.runs) return;
    restartWith((c) => {
      c.runs.push(defaultRun(kind, JOIN_RATE[kind]));
    });
  },
  removeRun(index: number): void {
    if (race.runs.length <= 1) return;
    restartWith((c) => {
      c.runs.splice(index, 1);
    });
  },
  setOptimizer(index: number, kind: OptimizerName): void {
    restartWith((c) => {
      const old = c.runs[index];
      if (old !== undefined) c.runs[index] = { ...old, kind };
    });
  },
  /**
   * Changes one run's setting live: it applies to the very next step, and the change enters
   * the log at the step the race has reached, so the link replays it in the same place.
   */
  setValue(index: number, key: RaceSettingKey, value: number): void {
    const run = race.runs[index];
    if (run === undefined || Object.is(runValue(run.settings, key), value)) return;
    setRunValue(run.settings, key, value);
    const { config } = useRaceStore.getState();
    if (race.step === 0) {
      const runs = config.runs.map((r, i) => (i === index ? { ...r } : r));
      setRunValue(runs[index], key, value);
      bump({ config: { ...config, runs }, inLink: true });
      return;
    }
    if (config.changes.length >= RACE_LIMITS.changes) return;
    const changes = [...config.changes, { step: race.step, run: index, key, value }];
    bump({ config: { ...config, changes }, inLink: true });
  },
  play(): void {
    bump({ playing: race.step < RACE_LIMITS.steps, inLink: true });
  },
  pause(): void {
    bump({ playing: false });
  },
  setSpeed(speed: RaceSpeed): void {
    useRaceStore.setState({ speed });
  },
  /** Advances `steps` steps (one frame of play, or one click of Step). */
  advance(steps: number): void {
    const { config, playing } = useRaceStore.getState();
    const target = Math.min(RACE_LIMITS.steps, race.step + steps);
    advanceRace(race, target, settingChanges(config.changes), optimizerUpdate);
    const allStopped = race.runs.every((r) => r.divergedAt !== null);
    const stop = playing && (target >= RACE_LIMITS.steps || allStopped);
    bump({
      config: { ...config, step: race.step },
      inLink: true,
      ...(stop ? { playing: false } : {}),
    });
  },
  /** Back to step 0 with the settings in force now, and an empty log. */
  reset(): void {
    restartWith(() => {});
  },
};

/** Test helper: back to the first race a visitor sees. */
export function resetRaceStore(): void {
  race = buildRace(defaultRace());
  useRaceStore.setState({
    config: defaultRace(),
    playing: false,
    speed: 2,
    frame: 0,
    inLink: false,
  });
}

/** The race's link keys while the race belongs in the link, else none. */
export function raceLinkPairs(): [string, string][] {
  const { config, inLink } = useRaceStore.getState();
  return inLink ? writeRaceParams({ ...config, step: race.step }) : [];
}

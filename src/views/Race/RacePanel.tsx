import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SURFACE_NAMES, SURFACES, type SurfaceName } from '../../core/surfaces';
import {
  RACE_SPEEDS,
  currentRace,
  raceActions,
  useRaceStore,
  type RaceSpeed,
} from '../../state/race';
import { useElementWidth } from '../shared/useElementWidth';
import { RaceChart } from './RaceChart';
import { RaceMap } from './RaceMap';
import { RaceRuns } from './RaceRuns';
import './Race.css';
import { useRichT } from '../shared/richText';
import { surfaceLabel } from './surfaceLabel';
import { useT } from '../shared/useT';

/** Advances the race once per animation frame while it plays. */
function useRaceLoop(playing: boolean, speed: RaceSpeed): void {
  useEffect(() => {
    if (!playing) return;
    let handle = requestAnimationFrame(function frame() {
      raceActions.advance(speed);
      if (useRaceStore.getState().playing) handle = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing, speed]);
}

/**
 * The optimizer race: up to eight optimizers descend a 2-D test surface from one start point.
 * Their paths over the contours show what momentum, per-coordinate step sizes and bias
 * correction do, which a loss curve alone hides.
 */
export function RacePanel() {
  const { playing, speed, frame, surface } = useRaceStore(
    useShallow((s) => ({
      playing: s.playing,
      speed: s.speed,
      frame: s.frame,
      surface: s.config.surface,
    })),
  );
  useRaceLoop(playing, speed);
  const t = useT();
  const [boxRef, width] = useElementWidth<HTMLDivElement>(480);
  const race = currentRace();
  const mapWidth = Math.min(width, 560);
  return (
    <div className="race" ref={boxRef}>
      <div className="view-header">
        <h2>{t('race.title')}</h2>
        <RaceTransport playing={playing} speed={speed} surface={surface} step={race.step} />
      </div>
      <p className="race-formula">{t('race.formula', { formula: SURFACES[surface].formula })}</p>
      <div className="race-body">
        <RaceMap race={race} width={mapWidth} frame={frame} />
        <div className="race-side">
          <RaceRuns runs={race.runs} />
          <RaceChart
            race={race}
            width={Math.max(200, width - mapWidth - 16 > 260 ? width - mapWidth - 16 : width)}
            frame={frame}
          />
        </div>
      </div>
    </div>
  );
}

/** The race's own transport: the surface, play/pause, one step, reset, the pace and the step. */
function RaceTransport({
  playing,
  speed,
  surface,
  step,
}: {
  playing: boolean;
  speed: RaceSpeed;
  surface: SurfaceName;
  step: number;
}) {
  const t = useT();
  const rich = useRichT();
  return (
    <div className="view-tools race-transport">
      <label>
        {t('race.surface')}{' '}
        <select
          value={surface}
          onChange={(e) => raceActions.setSurface(e.target.value as SurfaceName)}
        >
          {SURFACE_NAMES.map((name) => (
            <option key={name} value={name}>
              {surfaceLabel(t, name)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => (playing ? raceActions.pause() : raceActions.play())}>
        {playing ? t('race.pause') : t('race.play')}
      </button>
      <button type="button" onClick={() => raceActions.advance(1)} disabled={playing}>
        {t('race.step')}
      </button>
      <button type="button" onClick={() => raceActions.reset()}>
        {t('race.reset')}
      </button>
      <label>
        {t('race.pace')}{' '}
        <select
          value={speed}
          onChange={(e) => raceActions.setSpeed(Number(e.target.value) as RaceSpeed)}
        >
          {RACE_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t(s === 1 ? 'race.paceOne' : 'race.paceMany', { count: s })}
            </option>
          ))}
        </select>
      </label>
      <span>
        {rich('race.stepCount', {
          step: (
            <output data-testid="race-step" aria-live="off">
              {step}
            </output>
          ),
        })}
      </span>
    </div>
  );
}

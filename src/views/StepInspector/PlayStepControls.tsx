import { setStepPace, setStepPlaying, STEP_PACES, useStepPlayer } from './playStep';
import { useT } from '../shared/useT';

/** Play / pause the walk through the step's operations, and its pace. */
export function PlayStepControls({ atEnd }: { atEnd: boolean }) {
  const playing = useStepPlayer((s) => s.playing);
  const paceMs = useStepPlayer((s) => s.paceMs);
  const t = useT();
  return (
    <span className="si-play" role="group" aria-label={t('inspector.play.label')}>
      <button
        type="button"
        aria-pressed={playing}
        disabled={atEnd && !playing}
        title={t('inspector.play.title')}
        onClick={() => setStepPlaying(!playing)}
      >
        {playing ? t('inspector.play.pause') : t('inspector.play.play')}
      </button>
      <select
        aria-label={t('inspector.play.pace')}
        value={paceMs}
        onChange={(e) => setStepPace(Number(e.target.value))}
      >
        {STEP_PACES.map((ms) => (
          <option key={ms} value={ms}>
            {t('inspector.play.paceOption', { seconds: ms / 1000 })}
          </option>
        ))}
      </select>
    </span>
  );
}

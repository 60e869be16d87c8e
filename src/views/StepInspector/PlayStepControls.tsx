import { setStepPace, setStepPlaying, STEP_PACES, useStepPlayer } from './playStep';

/** Play / pause the walk through the step's operations, and its pace. */
export function PlayStepControls({ atEnd }: { atEnd: boolean }) {
  const playing = useStepPlayer((s) => s.playing);
  const paceMs = useStepPlayer((s) => s.paceMs);
  return (
    <span className="si-play" role="group" aria-label="Play the step">
      <button
        type="button"
        aria-pressed={playing}
        disabled={atEnd && !playing}
        title="Play the step: walk through its operations on a timer; values travel forward and deltas backward along the graph's edges"
        onClick={() => setStepPlaying(!playing)}
      >
        {playing ? '❚❚ Pause' : '▶ Play the step'}
      </button>
      <select
        aria-label="Pace of Play the step"
        value={paceMs}
        onChange={(e) => setStepPace(Number(e.target.value))}
      >
        {STEP_PACES.map((p) => (
          <option key={p.ms} value={p.ms}>
            {p.label}
          </option>
        ))}
      </select>
    </span>
  );
}

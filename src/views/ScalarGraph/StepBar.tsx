import type { ScalarGraph } from '../../core/scalarGraph';
import { useT } from '../shared/useT';

interface StepBarProps {
  graph: ScalarGraph;
  position: number;
  onMove: (position: number) => void;
}

/** Buttons for the backward walk; the graph box also takes ← → Home End. */
export function StepBar({ graph, position, onMove }: StepBarProps) {
  const t = useT();
  const last = graph.steps.length;
  return (
    <div className="sg-stepbar" role="group" aria-label={t('scalar.walk')}>
      <button type="button" onClick={() => onMove(0)} disabled={position === 0}>
        {t('scalar.forwardOnly')}
      </button>
      <button type="button" onClick={() => onMove(position - 1)} disabled={position === 0}>
        {t('scalar.undo')}
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => onMove(position + 1)}
        disabled={position >= last}
      >
        {t('scalar.backward')}
      </button>
      <button type="button" onClick={() => onMove(last)} disabled={position >= last}>
        {t('scalar.allSteps')}
      </button>
      <span className="sg-position" aria-live="polite" data-testid="sg-position">
        {t('scalar.position', { position, last })}
      </span>
    </div>
  );
}

/** ← → Home End on the graph box move the walk. */
export function walkKey(key: string, position: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, position + 1);
    case 'ArrowLeft':
      return Math.max(0, position - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

import type { ScalarGraph } from '../../core/scalarGraph';

interface StepBarProps {
  graph: ScalarGraph;
  position: number;
  onMove: (position: number) => void;
}

/** Buttons for the backward walk; the graph box also takes ← → Home End. */
export function StepBar({ graph, position, onMove }: StepBarProps) {
  const last = graph.steps.length;
  return (
    <div className="sg-stepbar" role="group" aria-label="Backward walk">
      <button type="button" onClick={() => onMove(0)} disabled={position === 0}>
        Forward only
      </button>
      <button type="button" onClick={() => onMove(position - 1)} disabled={position === 0}>
        ‹ Undo step
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => onMove(position + 1)}
        disabled={position >= last}
      >
        Backward step ›
      </button>
      <button type="button" onClick={() => onMove(last)} disabled={position >= last}>
        All steps
      </button>
      <span className="sg-position" aria-live="polite" data-testid="sg-position">
        step {position} of {last}
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

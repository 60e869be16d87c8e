import type { ReactNode } from 'react';
import { finishInspection, nextOp, previousOp } from '../../state/inspector';

interface OpNavProps {
  index: number;
  count: number;
  /** More buttons at the end of the row. */
  children?: ReactNode;
}

/** Previous / next operation, where we are, and Finish step. */
export function OpNav({ index, count, children }: OpNavProps) {
  return (
    <div className="si-nav" role="group" aria-label="Operations">
      <button
        type="button"
        aria-label="Previous operation"
        title="Previous operation (← here, Shift+← anywhere)"
        disabled={index === 0}
        onClick={previousOp}
      >
        ‹ Previous
      </button>
      <span className="si-position" aria-live="polite">
        Operation <b>{index + 1}</b> of {count}
      </span>
      <button
        type="button"
        aria-label="Next operation"
        title="Next operation (→ here, Shift+→ or . anywhere)"
        disabled={index >= count - 1}
        onClick={nextOp}
      >
        Next ›
      </button>
      <button
        type="button"
        className="si-finish"
        title="Close the inspector: the network is already in its state after this step"
        onClick={finishInspection}
      >
        Finish step
      </button>
      {children}
    </div>
  );
}

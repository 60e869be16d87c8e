import { memo, useEffect, useMemo, useRef } from 'react';
import type { StepTrace } from '../../state/runTypes';
import { goToOp } from '../../state/inspector';
import { opChip, opPhase, opScope, opTitle } from './opLabels';
import { sampleIndexText, sampleText } from './plain';

interface Group {
  /** Short label ("sample 3 · #127", "batch") and its full text. */
  label: string;
  title: string;
  ops: number[];
}

/** Operations grouped as they run: each sample's forward and backward pass, then the batch. */
function groupOps(trace: StepTrace): Group[] {
  const groups: Group[] = [];
  const B = trace.samples.length;
  trace.ops.forEach((op, k) => {
    const sample = 'sample' in op ? op.sample : -1;
    const title =
      sample >= 0
        ? sampleText(sample, B, trace.samples[sample].index)
        : `gradients (mean over ${B === 1 ? 'the sample' : `all ${B}`}) and the update`;
    const last = groups[groups.length - 1];
    if (last?.title === title) {
      last.ops.push(k);
      return;
    }
    const label =
      sample >= 0
        ? `sample ${sample + 1} · ${sampleIndexText(trace.samples[sample].index)}`
        : 'batch';
    groups.push({ label, title, ops: [k] });
  });
  return groups;
}

/** Every operation of the step as a chip; click one to jump to it. */
export const OpTimeline = memo(function OpTimeline({
  trace,
  index,
}: {
  trace: StepTrace;
  index: number;
}) {
  const groups = useMemo(() => groupOps(trace), [trace]);
  const depth = trace.sizes.length - 1;
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [index]);
  return (
    <nav className="si-timeline" aria-label="All operations of this step">
      {groups.map((g) => (
        <div key={g.title} className="si-group">
          <div className="si-group-label" title={g.title}>
            {g.label}
          </div>
          <div className="si-chips">
            {g.ops.map((k) => {
              const op = trace.ops[k];
              const current = k === index;
              return (
                <button
                  key={k}
                  ref={current ? currentRef : undefined}
                  type="button"
                  className={`si-chip ${opPhase(op)}${k < index ? ' done' : ''}`}
                  aria-current={current ? 'step' : undefined}
                  // One tab stop for the whole timeline; ← / → move from there.
                  tabIndex={current ? 0 : -1}
                  aria-label={`Operation ${k + 1}: ${opTitle(op, trace)}, ${opScope(op, trace)}`}
                  onClick={() => goToOp(k)}
                >
                  {opChip(op, depth)}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </nav>
  );
});

import { memo, useEffect, useMemo, useRef } from 'react';
import type { Translate } from '../../core/i18n';
import type { TraceOp } from '../../core/trace';
import type { StepTrace } from '../../state/runTypes';
import { goToOp } from '../../state/inspector';
import { opChip, opPhase, opScope, opTitle } from './opLabels';
import { sampleIndexText, sampleText } from './plain';
import { useT } from '../shared/useT';

interface Group {
  /** Short label ("sample 3 · #127", "batch") and its full text. */
  label: string;
  title: string;
  ops: number[];
}

/** Where an operation belongs on the timeline: its short label and full text. */
type Place = Pick<Group, 'label' | 'title'>;

/** Without batch norm: each sample's forward and backward pass, then the batch. */
function samplePlace(op: TraceOp, trace: StepTrace, t: Translate): Place {
  const B = trace.samples.length;
  if (!('sample' in op)) {
    return {
      label: t('inspector.timeline.batch'),
      title:
        B === 1 ? t('inspector.timeline.batchOne') : t('inspector.timeline.batchAll', { count: B }),
    };
  }
  const index = trace.samples[op.sample].index;
  return {
    label: t('inspector.timeline.sample', {
      position: op.sample + 1,
      index: sampleIndexText(index, t),
    }),
    title: sampleText(op.sample, B, index, t),
  };
}

/** With batch norm the walk goes layer by layer: each layer's pass over the whole batch. */
function layerPlace(op: TraceOp, trace: StepTrace, t: Translate): Place {
  switch (op.kind) {
    case 'loss':
    case 'output-delta':
      return { label: t('inspector.timeline.output'), title: t('inspector.timeline.outputTitle') };
    case 'gradients':
    case 'update':
      return samplePlace(op, trace, t);
  }
  const backward =
    op.kind === 'backward-delta' || op.kind === 'norm-gradients' || op.kind === 'norm-backward';
  const params = { layer: op.layer, count: trace.samples.length };
  return backward
    ? {
        label: t('inspector.timeline.backward', params),
        title: t('inspector.timeline.backwardTitle', params),
      }
    : {
        label: t('inspector.timeline.forward', params),
        title: t('inspector.timeline.forwardTitle', params),
      };
}

/** Operations grouped as they run. */
function groupOps(trace: StepTrace, t: Translate): Group[] {
  const groups: Group[] = [];
  const byLayer = trace.norm.some((n) => n !== null);
  trace.ops.forEach((op, k) => {
    const place = byLayer ? layerPlace(op, trace, t) : samplePlace(op, trace, t);
    const last = groups[groups.length - 1];
    if (last?.title === place.title) last.ops.push(k);
    else groups.push({ ...place, ops: [k] });
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
  const t = useT();
  const groups = useMemo(() => groupOps(trace, t), [trace, t]);
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [index]);
  return (
    <nav className="si-timeline" aria-label={t('inspector.timeline.label')}>
      {groups.map((g) => (
        <div key={g.ops[0]} className="si-group">
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
                  aria-label={t('inspector.timeline.chip', {
                    number: k + 1,
                    title: opTitle(op, trace, t),
                    scope: opScope(op, trace, t),
                  })}
                  onClick={() => goToOp(k)}
                >
                  {opChip(op, trace)}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </nav>
  );
});

import { layoutFits } from '../../core/snapshot';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { live, showInspection } from '../../state/live';
import { useAppStore } from '../../state/store';
import { resolveFocus } from './focus';
import { fillDeltaSnapshot, fillInspectSnapshot } from './inspectSnapshot';
import { graphModeFor, opHighlight } from './opHighlight';
import { setGraphMode, setHighlight } from '../../state/actions';

/**
 * Keeps the graph in step with the inspector: for the current operation, fills `live.inspect`
 * (the numbers as they stand then), sets the highlight (what it reads and writes, focused on the
 * selected neuron) and switches the graph to backward mode for backward operations.
 */
export function useInspectionSync(): void {
  const { trace, opIndex, selectedNode, selectedEdge, hasBias } = useAppStore(
    useShallow((s) => ({
      trace: s.trace,
      opIndex: s.inspectOp,
      selectedNode: s.selectedNode,
      selectedEdge: s.selectedEdge,
      hasBias: s.info?.hasBias ?? null,
    })),
  );
  const buffer = useRef<Float64Array | null>(null);
  const deltaBuffer = useRef<Float64Array | null>(null);

  useEffect(() => {
    if (!trace) return;
    const op = trace.ops[Math.min(opIndex, trace.ops.length - 1)];
    setGraphMode(graphModeFor(op));
    const lay = live.layout;
    if (!lay || !layoutFits(lay, trace.sizes)) return;
    if (buffer.current?.length !== lay.length) {
      buffer.current = new Float64Array(lay.length);
      deltaBuffer.current = new Float64Array(lay.length);
    }
    const progress = fillInspectSnapshot(buffer.current, lay, trace, opIndex, live.snapshot);
    fillDeltaSnapshot(deltaBuffer.current!, lay, trace, progress, buffer.current);
    showInspection(buffer.current, deltaBuffer.current);
  }, [trace, opIndex]);

  useEffect(() => {
    if (!trace || !hasBias) return;
    const op = trace.ops[Math.min(opIndex, trace.ops.length - 1)];
    const focus = resolveFocus(op, trace.sizes, selectedNode, selectedEdge);
    setHighlight(opHighlight(op, focus, hasBias));
  }, [trace, opIndex, selectedNode, selectedEdge, hasBias]);
}

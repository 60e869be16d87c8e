import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../state/store';
import { MAX_MAPPED_HIDDEN } from '../../core/runInfo';
import type { RunInfo } from '../../core/runInfo';
import { useT } from '../shared/useT';
import { useController } from '../shared/controllerContext';
import { useElementWidth } from '../shared/useElementWidth';
import { EdgeEditor, type EditTarget } from './EdgeEditor';
import { GraphElements } from './elements';
import type { CanvasEdges } from './edgeCanvas';
import { GraphSvg } from './GraphSvg';
import type { GraphHandlers } from './handlers';
import { computeLayout } from './layout';
import { Legend } from './Legend';
import { Overlay } from './Overlay';
import { PulseLayer } from './PulseLayer';
import { shapeOf } from './shape';
import { sameTarget, type Target } from './targets';
import { Tooltip } from './Tooltip';
import { useGraphPainter } from './useGraphPainter';
import { selectEdge, toggleNode } from '../../state/actions';
import { selectGraphMode } from '../../state/selectors';

const selectSelection = (s: AppState) => ({
  selectedNode: s.selectedNode,
  selectedEdge: s.selectedEdge,
});

/**
 * The graph of one run: canvas beneath, SVG structure, overlay marks, tooltip and editor on
 * top. Re-renders on hover, selection, mode and width — never on training steps.
 */
export function GraphStage({ info }: { info: RunInfo }) {
  const mode = useAppStore(selectGraphMode);
  const { selectedNode, selectedEdge } = useAppStore(useShallow(selectSelection));
  const [boxRef, width] = useElementWidth<HTMLDivElement>(640);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const mapsRef = useRef<HTMLCanvasElement>(null);
  const pixelRatio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);

  const shape = useMemo(() => shapeOf(info, MAX_MAPPED_HIDDEN), [info]);
  const t = useT();
  const layout = useMemo(() => computeLayout(shape, width, t), [shape, width, t]);
  const els = useMemo(() => new GraphElements(layout), [layout]);
  const edges = useGraphPainter(info, shape, layout, els, mode, canvasRef, mapsRef, pixelRatio);

  const [hovered, setHovered] = useState<Target | null>(null);
  const hover = useCallback(
    (target: Target | null) => setHovered((h) => (sameTarget(h, target) ? h : target)),
    [],
  );
  const { handlers, editing, apply, close } = useGraphEditing(hover, edges, boxRef);

  return (
    <>
      <div ref={boxRef} className="ng-stage" style={{ height: layout.height }}>
        <canvas
          ref={canvasRef}
          className="ng-canvas"
          width={Math.round(layout.width * pixelRatio)}
          height={Math.round(layout.height * pixelRatio)}
          style={{ width: layout.width, height: layout.height }}
          aria-hidden="true"
        />
        {/* The neurons' heat maps, above the edges: repainted only when a new map arrives. */}
        <canvas
          ref={mapsRef}
          className="ng-canvas ng-maps"
          width={Math.round(layout.width * pixelRatio)}
          height={Math.round(layout.height * pixelRatio)}
          style={{ width: layout.width, height: layout.height }}
          aria-hidden="true"
        />
        <GraphSvg layout={layout} shape={shape} els={els} handlers={handlers} />
        <Overlay
          layout={layout}
          hovered={hovered}
          selectedNode={selectedNode}
          selectedEdge={selectedEdge}
        />
        <PulseLayer layout={layout} />
        {hovered && !editing && <Tooltip layout={layout} shape={shape} target={hovered} />}
        {editing && (
          <EdgeEditor
            key={JSON.stringify(editing)}
            layout={layout}
            target={editing}
            onApply={apply}
            onClose={close}
          />
        )}
      </div>
      <Legend mode={mode} shape={shape} layout={layout} />
    </>
  );
}

/**
 * Clicks and keys on the graph as handlers, and the weight or bias editor they open. Closing
 * the editor (Enter, Escape, Cancel) hands focus back to the edge or bias it edits, so a
 * keyboard user carries on from where they were.
 */
function useGraphEditing(
  hover: (target: Target | null) => void,
  edges: Pick<CanvasEdges, 'pick'>,
  boxRef: RefObject<HTMLDivElement | null>,
) {
  const controller = useController();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const handlers = useMemo<GraphHandlers>(
    () => ({
      hover,
      select(layer, index) {
        toggleNode(layer, index);
      },
      editWeight(layer, to, from) {
        selectEdge({ layer, to, from });
        setEditing({ kind: 'weight', layer, to, from });
      },
      editBias(layer, to) {
        setEditing({ kind: 'bias', layer, to });
      },
      pickEdge: (x, y) => edges.pick(x, y),
    }),
    [hover, edges],
  );
  const close = (returnFocus: boolean): void => {
    const target = editing;
    setEditing(null);
    if (!target || !returnFocus) return;
    const selector =
      target.kind === 'weight'
        ? `[data-edge="${target.layer}:${target.to}:${target.from}"]`
        : `[data-bias="${target.layer}:${target.to}"]`;
    window.setTimeout(() => boxRef.current?.querySelector<SVGElement>(selector)?.focus(), 0);
  };
  const apply = (value: number): void => {
    if (!editing) return;
    if (editing.kind === 'weight')
      controller.editWeight(editing.layer, editing.to, editing.from, value);
    else controller.editBias(editing.layer, editing.to, value);
    close(true);
  };
  return { handlers, editing, apply, close };
}

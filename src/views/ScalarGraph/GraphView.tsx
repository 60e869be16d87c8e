import { useEffect, useMemo, useRef } from 'react';
import type { ScalarGraph } from '../../core/scalarGraph';
import { GraphSvg } from './GraphSvg';
import { layoutGraph } from './layout';
import { StepBar, walkKey } from './StepBar';
import { StepDetail } from './StepDetail';
import { fanOut, walkState } from './walk';
import { useT } from '../shared/useT';

interface GraphViewProps {
  graph: ScalarGraph;
  position: number;
  onMove: (position: number) => void;
}

/** A graph with its backward walk: the drawing, the step buttons and the step in words. */
export function GraphView({ graph, position, onMove }: GraphViewProps) {
  const t = useT();
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const users = useMemo(() => fanOut(graph), [graph]);
  const at = Math.max(0, Math.min(graph.steps.length, position));
  const walk = useMemo(() => walkState(graph, at), [graph, at]);
  const move = (next: number): void => onMove(Math.max(0, Math.min(graph.steps.length, next)));
  const canvas = useRef<HTMLDivElement>(null);
  useFollowStep(canvas, walk.current?.node ?? null);
  return (
    <div className="sg-graph">
      <StepBar graph={graph} position={at} onMove={move} />
      <div
        ref={canvas}
        className="sg-canvas"
        tabIndex={0}
        aria-label={t('scalar.canvas')}
        onKeyDown={(e) => {
          const next = walkKey(e.key, at, graph.steps.length);
          if (next === null) return;
          e.preventDefault();
          move(next);
        }}
      >
        <GraphSvg graph={graph} layout={layout} walk={walk} users={users} />
      </div>
      <StepDetail graph={graph} walk={walk} />
    </div>
  );
}

/**
 * A graph wider than its panel scrolls sideways: the node the backward walk is at is brought
 * into the middle when it is out of sight (the walk starts at f, on the right of a long
 * expression), without moving the page.
 */
function useFollowStep(canvas: React.RefObject<HTMLDivElement | null>, node: number | null): void {
  useEffect(() => {
    const box = canvas.current;
    if (node === null || !box) return;
    const element = box.querySelector(`[data-node="${node}"]`);
    if (!element) return;
    const view = box.getBoundingClientRect();
    const shown = element.getBoundingClientRect();
    if (shown.left >= view.left && shown.right <= view.right) return;
    box.scrollBy?.({ left: (shown.left + shown.right) / 2 - (view.left + view.right) / 2 });
  }, [canvas, node]);
}

import { useMemo } from 'react';
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
  return (
    <div className="sg-graph">
      <StepBar graph={graph} position={at} onMove={move} />
      <div
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

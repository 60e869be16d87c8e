import { useEffect, useMemo, useRef } from 'react';
import type { TraceOp } from '../../core/trace';
import type { StepTrace } from '../../state/runTypes';
import { useAppStore, type AppState } from '../../state/store';
import { formatValue } from '../shared/format';
import { useStepPlayer } from '../StepInspector/playStep';
import type { GraphLayout, SvgEdge } from './layout';

/** Above this many edges in a layer the pulses carry no numbers (they would overlap). */
const LABELLED_EDGES = 24;

const selectTrace = (s: AppState): StepTrace | null => s.trace;
const selectIndex = (s: AppState): number => s.inspectOp;
const selectSelected = (s: AppState): AppState['selectedNode'] => s.selectedNode;

interface Pulse {
  edge: SvgEdge;
  /** Travels from the edge's target back to its source (a delta on its way back). */
  backward: boolean;
  label: string;
}

/**
 * What travels along which edges during an operation of the inspected step (the numbers of
 * the step's own sample and its weights before the update): in a forward
 * linear step each input's contribution w⁽ˡ⁾ⱼᵢ z⁽ˡ⁻¹⁾ᵢ travels to neuron j; in a backward step
 * each delta's share w⁽ˡ⁺¹⁾ⱼᵢ δ⁽ˡ⁺¹⁾ⱼ travels back to neuron i. Other operations move nothing.
 */
function pulsesOf(
  trace: StepTrace,
  op: TraceOp,
  edges: readonly SvgEdge[],
  selected: AppState['selectedNode'],
): Pulse[] {
  if (op.kind !== 'forward-linear' && op.kind !== 'backward-delta') return [];
  const sample = trace.samples[op.sample];
  const layer = op.kind === 'forward-linear' ? op.layer : op.layer + 1;
  const W = trace.weightsBefore[layer - 1];
  const width = trace.sizes[layer - 1];
  if (!sample || !W) return [];
  const own = edges.filter((e) => e.layer === layer);
  // Numbers ride on the edges of the neuron the inspector's formula is about (the selected
  // one, else the first), so they can be read against it; the other dots travel unlabelled.
  const focusLayer = op.kind === 'forward-linear' ? layer : op.layer;
  const focus = selected?.layer === focusLayer ? selected.index : 0;
  const labelled = (e: SvgEdge): boolean =>
    own.length <= LABELLED_EDGES && (op.kind === 'forward-linear' ? e.to : e.from) === focus;
  return own.map((edge) => {
    const w = W[edge.to * width + edge.from];
    const carried =
      op.kind === 'forward-linear'
        ? w * sample.z[layer - 1][edge.from]
        : w * sample.delta[layer - 1][edge.to];
    return {
      edge,
      backward: op.kind === 'backward-delta',
      label: labelled(edge) && Number.isFinite(carried) ? formatValue(carried) : '',
    };
  });
}

/**
 * The moving dots of "Play the step" (and of every inspected operation): each dot runs along
 * its edge once, carrying its number, in the time the operation is on show. Edges drawn on
 * canvas (large layers) get no dots.
 */
export function PulseLayer({ layout }: { layout: GraphLayout }) {
  const trace = useAppStore(selectTrace);
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelected);
  const paceMs = useStepPlayer((s) => s.paceMs);
  const pulses = useMemo(() => {
    const op = trace?.ops[Math.min(index, trace.ops.length - 1)];
    return trace && op ? pulsesOf(trace, op, layout.svgEdges, selected) : [];
  }, [trace, index, layout, selected]);
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const dots = useRef<(SVGGElement | null)[]>([]);

  useEffect(() => {
    if (pulses.length === 0) return;
    const travel = Math.min(1600, paceMs * 0.75);
    const start = performance.now();
    let frame = 0;
    const move = (now: number): void => {
      const t = Math.min(1, (now - start) / travel);
      pulses.forEach((pulse, k) => {
        const path = paths.current[k];
        const dot = dots.current[k];
        if (!path || !dot || typeof path.getTotalLength !== 'function') return;
        const length = path.getTotalLength();
        const at = path.getPointAtLength(length * (pulse.backward ? 1 - t : t));
        dot.setAttribute('transform', `translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`);
        // Arrived: the number is now part of the neuron it reached.
        dot.style.opacity = t >= 1 ? '0' : '1';
      });
      if (t < 1) frame = requestAnimationFrame(move);
    };
    frame = requestAnimationFrame(move);
    return () => cancelAnimationFrame(frame);
  }, [pulses, paceMs]);

  if (pulses.length === 0) return null;
  return (
    <svg
      className="ng-overlay ng-pulses"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      data-testid="edge-pulses"
    >
      {pulses.map((p, k) => (
        <g key={p.edge.key}>
          <path
            ref={(el) => {
              paths.current[k] = el;
            }}
            d={p.edge.d}
            className="ng-pulse-path"
          />
          <g
            ref={(el) => {
              dots.current[k] = el;
            }}
            className={p.backward ? 'ng-pulse backward' : 'ng-pulse'}
          >
            <circle r={4.5} />
            {p.label && (
              <text y={-7} textAnchor="middle">
                {p.label}
              </text>
            )}
          </g>
        </g>
      ))}
    </svg>
  );
}

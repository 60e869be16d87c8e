import type { KeyboardEvent } from 'react';
import type { GraphElements } from './elements';
import { claimKey, type GraphHandlers } from './handlers';
import type { LayerLayout } from './layout';
import type { GraphShape } from './shape';
import { neuronLabel } from './notation';
import { useT } from '../shared/useT';
import { classNameWords } from '../shared/dataWords';
import type { Target } from './targets';

export interface NodeLayerProps {
  L: LayerLayout;
  depth: number;
  shape: GraphShape;
  els: GraphElements;
  handlers: GraphHandlers;
}

/** Radius of the activation badge on a square (heat-map) node. */
export function badgeRadius(L: LayerLayout): number {
  return Math.min(7, L.radius * 0.4);
}

/** A neuron's drawing: a circle, or a square frame with a badge; its value where it fits. */
function NodeBody({ L, els, y, j }: Pick<NodeLayerProps, 'L' | 'els'> & { y: number; j: number }) {
  const l = L.layer;
  const r = L.radius;
  const square = L.shape === 'square';
  return (
    <>
      {square ? (
        <>
          <rect
            className="ng-map-frame"
            x={L.x - r}
            y={y - r}
            width={2 * r}
            height={2 * r}
            rx={3}
          />
          <circle
            className="ng-badge"
            fill="#ffffff"
            cx={L.x + r}
            cy={y - r}
            r={badgeRadius(L)}
            ref={els.nodeFillRef(l, j)}
          />
        </>
      ) : (
        <circle
          className="ng-circle"
          fill="#ffffff"
          cx={L.x}
          cy={y}
          r={r}
          ref={els.nodeFillRef(l, j)}
        />
      )}
      {L.values && (
        <text
          className="ng-value"
          x={L.x}
          y={square ? y + r + 11 : y}
          dy={square ? 0 : '0.35em'}
          textAnchor="middle"
          fontSize={square ? 10 : Math.max(8, Math.min(11, r * 0.62))}
          ref={els.nodeTextRef(l, j)}
        />
      )}
    </>
  );
}

/** One neuron as a tab stop (Enter selects, B edits the bias), and its name beside it. */
function Node({ L, depth, shape, els, handlers, y, j }: NodeLayerProps & { y: number; j: number }) {
  const t = useT();
  const l = L.layer;
  const r = L.radius;
  const hasBias = l > 0 && shape.hasBias[l - 1];
  const names = l === 0 ? shape.inputNames : l === depth ? shape.outputNames : [];
  const target: Target = { kind: 'node', layer: l, index: j };
  const onKey = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      claimKey(e);
      handlers.select(l, j);
    } else if ((e.key === 'b' || e.key === 'B') && hasBias) {
      claimKey(e);
      handlers.editBias(l, j);
    }
  };
  const nameX = l === 0 ? L.x - r - 6 : L.x + r + (L.shape === 'square' ? badgeRadius(L) + 6 : 6);
  return (
    <g>
      <g
        className="ng-node"
        tabIndex={0}
        role="button"
        aria-label={neuronLabel(l, j, depth, shape.inputNames, t)}
        aria-keyshortcuts={hasBias ? 'B' : undefined}
        data-node={`${l}:${j}`}
        onPointerEnter={() => handlers.hover(target)}
        onPointerLeave={() => handlers.hover(null)}
        onFocus={() => handlers.hover(target)}
        onBlur={() => handlers.hover(null)}
        onClick={() => handlers.select(l, j)}
        onKeyDown={onKey}
      >
        <NodeBody L={L} els={els} y={y} j={j} />
      </g>
      {L.labels && names[j] && (
        <text
          className="ng-name"
          x={nameX}
          y={y}
          dy="0.35em"
          textAnchor={l === 0 ? 'end' : 'start'}
        >
          {classNameWords(t, names[j])}
        </text>
      )}
    </g>
  );
}

/**
 * A small layer's neurons: circles (value inside when there is room) or squares holding the
 * neuron's heat map (painted on the canvas beneath) with the value as a corner badge. Each is a
 * tab stop: Enter selects, B edits the bias.
 */
export function NodeLayer(props: NodeLayerProps) {
  return (
    <g className="ng-layer">
      {props.L.ys.map((y, j) => (
        <Node key={j} {...props} y={y} j={j} />
      ))}
    </g>
  );
}

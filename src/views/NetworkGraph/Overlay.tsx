import type { SelectionSlice } from '../../state/store';
import { cellBox } from './geometry';
import type { GraphLayout } from './layout';
import { edgePath, type Target } from './targets';

interface OverlayProps {
  layout: GraphLayout;
  hovered: Target | null;
  selectedNode: SelectionSlice['selectedNode'];
  selectedEdge: SelectionSlice['selectedEdge'];
}

/** Marks on top of the graph that follow the pointer and the selection; never takes the pointer. */
export function Overlay({ layout, hovered, selectedNode, selectedEdge }: OverlayProps) {
  return (
    <svg className="ng-overlay" width={layout.width} height={layout.height} aria-hidden="true">
      {selectedEdge && inRange(layout, selectedEdge.layer, selectedEdge.to, selectedEdge.from) && (
        <path
          className="ng-edge-mark selected"
          d={edgePath(layout, selectedEdge.layer, selectedEdge.to, selectedEdge.from)}
        />
      )}
      {hovered?.kind === 'edge' && (
        <path
          className="ng-edge-mark"
          d={edgePath(layout, hovered.layer, hovered.to, hovered.from)}
        />
      )}
      {hovered?.kind === 'node' && (
        <NodeMark layout={layout} layer={hovered.layer} index={hovered.index} className="hovered" />
      )}
      {selectedNode && selectedNode.layer < layout.layers.length && (
        <NodeMark
          layout={layout}
          layer={selectedNode.layer}
          index={selectedNode.index}
          className="selected"
        />
      )}
    </svg>
  );
}

function inRange(layout: GraphLayout, layer: number, to: number, from: number): boolean {
  return (
    layer >= 1 &&
    layer < layout.layers.length &&
    to < layout.layers[layer].size &&
    from < layout.layers[layer - 1].size
  );
}

function NodeMark({
  layout,
  layer,
  index,
  className,
}: {
  layout: GraphLayout;
  layer: number;
  index: number;
  className: string;
}) {
  const L = layout.layers[layer];
  if (index >= L.size) return null;
  if (L.kind === 'nodes') {
    const y = L.ys[index];
    const pad = 4;
    if (L.shape === 'square') {
      return (
        <rect
          className={`ng-node-mark ${className}`}
          x={L.x - L.radius - pad}
          y={y - L.radius - pad}
          width={2 * (L.radius + pad)}
          height={2 * (L.radius + pad)}
          rx={5}
        />
      );
    }
    // Hovering a circle is shown by CSS; only the selection needs a ring.
    if (className === 'hovered') return null;
    return <circle className={`ng-node-mark ${className}`} cx={L.x} cy={y} r={L.radius + pad} />;
  }
  const b = cellBox(L, index);
  const pad = 1.5;
  return (
    <rect
      className={`ng-node-mark ${className}`}
      x={b.left - pad}
      y={b.top - pad}
      width={b.width + 2 * pad}
      height={b.height + 2 * pad}
    />
  );
}

import { memo } from 'react';
import { BiasMarkers } from './BiasMarkers';
import { EdgeHits } from './EdgeHits';
import type { GraphElements } from './elements';
import { GridLayer } from './GridLayer';
import { svgPoint, type GraphHandlers } from './handlers';
import type { GraphLayout, LayerLayout } from './layout';
import type { GraphShape } from './shape';
import { NodeLayer } from './NodeLayer';
import { NormMarkers } from './NormMarkers';
import { useT } from '../shared/useT';

interface GraphSvgProps {
  layout: GraphLayout;
  shape: GraphShape;
  els: GraphElements;
  handlers: GraphHandlers;
}

/**
 * The SVG part of the graph: captions, names, small layers' nodes and edges, and hit areas for
 * the canvas-drawn parts. React renders it once per layout; the painter fills in the numbers.
 * Paint order = DOM order: edges, nodes (tab stops first), edge hit areas, bias markers, and
 * batch norm's γ and β markers.
 */
/** Hit area for the canvas-drawn edges: hover and click pick the nearest edge. */
function Background({ layout, handlers }: Pick<GraphSvgProps, 'layout' | 'handlers'>) {
  return (
    <rect
      className="ng-background"
      width={layout.width}
      height={layout.height}
      onPointerMove={(e) => {
        const p = svgPoint(e.currentTarget, e);
        handlers.hover(handlers.pickEdge(p.x, p.y));
      }}
      onPointerLeave={() => handlers.hover(null)}
      onClick={(e) => {
        const p = svgPoint(e.currentTarget, e);
        const t = handlers.pickEdge(p.x, p.y);
        if (t?.kind === 'edge') handlers.editWeight(t.layer, t.to, t.from);
      }}
    />
  );
}

/** Each layer's caption above it ("Hidden 1 · 4 tanh"), on two lines where it is narrow. */
function Captions({ layout }: Pick<GraphSvgProps, 'layout'>) {
  return (
    <g className="ng-captions" aria-hidden="true">
      {layout.layers.map((L) => {
        const x = captionX(L, layout.width);
        return (
          <text key={L.layer} x={x} y={L.caption.length > 1 ? 13 : 20} textAnchor="middle">
            {L.caption.map((line, k) => (
              <tspan
                key={k}
                x={x}
                dy={k === 0 ? 0 : 13}
                className={k === 0 ? 'ng-caption-name' : undefined}
              >
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

/** The parameters' markers of the small layers: biases, or batch norm's γ and β. */
function Markers({ layout, shape, els, handlers }: GraphSvgProps) {
  const depth = layout.layers.length - 1;
  return layout.layers.map((L) => {
    if (L.kind !== 'nodes' || L.layer === 0) return null;
    const props = { L, depth, shape, els, handlers };
    if (shape.batchNorm[L.layer - 1]) return <NormMarkers key={L.layer} {...props} />;
    return shape.hasBias[L.layer - 1] ? <BiasMarkers key={L.layer} {...props} /> : null;
  });
}

export const GraphSvg = memo(function GraphSvg({ layout, shape, els, handlers }: GraphSvgProps) {
  const depth = layout.layers.length - 1;
  const t = useT();
  return (
    <svg
      className="ng-svg"
      width={layout.width}
      height={layout.height}
      role="group"
      aria-label={t('network.label')}
    >
      {layout.canvasLayers.length > 0 && <Background layout={layout} handlers={handlers} />}
      <Captions layout={layout} />
      <g className="ng-edges" aria-hidden="true">
        {layout.svgEdges.map((e, k) => (
          <path key={e.key} d={e.d} ref={els.edgeRef(k)} stroke="#9aa1ad" strokeWidth={1} />
        ))}
      </g>
      {layout.layers.map((L) =>
        L.kind === 'nodes' ? (
          <NodeLayer
            key={L.layer}
            L={L}
            depth={depth}
            shape={shape}
            els={els}
            handlers={handlers}
          />
        ) : (
          <GridLayer key={L.layer} L={L} depth={depth} handlers={handlers} />
        ),
      )}
      <EdgeHits edges={layout.svgEdges} handlers={handlers} />
      <Markers layout={layout} shape={shape} els={els} handlers={handlers} />
    </svg>
  );
});

/** A caption's centre, moved inwards so the first and last captions stay inside the panel. */
function captionX(L: LayerLayout, width: number): number {
  const half = (Math.max(...L.caption.map((c) => c.length)) * 6.6) / 2;
  return Math.max(half + 2, Math.min(width - half - 2, L.x));
}

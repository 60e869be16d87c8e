import { useT } from '../shared/useT';
import { claimKey, type GraphHandlers } from './handlers';
import type { SvgEdge } from './layout';
import { weightName } from './notation';
import type { Target } from './targets';

/** Edges are tab stops only in small nets; in bigger ones they are reached by pointer. */
const FOCUSABLE_EDGES = 64;

/**
 * Wide transparent strokes over the SVG edges (as xyflow's interaction paths): easy to hover
 * and click even where the visible edge is a hairline.
 */
export function EdgeHits({ edges, handlers }: { edges: SvgEdge[]; handlers: GraphHandlers }) {
  const t = useT();
  const focusable = edges.length <= FOCUSABLE_EDGES;
  return (
    <g className="ng-edge-hits">
      {edges.map((e) => {
        const target: Target = { kind: 'edge', layer: e.layer, to: e.to, from: e.from };
        return (
          <path
            key={e.key}
            d={e.d}
            className="ng-edge-hit"
            data-edge={e.key}
            tabIndex={focusable ? 0 : undefined}
            role={focusable ? 'button' : undefined}
            aria-label={t('network.tip.weightTitle', { name: weightName(e.layer, e.to, e.from) })}
            onPointerEnter={() => handlers.hover(target)}
            onPointerLeave={() => handlers.hover(null)}
            onFocus={() => handlers.hover(target)}
            onBlur={() => handlers.hover(null)}
            onClick={() => handlers.editWeight(e.layer, e.to, e.from)}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' || ev.key === ' ') {
                claimKey(ev);
                handlers.editWeight(e.layer, e.to, e.from);
              }
            }}
          />
        );
      })}
    </g>
  );
}

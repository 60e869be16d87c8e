import { useState } from 'react';
import type { Translate } from '../../core/i18n';
import { useT } from '../shared/useT';
import { claimKey, svgPoint, type GraphHandlers } from './handlers';
import { cellAt } from './geometry';
import type { LayerLayout } from './layout';
import type { Target } from './targets';

interface GridLayerProps {
  L: LayerLayout;
  depth: number;
  handlers: GraphHandlers;
}

/**
 * The one SVG element of a wide layer or an image input: a hit area over its grid (painted on
 * the canvas). The pointer picks the neuron under it; arrow keys move a cursor, Enter selects.
 */
export function GridLayer({ L, depth, handlers }: GridLayerProps) {
  const [active, setActive] = useState(0);
  const target = (k: number): Target => ({ kind: 'node', layer: L.layer, index: k });
  const t = useT();
  // Images run row by row, cell grids column by column.
  const moves: Record<string, number> =
    L.kind === 'image'
      ? { ArrowUp: -L.cols, ArrowDown: L.cols, ArrowLeft: -1, ArrowRight: 1 }
      : { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -L.rows, ArrowRight: L.rows };
  return (
    <rect
      className="ng-grid-hit"
      x={L.box.left}
      y={L.box.top}
      width={L.box.width}
      height={L.box.height}
      tabIndex={0}
      role="button"
      aria-label={gridLabel(t, L, depth)}
      data-grid={L.layer}
      onPointerMove={(e) => {
        const p = svgPoint(e.currentTarget, e);
        const k = cellAt(L, p.x, p.y);
        handlers.hover(k >= 0 ? target(k) : null);
      }}
      onPointerLeave={() => handlers.hover(null)}
      onClick={(e) => {
        const p = svgPoint(e.currentTarget, e);
        const k = cellAt(L, p.x, p.y);
        if (k >= 0) handlers.select(L.layer, k);
      }}
      onFocus={() => handlers.hover(target(active))}
      onBlur={() => handlers.hover(null)}
      onKeyDown={(e) => {
        if (e.key in moves) {
          claimKey(e);
          const next = Math.max(0, Math.min(L.size - 1, active + moves[e.key]));
          setActive(next);
          handlers.hover(target(next));
        } else if (e.key === 'Enter' || e.key === ' ') {
          claimKey(e);
          handlers.select(L.layer, active);
        }
      }}
    />
  );
}

/** The grid's name for a screen reader: which layer, how many cells, how to move. */
function gridLabel(t: Translate, L: LayerLayout, depth: number): string {
  if (L.layer === 0) {
    const key = L.kind === 'image' ? 'network.grid.input' : 'network.grid.inputNeurons';
    return t(key, { size: L.size });
  }
  if (L.layer === depth) return t('network.grid.output', { size: L.size });
  return t('network.grid.hidden', { layer: L.layer, size: L.size });
}

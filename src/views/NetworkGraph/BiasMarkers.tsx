import type { NodeLayerProps } from './NodeLayer';
import { useT } from '../shared/useT';

/**
 * One small square per neuron at its lower left: colour = sign of b (or ∂C/∂b backward), size ∝
 * √|b| (set by the painter). Clicking it edits the bias. Drawn above the edge hit areas.
 */
export function BiasMarkers({ L, depth, els, handlers }: NodeLayerProps) {
  const t = useT();
  const l = L.layer;
  const r = L.radius;
  const inset = L.shape === 'square' ? 1 : 0.78;
  return (
    <g className="ng-biases">
      {L.ys.map((y, j) => {
        const label =
          l === depth
            ? t('network.bias.output', { index: j + 1 })
            : t('network.bias.hidden', { index: j + 1, layer: l });
        return (
          <rect
            key={j}
            className="ng-bias"
            fill="#9aa1ad"
            // A pointer's way to the bias; the keyboard's is B on the focused neuron (which says
            // so with aria-keyshortcuts), so the square is no extra tab stop and no button
            // a screen reader would offer without a way to press it.
            aria-hidden="true"
            x={L.x - r * inset - 4}
            y={y + r * inset - 4}
            width={8}
            height={8}
            ref={els.biasMarkRef(l, j)}
            onPointerEnter={() => handlers.hover({ kind: 'node', layer: l, index: j })}
            onPointerLeave={() => handlers.hover(null)}
            data-bias={`${l}:${j}`}
            onClick={() => handlers.editBias(l, j)}
          >
            <title>{label}</title>
          </rect>
        );
      })}
    </g>
  );
}

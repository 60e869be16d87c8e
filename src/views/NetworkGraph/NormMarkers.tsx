import './NormMarkers.css';
import type { KeyboardEvent } from 'react';
import { useT } from '../shared/useT';
import type { NodeLayerProps } from './NodeLayer';
import type { Target } from './targets';

/**
 * A batch-normalized layer's γ and β: per neuron a small diamond (γ, the scale) at its upper
 * left and a small square (β, the shift, in the bias's place) at its lower left. Colour = sign
 * of γ, β (∂C/∂γ, ∂C/∂β backward; Δγ, Δβ in Δw mode), size ∝ √|value| (set by the painter).
 * Hovering or focusing one shows the neuron's numbers, γ and β among them.
 */
export function NormMarkers({ L, els, handlers }: NodeLayerProps) {
  const t = useT();
  const l = L.layer;
  const r = L.radius;
  const inset = L.shape === 'square' ? 1 : 0.78;
  const x = L.x - r * inset - 4;
  return (
    <g className="ng-norms">
      {L.ys.map((y, j) => {
        const target: Target = { kind: 'node', layer: l, index: j };
        const where = { index: j + 1, layer: l };
        const show = (): void => handlers.hover(target);
        const hide = (): void => handlers.hover(null);
        const onKey = (e: KeyboardEvent<SVGElement>): void => {
          if (e.key === 'Escape') hide();
        };
        const top = y - r * inset - 4;
        return (
          <g key={j}>
            <path
              className="ng-gamma"
              fill="#9aa1ad"
              d={`M${x + 4},${top - 1}L${x + 9},${top + 4}L${x + 4},${top + 9}L${x - 1},${top + 4}Z`}
              tabIndex={0}
              role="img"
              aria-label={t('network.norm.gamma', where)}
              data-gamma={`${l}:${j}`}
              ref={els.gammaMarkRef(l, j)}
              onPointerEnter={show}
              onPointerLeave={hide}
              onFocus={show}
              onBlur={hide}
              onKeyDown={onKey}
            />
            <rect
              className="ng-beta"
              fill="#9aa1ad"
              x={x}
              y={y + r * inset - 4}
              width={8}
              height={8}
              tabIndex={0}
              role="img"
              aria-label={t('network.norm.beta', where)}
              data-beta={`${l}:${j}`}
              ref={els.betaMarkRef(l, j)}
              onPointerEnter={show}
              onPointerLeave={hide}
              onFocus={show}
              onBlur={hide}
              onKeyDown={onKey}
            />
          </g>
        );
      })}
    </g>
  );
}

import { NEGATIVE, POSITIVE, RAMP_CSS } from './colors';
import type { ViewMode } from './encoding';
import type { GraphLayout } from './layout';
import type { GraphShape } from './shape';

interface LegendProps {
  mode: ViewMode;
  shape: GraphShape;
  layout: GraphLayout;
}

const rampGradient = `linear-gradient(to right, ${RAMP_CSS[0]}, ${RAMP_CSS[128]}, ${RAMP_CSS[256]})`;

/** What the colours and widths mean in the current mode. */
export function Legend({ mode, shape, layout }: LegendProps) {
  // Δw mode (step inspector) draws nodes as forward values; only edges and biases differ.
  const forward = mode !== 'backward';
  const change = mode === 'delta-w';
  const anyBias = shape.hasBias.some(Boolean);
  const squares = layout.layers.some((L) => L.kind === 'nodes' && L.shape === 'square');
  const wide = layout.canvasLayers.length > 0;
  const sigmoid = shape.activations.includes('sigmoid');
  return (
    <ul className="ng-legend" aria-label="Legend">
      <li>
        <span className="ng-ramp" style={{ background: rampGradient }} aria-hidden="true">
          <span>−</span>
          <span>0</span>
          <span>+</span>
        </span>
        {forward ? (
          <span>
            node: activation <i>z</i> of the focus sample{sigmoid && ' (sigmoid: around ½)'}
          </span>
        ) : (
          <span>
            node: <i>δ</i> = ∂C/∂<i>a</i> of the focus sample, relative to the largest |δ|
          </span>
        )}
      </li>
      {change ? (
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="4" x2="42" y2="4" stroke={POSITIVE} strokeWidth="4" />
            <line x1="2" y1="11" x2="42" y2="11" stroke={NEGATIVE} strokeWidth="1.2" />
          </svg>
          <span>
            edge: Δ<i>w</i>, the change this update makes (thin grey: not updated yet), width ∝
            √|Δw|
          </span>
        </li>
      ) : (
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="4" x2="42" y2="4" stroke={POSITIVE} strokeWidth="4" />
            <line x1="2" y1="11" x2="42" y2="11" stroke={NEGATIVE} strokeWidth="1.2" />
          </svg>
          <span>
            edge:{' '}
            {forward ? (
              <>
                weight <i>w</i>
              </>
            ) : (
              <>
                ∂C/∂<i>w</i> of the last batch
              </>
            )}
            , width ∝ √|
            {forward ? 'w' : '∂C/∂w'}|, blue +, red −
          </span>
        </li>
      )}
      {anyBias && (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="3" y="3" width="8" height="8" fill={POSITIVE} />
          </svg>
          <span>
            {change ? 'Δb' : forward ? 'bias b' : '∂C/∂b'}, size ∝ √|
            {change ? 'Δb' : forward ? 'b' : '∂C/∂b'}| (click to edit b)
          </span>
        </li>
      )}
      {squares && (
        <li>
          <span className="ng-map-icon" aria-hidden="true" />
          <span>
            square: the neuron’s output over the input {shape.maps === 'line' ? 'line' : 'plane'}, ○
            the focus sample
          </span>
        </li>
      )}
      {wide && (
        <li>
          <span>
            wide layers: one cell per neuron, only the strongest edges drawn, opacity ∝ |
            {forward ? 'w' : '∂C/∂w'}|
          </span>
        </li>
      )}
    </ul>
  );
}

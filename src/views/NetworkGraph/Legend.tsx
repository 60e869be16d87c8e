import { NEGATIVE, POSITIVE, RAMP_CSS } from './colors';
import type { ViewMode } from './encoding';
import type { GraphLayout } from './layout';
import type { GraphShape } from './shape';
import { useT } from '../shared/useT';

interface LegendProps {
  mode: ViewMode;
  shape: GraphShape;
  layout: GraphLayout;
}

const rampGradient = `linear-gradient(to right, ${RAMP_CSS[0]}, ${RAMP_CSS[128]}, ${RAMP_CSS[256]})`;

/** Two lines, thick blue and thin red: an edge's sign and size. */
function EdgeIcon() {
  return (
    <svg width="44" height="14" aria-hidden="true">
      <line x1="2" y1="4" x2="42" y2="4" stroke={POSITIVE} strokeWidth="4" />
      <line x1="2" y1="11" x2="42" y2="11" stroke={NEGATIVE} strokeWidth="1.2" />
    </svg>
  );
}

/** What the node colour means: z forward (Δw mode draws nodes forward too), δ backward. */
function NodeEntry({ forward, sigmoid }: { forward: boolean; sigmoid: boolean }) {
  const t = useT();
  let text: string;
  if (!forward) text = t('network.legend.nodeBackward');
  else text = sigmoid ? t('network.legend.nodeSigmoid') : t('network.legend.node');
  return (
    <li>
      <span className="ng-ramp" style={{ background: rampGradient }} aria-hidden="true">
        <span>−</span>
        <span>0</span>
        <span>+</span>
      </span>
      <span>{text}</span>
    </li>
  );
}

/** Which parameter's number the markers and edges show in a mode: w, ∂C/∂w or Δw. */
function pick(mode: ViewMode, forward: string, backward: string, change: string): string {
  if (mode === 'delta-w') return change;
  return mode === 'backward' ? backward : forward;
}

/** Batch norm's markers: ◆ γ and ■ β, or their gradients, or their changes. */
function NormEntry({ mode }: { mode: ViewMode }) {
  const t = useT();
  return (
    <li>
      <svg width="26" height="14" aria-hidden="true">
        <path d="M6,2L11,7L6,12L1,7Z" fill={POSITIVE} />
        <rect x="15" y="3" width="8" height="8" fill={NEGATIVE} />
      </svg>
      <span>
        {t('network.legend.norm', {
          gamma: pick(mode, 'γ', '∂C/∂γ', 'Δγ'),
          beta: pick(mode, 'β', '∂C/∂β', 'Δβ'),
        })}
      </span>
    </li>
  );
}

/** What the colours and widths mean in the current mode. */
export function Legend({ mode, shape, layout }: LegendProps) {
  const t = useT();
  const forward = mode !== 'backward';
  const squares = layout.layers.some((L) => L.kind === 'nodes' && L.shape === 'square');
  const wide = layout.canvasLayers.length > 0;
  const w = pick(mode, 'w', '∂C/∂w', 'Δw');
  const b = pick(mode, 'b', '∂C/∂b', 'Δb');
  return (
    <ul className="ng-legend" aria-label={t('network.legend.label')}>
      <NodeEntry forward={forward} sigmoid={shape.activations.includes('sigmoid')} />
      <li>
        <EdgeIcon />
        <span>
          {mode === 'delta-w'
            ? t('network.legend.edgeChange')
            : t(forward ? 'network.legend.edge' : 'network.legend.edgeGrad', { w })}
        </span>
      </li>
      {shape.hasBias.some(Boolean) && (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="3" y="3" width="8" height="8" fill={POSITIVE} />
          </svg>
          <span>{t('network.legend.bias', { b })}</span>
        </li>
      )}
      {shape.batchNorm.some(Boolean) && <NormEntry mode={mode} />}
      {squares && (
        <li>
          <span className="ng-map-icon" aria-hidden="true" />
          <span>
            {shape.maps === 'line' ? t('network.legend.mapLine') : t('network.legend.mapPlane')}
          </span>
        </li>
      )}
      {wide && (
        <li>
          <span>{t('network.legend.wide', { w })}</span>
        </li>
      )}
    </ul>
  );
}

/**
 * The network graph: layers left to right, node fill = the focus sample's activation z (forward)
 * or delta δ (backward), edges = weights w or gradients ∂C/∂w (width ∝ √|v|, colour = sign).
 *
 * Design, from 2-2-1 to 784-64-10:
 * - React renders the STRUCTURE once per run and panel width (layout.ts computes every
 *   position with d3-scale; curved links come from d3-shape). Numbers never re-render React:
 *   useGraphPainter writes them each animation frame into SVG attributes (paintSvg.ts) and
 *   onto one canvas beneath the SVG (edgeCanvas.ts, pictures.ts).
 * - Layers of up to 24 neurons are SVG nodes with value text, bias marker, hover and click.
 *   Wider layers become a compact grid of cells (every neuron visible, ~7–12 px each) and an
 *   image input (digits) becomes the focus image itself; both are canvas pixels with one SVG
 *   hit area per layer. Edges touching them are canvas lines, only the strongest 1 600 per layer,
 *   opacity ∝ |v|; they can still be hovered and clicked (picked by distance). So 784-64-10 keeps
 *   a few dozen SVG elements and a frame costs one pass over the weights plus a few thousand
 *   line segments.
 * - With 2-D data, hidden and output neurons are squares showing their own output over the
 *   plane (heat map, the focus sample marked) with the focus activation as a corner badge.
 * - Hover shows exact values (Tooltip), clicking an edge or a bias marker opens an inline editor
 *   (EdgeEditor → controller.editWeight / editBias), clicking a node selects it.
 */
import { useAppStore } from '../../state/store';
import type { Translate } from '../../core/i18n';
import { useT } from '../shared/useT';
import type { RunInfo } from '../../core/runInfo';
import { OpenNeuronButton } from '../ScalarGraph/OpenNeuronButton';
import { formatCount } from '../shared/format';
import { GraphStage } from './GraphStage';
import { ModeToggle } from './ModeToggle';
import './NetworkGraph.css';
import { selectInfo, selectStatus } from '../../state/selectors';

export function NetworkGraph() {
  const t = useT();
  const info = useAppStore(selectInfo);
  // A run that could not start has no network; the notice says why.
  const failed = useAppStore(selectStatus) === 'failed';
  return (
    <div className="network-graph">
      <div className="ng-header">
        <h2>{t('network.title')}</h2>
        {info && <p className="ng-shape">{shapeCaption(t, info)}</p>}
        <ModeToggle />
        <OpenNeuronButton />
      </div>
      {info ? (
        <GraphStage key={info.runId} info={info} />
      ) : (
        <div className="panel-empty ng-empty">
          {t(failed ? 'network.failed' : 'network.building')}
        </div>
      )}
    </div>
  );
}

function shapeCaption(t: Translate, info: RunInfo): string {
  const n = info.parameterCount;
  const params = { sizes: info.sizes.join(' – '), count: formatCount(n) };
  return t(n === 1 ? 'network.shapeOne' : 'network.shape', params);
}

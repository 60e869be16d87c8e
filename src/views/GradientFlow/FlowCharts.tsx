import type { RunInfo } from '../../core/runInfo';
import { useElementWidth } from '../shared/useElementWidth';
import { FlowChart, type FlowBand, type FlowLine } from './FlowChart';
import { LayerLegend } from './LayerLegend';
import { GRADIENT_CHART_HEIGHT, SMALL_CHART_GAP, SMALL_CHART_HEIGHT } from './layout';
import { unitKind } from './layerMetrics';
import { layerColor } from './palette';

/** Width used before the column is measured (and in a DOM without layout). */
const DEFAULT_WIDTH = 760;
/** Below this width the two small charts stack instead of sitting side by side. */
const SIDE_BY_SIDE_MIN = 560;

/** Healthy training often changes a layer's weights by about a thousandth of their size a step. */
const HEALTHY_UPDATE: FlowBand = {
  lo: 10 ** -3.5,
  hi: 10 ** -2.5,
  label: 'typical healthy ≈ 1e-3',
};

/**
 * The per-layer charts over time: mean |∂C/∂W| (log), the update-to-weight ratio (log) and the
 * share of dead or saturated units, one line per layer coloured by depth.
 */
export function FlowCharts({ info }: { info: RunInfo }) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const depth = info.sizes.length - 1;
  const lines: FlowLine[] = info.activations.map((activation, k) => ({
    layer: k + 1,
    color: layerColor(k + 1, depth),
    dashed: false,
    label: `layer ${k + 1} (${activation}${k + 1 === depth ? ', output' : ''})`,
  }));
  const unitLines = lines.flatMap((line, k) => {
    const kind = unitKind(info.activations[k]);
    return kind ? [{ ...line, dashed: kind === 'dead', label: `${line.label}: % ${kind}` }] : [];
  });
  const sideBySide = width >= SIDE_BY_SIDE_MIN;
  const smallWidth = sideBySide ? Math.floor((width - SMALL_CHART_GAP) / 2) : width;

  return (
    <div className="flow-charts" ref={boxRef}>
      <LayerLegend info={info} />
      <FlowChart
        title={
          <>
            mean |∂C/∂W| per layer <span className="flow-scale">log scale</span>
          </>
        }
        description="Mean absolute weight gradient of each layer against the training step, on a log scale"
        metric="grad"
        kind="log"
        lines={lines}
        width={width}
        height={GRADIENT_CHART_HEIGHT}
      />
      <div className={`flow-small ${sideBySide ? 'side-by-side' : ''}`}>
        <FlowChart
          title={
            <>
              update / weight ‖ΔW‖/‖W‖ <span className="flow-scale">log scale</span>
            </>
          }
          description="Size of each layer's last weight update relative to its weights, against the training step, on a log scale"
          metric="update"
          kind="log"
          lines={lines}
          width={smallWidth}
          height={SMALL_CHART_HEIGHT}
          band={HEALTHY_UPDATE}
        />
        <FlowChart
          title="% dead (ReLU, dashed) · % saturated (σ, tanh)"
          description="Share of dead ReLU units and of saturated sigmoid or tanh units in each layer, against the training step"
          metric="units"
          kind="percent"
          lines={unitLines}
          width={smallWidth}
          height={SMALL_CHART_HEIGHT}
          noLines="No ReLU, sigmoid or tanh layer in this network"
        />
      </div>
    </div>
  );
}

import type { RunInfo } from '../../core/runInfo';
import { useElementWidth } from '../shared/useElementWidth';
import { FlowChart, type FlowBand, type FlowLine } from './FlowChart';
import { LayerLegend } from './LayerLegend';
import { GRADIENT_CHART_HEIGHT, SMALL_CHART_GAP, SMALL_CHART_HEIGHT } from './layout';
import { unitKind } from './layerMetrics';
import { layerColor } from './palette';
import { useT } from '../shared/useT';

/** Width used before the column is measured (and in a DOM without layout). */
const DEFAULT_WIDTH = 760;
/** Below this width the two small charts stack instead of sitting side by side. */
const SIDE_BY_SIDE_MIN = 560;

/** Healthy training often changes a layer's weights by about a thousandth of their size a step. */
const HEALTHY_UPDATE: Omit<FlowBand, 'label'> = { lo: 10 ** -3.5, hi: 10 ** -2.5 };

/**
 * The per-layer charts over time: mean |∂C/∂W| (log), the update-to-weight ratio (log) and the
 * share of dead or saturated units, one line per layer coloured by depth.
 */
export function FlowCharts({ info }: { info: RunInfo }) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const t = useT();
  const depth = info.sizes.length - 1;
  const lines: FlowLine[] = info.activations.map((activation, k) => ({
    layer: k + 1,
    color: layerColor(k + 1, depth),
    dashed: false,
    label: t(k + 1 === depth ? 'flow.lineOutput' : 'flow.line', { layer: k + 1, activation }),
  }));
  const unitLines = lines.flatMap((line, k) => {
    const kind = unitKind(info.activations[k]);
    if (!kind) return [];
    const label = t(kind === 'dead' ? 'flow.lineDead' : 'flow.lineSaturated', { line: line.label });
    return [{ ...line, dashed: kind === 'dead', label }];
  });
  const sideBySide = width >= SIDE_BY_SIDE_MIN;
  const smallWidth = sideBySide ? Math.floor((width - SMALL_CHART_GAP) / 2) : width;

  return (
    <div className="flow-charts" ref={boxRef}>
      <LayerLegend info={info} />
      <FlowChart
        title={
          <>
            {t('flow.grad.title')} <span className="flow-scale">{t('flow.logScale')}</span>
          </>
        }
        description={t('flow.grad.description')}
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
              {t('flow.update.title')} <span className="flow-scale">{t('flow.logScale')}</span>
            </>
          }
          description={t('flow.update.description')}
          metric="update"
          kind="log"
          lines={lines}
          width={smallWidth}
          height={SMALL_CHART_HEIGHT}
          band={{ ...HEALTHY_UPDATE, label: t('flow.band') }}
        />
        <FlowChart
          title={t('flow.units.title')}
          description={t('flow.units.description')}
          metric="units"
          kind="percent"
          lines={unitLines}
          width={smallWidth}
          height={SMALL_CHART_HEIGHT}
          noLines={t('flow.units.none')}
        />
      </div>
    </div>
  );
}

import type { DataView } from '../../core/runInfo';
import { formatValue } from '../shared/format';
import { useT } from '../shared/useT';
import { classLabels } from '../shared/dataWords';
import { classColors, NEGATIVE, NEUTRAL, POSITIVE, type Coloring } from './palette';

/** What the colours mean: the class swatches, or the ramp with its values for regression. */
export function MapLegend({ data, coloring }: { data: DataView; coloring: Coloring }) {
  const t = useT();
  if (data.task === 'regression') {
    if (coloring.kind !== 'diverging') return null;
    const { center, span } = coloring;
    return (
      <div className="map-legend ramp" aria-label={t('output.ramp')}>
        <span>{formatValue(center - span)}</span>
        <span
          className="ramp-bar"
          style={{ background: `linear-gradient(to right, ${NEGATIVE}, ${NEUTRAL}, ${POSITIVE})` }}
        />
        <span>{formatValue(center + span)}</span>
        <span className="muted">{t('output.rampCentre', { centre: formatValue(center) })}</span>
      </div>
    );
  }
  const colors = classColors(data.classes);
  const names = classLabels(t, data);
  return (
    <ul className="map-legend" aria-label={t('output.classes')}>
      {names.map((name, k) => (
        <li key={k}>
          <span className="swatch" style={{ background: colors[k] }} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  );
}

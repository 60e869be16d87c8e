import { scaleLog } from 'd3-scale';
import { layerMark } from '../../core/marks';
import { describeCount, gradientCosts, reuseOf } from '../../core/scalarGraph';
import { useAppStore, type AppState } from '../../state/store';
import { formatLogTick } from '../LossChart/lossScales';
import { formatCount } from '../shared/format';
import { useT } from '../shared/useT';

const selectSizes = (s: AppState) => s.info?.sizes ?? null;

const CHART_W = 360;
const BAR_H = 22;
const LABEL_W = 150;
/** Room under the bars for the log axis: a tick per power of ten and its label. */
const AXIS_H = 30;

/** One gradient of the current network, counted three ways, with a small log-scale chart. */
export function WhyBackprop() {
  const t = useT();
  const sizes = useAppStore(selectSizes);
  if (!sizes) return null;
  const costs = gradientCosts(sizes);
  const rows = [
    { key: 'backprop', label: t('scalar.why.backprop'), value: costs.backprop },
    { key: 'paths', label: t('scalar.why.paths'), value: costs.pathSum },
    { key: 'fd', label: t('scalar.why.fd'), value: costs.finiteDifferences },
  ].map((r) => ({ ...r, ...describeCount(r.value) }));
  const L = sizes.length - 1;
  return (
    <section className="sg-why" aria-label={t('scalar.why')}>
      <h3>{t('scalar.why.title', { sizes: sizes.join('-') })}</h3>
      <p className="sg-muted">
        {t('scalar.why.counted', {
          parameters: formatCount(Number(costs.parameters)),
          forward: describeCount(costs.forward).exact,
        })}
      </p>
      <CostChart rows={rows} />
      <table className="sg-why-table">
        <tbody>
          <tr>
            <th>{t('scalar.why.backpropRow')}</th>
            <td data-testid="why-backprop">{rows[0].exact}</td>
            <td>{rows[0].log10 >= 4 ? rows[0].power : ''}</td>
            <td>{t('scalar.why.backpropNote')}</td>
          </tr>
          <tr>
            <th>{t('scalar.why.pathsRow')}</th>
            <td data-testid="why-paths">{rows[1].exact}</td>
            <td>{rows[1].log10 >= 4 ? rows[1].power : ''}</td>
            <td>{t('scalar.why.pathsNote', { paths: describeCount(costs.paths).exact })}</td>
          </tr>
          <tr>
            <th>{t('scalar.why.fdRow')}</th>
            <td data-testid="why-fd">{rows[2].exact}</td>
            <td>{rows[2].log10 >= 4 ? rows[2].power : ''}</td>
            <td>{t('scalar.why.fdNote')}</td>
          </tr>
        </tbody>
      </table>
      <p className="sg-muted">
        {t('scalar.why.reuse', {
          uses: Array.from({ length: L }, (_, k) => {
            const r = reuseOf(sizes, k + 1);
            return t('scalar.why.reuseLayer', {
              mark: layerMark(k + 1),
              products: r.uses,
              paths: describeCount(r.pathsThrough).power,
            });
          }).join('; '),
        })}
      </p>
    </section>
  );
}

interface CostRow {
  key: string;
  label: string;
  log10: number;
}

/** The three costs as bars on a log scale, its axis a tick per power of ten. */
function CostChart({ rows }: { rows: readonly CostRow[] }) {
  const t = useT();
  const top = Math.max(1, ...rows.map((r) => r.log10));
  const x = scaleLog([1, 10 ** Math.ceil(top)], [0, CHART_W - LABEL_W - 8]).clamp(true);
  // Every power of ten, or every k-th where there are many (a 784-wide network: 10¹⁵ and up).
  const decades = Math.ceil(top);
  const every = Math.ceil((decades + 1) / 7);
  const ticks = Array.from({ length: decades + 1 }, (_, e) => e).filter((e) => e % every === 0);
  const barsH = rows.length * (BAR_H + 8);
  return (
    <svg
      className="sg-why-chart"
      width={CHART_W}
      height={barsH + AXIS_H}
      role="img"
      aria-label={t('scalar.why.chart')}
    >
      {rows.map((r, k) => (
        <g key={r.key} transform={`translate(0,${k * (BAR_H + 8)})`}>
          <text x={LABEL_W - 6} y={BAR_H / 2 + 4} textAnchor="end">
            {r.label}
          </text>
          <rect
            x={LABEL_W}
            width={Math.max(2, x(Math.max(1, 10 ** r.log10)))}
            height={BAR_H}
            className={`sg-bar-${r.key}`}
          />
        </g>
      ))}
      <g className="sg-why-axis" transform={`translate(${LABEL_W},${barsH})`}>
        <line x1={0} x2={x(10 ** decades)} y1={0} y2={0} />
        {ticks.map((e) => (
          <g key={e} transform={`translate(${x(10 ** e)},0)`}>
            <line y1={0} y2={4} />
            <text y={16} textAnchor="middle">
              {formatLogTick(10 ** e)}
            </text>
          </g>
        ))}
        <text className="sg-why-scale" x={x(10 ** decades)} y={28} textAnchor="end">
          {t('scalar.why.scale')}
        </text>
      </g>
    </svg>
  );
}

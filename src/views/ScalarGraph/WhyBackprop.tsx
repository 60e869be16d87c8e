import { scaleLog } from 'd3-scale';
import { describeCount, gradientCosts, reuseOf } from '../../core/scalarGraph';
import { useAppStore, type AppState } from '../../state/store';
import { formatCount } from '../shared/format';

const selectSizes = (s: AppState) => s.info?.sizes ?? null;

const CHART_W = 360;
const BAR_H = 22;
const LABEL_W = 150;

/** One gradient of the current network, counted three ways, with a small log-scale chart. */
export function WhyBackprop() {
  const sizes = useAppStore(selectSizes);
  if (!sizes) return null;
  const costs = gradientCosts(sizes);
  const rows = [
    { key: 'backprop', label: 'one backward pass', value: costs.backprop },
    { key: 'paths', label: 'sum over every path', value: costs.pathSum },
    { key: 'fd', label: 'finite differences', value: costs.finiteDifferences },
  ].map((r) => ({ ...r, ...describeCount(r.value) }));
  const top = Math.max(1, ...rows.map((r) => r.log10));
  const x = scaleLog([1, 10 ** Math.ceil(top)], [0, CHART_W - LABEL_W - 8]).clamp(true);
  const L = sizes.length - 1;
  return (
    <section className="sg-why" aria-label="Why backprop">
      <h3>Why backprop: the cost of one gradient of this {sizes.join('-')} network</h3>
      <p className="sg-muted">
        Counted in multiplications, for all {formatCount(Number(costs.parameters))} parameters
        (biases included) on one sample; a forward pass is {describeCount(costs.forward).exact}.
      </p>
      <svg
        className="sg-why-chart"
        width={CHART_W}
        height={rows.length * (BAR_H + 8)}
        role="img"
        aria-label="Cost of one gradient on a log scale"
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
      </svg>
      <table className="sg-why-table">
        <tbody>
          <tr>
            <th>One backward pass</th>
            <td data-testid="why-backprop">{rows[0].exact}</td>
            <td>{rows[0].log10 >= 4 ? rows[0].power : ''}</td>
            <td>forward, then Wᵀδ and δzᵀ: about three forward passes in all</td>
          </tr>
          <tr>
            <th>Every input-to-output path</th>
            <td data-testid="why-paths">{rows[1].exact}</td>
            <td>{rows[1].log10 >= 4 ? rows[1].power : ''}</td>
            <td>
              {describeCount(costs.paths).exact} paths through the network; each parameter’s
              gradient summed over its paths to the output, one product per path
            </td>
          </tr>
          <tr>
            <th>Finite differences</th>
            <td data-testid="why-fd">{rows[2].exact}</td>
            <td>{rows[2].log10 >= 4 ? rows[2].power : ''}</td>
            <td>two forward passes per parameter</td>
          </tr>
        </tbody>
      </table>
      <p className="sg-muted">
        Reuse: each δ⁽ˡ⁾ is computed once and then used{' '}
        {Array.from({ length: L }, (_, k) => {
          const r = reuseOf(sizes, k + 1);
          return `δ⁽${k + 1}⁾ by ${r.uses} products (${describeCount(r.pathsThrough).power} paths pass through each of its neurons)`;
        }).join('; ')}
        . That sharing is dynamic programming: the path sum recomputes the same products once per
        path.
      </p>
    </section>
  );
}

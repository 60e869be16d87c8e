import type { GradientCheck } from '../../core/runInfo';
import { formatCount } from '../shared/format';
import { verdictFor } from './gradcheckVerdict';
import { hasKink } from './layerMetrics';
import { sci } from './sci';

/** The network a check was asked on: its run and step, and its cost and gradients if known. */
export interface CheckedNetwork {
  runId: number;
  step: number;
  cost?: number;
  /** mean |∂C/∂W⁽ˡ⁾| at index l−1. */
  meanAbsGrads?: number[];
}

interface GradientCheckTableProps {
  result: GradientCheck;
  /** Activation of each layer 1 … L. */
  activations: readonly string[];
  checked: CheckedNetwork | null;
}

/** Each layer's largest relative error with ✓ (< 1e-6), ~ (< 1e-3) or ✗, and what was checked. */
export function GradientCheckTable({ result, activations, checked }: GradientCheckTableProps) {
  const kinked = activations.some(hasKink);
  const compared = result.layers.reduce((n, l) => n + l.checked, 0);
  return (
    <>
      <table className="flow-gradcheck-table">
        <thead>
          <tr>
            <th scope="col">layer</th>
            <th scope="col" title="‖g − ĝ‖ / (‖g‖ + ‖ĝ‖): backprop g against finite differences ĝ">
              relative error
            </th>
            <th scope="col">parameters</th>
            <th scope="col">
              <span className="flow-sr-only">verdict</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.layers.map((layer) => {
            const verdict = verdictFor(layer.relativeError, {
              kinked,
              cost: checked?.cost,
              meanAbsGrad: checked?.meanAbsGrads?.[layer.layer - 1],
            });
            return (
              <tr key={layer.layer} className={`verdict-${verdict.label}`}>
                <th scope="row">
                  layer {layer.layer} <small>{activations[layer.layer - 1] ?? ''}</small>
                </th>
                <td className="number">{sci(layer.relativeError)}</td>
                <td className="number">{formatCount(layer.checked)}</td>
                <td className="verdict">
                  <span aria-label={verdict.label} title={verdict.label}>
                    {verdict.symbol}
                  </span>
                  {verdict.note && <small> {verdict.note}</small>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="flow-note">
        Relative error |g<sub>backprop</sub> − g<sub>numeric</sub>| / (|g<sub>backprop</sub>| + |g
        <sub>numeric</sub>|), with g<sub>numeric</sub> = (C(w+h) − C(w−h)) / 2h, h = 10⁻⁵ and C
        averaged over the first {formatCount(result.samples)} training samples;{' '}
        {formatCount(compared)} weights and biases compared (up to 64 of each per layer)
        {checked ? `, at step ${formatCount(checked.step)}` : ''}. ✓ below 10⁻⁶, ~ below 10⁻³, ✗
        above.
      </p>
    </>
  );
}

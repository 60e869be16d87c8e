import type { GradientCheck } from '../../core/runInfo';
import { formatCount } from '../shared/format';
import { verdictFor } from './gradcheckVerdict';
import { hasKink } from './layerMetrics';
import { sci } from './sci';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';
import { activationName } from '../Controls/choiceLabels';

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
  const t = useT();
  const kinked = activations.some(hasKink);
  return (
    <>
      <table className="flow-gradcheck-table">
        <thead>
          <tr>
            <th scope="col">{t('flow.check.layer')}</th>
            <th scope="col" title={t('flow.check.relativeErrorTitle')}>
              {t('flow.check.relativeError')}
            </th>
            <th scope="col">{t('flow.check.parameters')}</th>
            <th scope="col">
              <span className="flow-sr-only">{t('flow.check.verdict')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.layers.map((layer) => {
            const verdict = verdictFor(t, layer.relativeError, {
              kinked,
              cost: checked?.cost,
              meanAbsGrad: checked?.meanAbsGrads?.[layer.layer - 1],
            });
            const label = t(VERDICT_WORDS[verdict.label]);
            return (
              <tr key={layer.layer} className={`verdict-${verdict.label}`}>
                <th scope="row">
                  {t('flow.layer', { layer: layer.layer })}{' '}
                  <small>{activationName(activations[layer.layer - 1] ?? '', t)}</small>
                </th>
                <td className="number">{sci(layer.relativeError)}</td>
                <td className="number">{formatCount(layer.checked)}</td>
                <td className="verdict">
                  <span aria-label={label} title={label}>
                    {verdict.symbol}
                  </span>
                  {verdict.note && <small> {verdict.note}</small>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CheckNote result={result} checked={checked} />
    </>
  );
}

const VERDICT_WORDS = {
  agrees: 'flow.check.agrees',
  close: 'flow.check.close',
  disagrees: 'flow.check.disagrees',
} as const;

/** What the relative error is, how the numeric gradient was taken, and how much was compared. */
function CheckNote({ result, checked }: { result: GradientCheck; checked: CheckedNetwork | null }) {
  const rich = useRichT();
  const t = useT();
  const compared = result.layers.reduce((n, l) => n + l.checked, 0);
  const backprop = <sub>{t('flow.check.subBackprop')}</sub>;
  const numeric = <sub>{t('flow.check.subNumeric')}</sub>;
  const parts = {
    error: (
      <>
        |g{backprop} − g{numeric}| / (|g{backprop}| + |g{numeric}|)
      </>
    ),
    numeric: <>g{numeric} = (C(w+h) − C(w−h)) / 2h</>,
    samples: formatCount(result.samples),
    compared: formatCount(compared),
  };
  return (
    <p className="flow-note">
      {checked
        ? rich('flow.check.noteAtStep', { ...parts, step: formatCount(checked.step) })
        : rich('flow.check.note', parts)}
    </p>
  );
}

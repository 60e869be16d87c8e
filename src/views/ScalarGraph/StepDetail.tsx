import type { ScalarGraph } from '../../core/scalarGraph';
import { formatValue } from '../shared/format';
import type { WalkState } from './walk';
import { useRichT } from '../shared/richText';
import { ruleWords } from './ruleWords';
import { useT } from '../shared/useT';

/** The step just taken in words: upstream × local = product for each input, and the rule. */
export function StepDetail({ graph, walk }: { graph: ScalarGraph; walk: WalkState }) {
  const t = useT();
  const rich = useRichT();
  const step = walk.current;
  // What the walk differentiates: the loss C of a network's neuron, else the expression f.
  const out = graph.nodes[graph.output].op === 'loss' ? 'C' : 'f';
  if (!step) {
    return (
      <p className="sg-detail sg-hint">
        {rich('scalar.start', {
          button: <strong>{t('scalar.backwardName')}</strong>,
          arrow: <kbd>→</kbd>,
          out,
        })}
      </p>
    );
  }
  const node = graph.nodes[step.node];
  return (
    <div className="sg-detail" data-testid="sg-detail">
      <p>
        <strong>{node.label}</strong>{' '}
        <span className="sg-rule-name">{ruleWords(t, step.rule)}</span> —{' '}
        {ruleWords(t, step.localNote)}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('scalar.toInput')}</th>
            <th>{t('scalar.upstream', { node: node.label, out })}</th>
            <th>{t('scalar.local')}</th>
            <th>{t('scalar.product')}</th>
          </tr>
        </thead>
        <tbody>
          {node.inputs.map((input, m) => (
            <tr key={m}>
              <td>
                {graph.nodes[input].label}{' '}
                <span className="sg-muted">({formatValue(graph.nodes[input].value)})</span>
              </td>
              <td>{formatValue(step.upstream)}</td>
              <td>{formatValue(step.locals[m])}</td>
              <td className="sg-product">{formatValue(step.products[m])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

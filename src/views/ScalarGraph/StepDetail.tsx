import type { ScalarGraph } from '../../core/scalarGraph';
import { formatValue } from '../shared/format';
import type { WalkState } from './walk';

/** The step just taken in words: upstream × local = product for each input, and the rule. */
export function StepDetail({ graph, walk }: { graph: ScalarGraph; walk: WalkState }) {
  const step = walk.current;
  if (!step) {
    return (
      <p className="sg-detail sg-hint">
        Forward pass done: each node shows its value. Press <kbd>Backward step</kbd> (or{' '}
        <kbd>→</kbd> on the graph) to start at f with ∂f/∂f = 1.
      </p>
    );
  }
  const node = graph.nodes[step.node];
  return (
    <div className="sg-detail" data-testid="sg-detail">
      <p>
        <strong>{node.label}</strong> <span className="sg-rule-name">{step.rule}</span> —{' '}
        {step.localNote}
      </p>
      <table>
        <thead>
          <tr>
            <th>to input</th>
            <th>upstream ∂f/∂{node.label}</th>
            <th>local</th>
            <th>product</th>
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

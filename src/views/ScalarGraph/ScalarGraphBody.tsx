/**
 * The open scalar-graph panel's content: the graph of a typed expression or of one neuron, and
 * why backpropagation is cheap. Loaded when the panel first opens (ScalarGraphPanel.tsx).
 */
import { ExpressionMode } from './ExpressionMode';
import { NeuronMode } from './NeuronMode';
import { WhyBackprop } from './WhyBackprop';

export function ScalarGraphBody({ mode }: { mode: 'expression' | 'neuron' }) {
  return (
    <>
      {mode === 'expression' ? <ExpressionMode /> : <NeuronMode />}
      <WhyBackprop />
    </>
  );
}

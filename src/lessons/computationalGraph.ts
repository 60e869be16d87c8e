import { PRESETS } from '../core/scalarGraph';
import type { ConfigPatch, Lesson } from './types';

/** A preset of the graph view as the link's `open` fields. */
function graphOf(id: string, graphStep = 0): ConfigPatch {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no graph preset ${id}`);
  return {
    open: {
      graphExpression: preset.expression,
      graphValues: Object.values(preset.values).join(','),
      graphStep,
    },
  };
}

export const computationalGraph: Lesson = {
  id: 'computational-graph',
  title: 'Backprop on a computational graph',
  summary:
    'From (x+y)·z to a sigmoid neuron to one neuron of a trained network, one number at a time.',
  text:
    'Backpropagation is the chain rule walked from the output back, one operation at a time. ' +
    'For f = (x + y)·z at x = −2, y = 5, z = −4: q = x + y = 3 and f = q·z = −12. Going back, the ' +
    'multiply gate swaps: ∂f/∂z = q = 3 and ∂f/∂q = z = −4; the add gate distributes: ∂f/∂x = ∂f/∂y = −4. ' +
    'The sigmoid neuron σ(w₀x₀ + w₁x₁ + w₂) with w = (2, −3, −3), x = (−1, −2) gives f = σ(1) = 0.731; ' +
    'the σ gate’s local gradient σ(1−σ) = 0.197 then reaches w = (−0.197, −0.393, 0.197) and ' +
    'x = (0.393, −0.590). A neuron of the network is the same graph: products w·z, their sum with b ' +
    '(a), the activation (z) and, at the output, the loss C.',
  lookAt:
    'The computational-graph panel at the bottom: press Backward step (or → on the graph) and watch ' +
    'each node receive upstream × local = product, the rule named on it. The sigmoid variant has a ' +
    'toggle that folds 1/(1+exp(−u)) into one σ gate with the same gradients. The last variant opens ' +
    'the output neuron of the default network after 300 steps; any other neuron opens from the ' +
    'network graph (click it, then “Open neuron as scalar graph”).',
  view: 'graph',
  variants: [
    { id: 'add-multiply', label: '(x+y)·z', patch: graphOf('add-multiply') },
    { id: 'sigmoid-neuron', label: 'Sigmoid neuron', patch: graphOf('sigmoid-neuron') },
    {
      id: 'real-neuron',
      label: 'A trained network’s neuron',
      patch: {
        ...graphOf('sigmoid-neuron'),
        open: { ...graphOf('sigmoid-neuron').open, step: 300 },
      },
    },
  ],
  verify:
    '(x+y)·z gives f = −12 and gradients (−4, −4, 3); the sigmoid neuron f = 0.731 and the quoted ' +
    'gradients to 3 decimals; the trained network’s output neuron as a scalar graph equals the step trace bit for bit.',
};

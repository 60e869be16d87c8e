/** A ready-made expression with its values, in the order its variables first appear. */
export interface GraphPreset {
  id: string;
  title: string;
  expression: string;
  values: Record<string, number>;
}

export const PRESETS: readonly GraphPreset[] = [
  {
    id: 'add-multiply',
    title: '(x+y)·z',
    expression: '(x + y) * z',
    values: { x: -2, y: 5, z: -4 },
  },
  {
    id: 'sigmoid-neuron',
    title: 'Sigmoid neuron',
    // Written out in full, so the σ toggle has something to collapse.
    expression: '1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))',
    values: { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 },
  },
  {
    id: 'staged',
    title: '(x+σ(y)) / (σ(x)+(x+y)²)',
    expression: '(x + σ(y)) / (σ(x) + (x + y)^2)',
    values: { x: 3, y: -4 },
  },
  {
    id: 'neuron-loss',
    title: 'One-neuron squared error',
    expression: '0.5 * (σ(w*x + b) - t)^2',
    values: { w: 0.5, x: 2, b: -0.5, t: 1 },
  },
];

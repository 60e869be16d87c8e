/**
 * The four rows of a two-input logic gate: the smallest problems that show why XOR (and XNOR)
 * needs a hidden layer while AND, OR and NAND are linearly separable.
 */
import type { Random } from '../core/random';
import { classificationData, PLANE_NAMES, type RawData } from './rawData';

export type GateName = 'gate-and' | 'gate-or' | 'gate-xor' | 'gate-xnor' | 'gate-nand';

/** Inputs of the truth table, in this row order. */
export const GATE_INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;

/** Output of each gate for the rows of GATE_INPUTS. */
export const GATE_OUTPUTS: Record<GateName, readonly [number, number, number, number]> = {
  'gate-and': [0, 0, 0, 1],
  'gate-or': [0, 1, 1, 1],
  'gate-xor': [0, 1, 1, 0],
  'gate-xnor': [1, 0, 0, 1],
  'gate-nand': [1, 1, 1, 0],
};

// Noise: each of the 4 points jittered by N(0, σ²) per coordinate, σ = 0.25·noise (0: the
// exact truth table); the label stays the gate's output for the unjittered row.
export function generateGate(name: GateName, noise: number, rng: Random): RawData {
  const data = classificationData(
    {
      name,
      count: GATE_INPUTS.length,
      rawKind: 'plane',
      rawSize: 2,
      // The unit square with a margin, so the decision boundary is visible around the corners.
      rawDomain: [
        [-0.5, 1.5],
        [-0.5, 1.5],
      ],
      imageSide: 0,
      rawNames: PLANE_NAMES.slice(),
    },
    ['0 (false)', '1 (true)'],
  );
  const sigma = 0.25 * noise;
  for (let row = 0; row < GATE_INPUTS.length; row++) {
    const [a, b] = GATE_INPUTS[row];
    // Drawn even at noise 0 (then σ = 0 keeps the exact corners), so noise only scales it.
    data.raw[2 * row] = a + sigma * rng.normal();
    data.raw[2 * row + 1] = b + sigma * rng.normal();
    data.labels[row] = GATE_OUTPUTS[name][row];
  }
  return data;
}

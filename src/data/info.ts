/**
 * Static facts about every dataset, for the controls: its display name, its family, and which
 * settings it reads (so a control that would do nothing is disabled instead of silently ignored).
 */
import { LIMITS } from '../config/limits';
import type { DatasetName } from '../config/types';
import type { DatasetInfo, DatasetKind } from './types';

type Entry = [label: string, kind: DatasetKind, description: string, noiseMeaning: string | null];

const JITTER = (sigma: string): string =>
  `jitters every point (Gaussian, σ = ${sigma}); labels stay, so the classes start to overlap`;
const TARGET_NOISE = 'adds Gaussian noise to the target (σ = 0.5 × noise); inputs stay exact';

const ENTRIES: Record<DatasetName, Entry> = {
  circle: [
    'Circle',
    'classification-2d',
    'A disc of one class inside a ring of the other.',
    JITTER('1.5 × noise'),
  ],
  xor: [
    'XOR',
    'classification-2d',
    'Opposite quadrants share a class: the label is the sign of x₁x₂.',
    JITTER('2 × noise'),
  ],
  gaussians: [
    'Gaussians',
    'classification-2d',
    'Two Gaussian blobs, one per class.',
    'widens both blobs (σ = 0.5 + 2 × noise) until they overlap',
  ],
  spiral: [
    'Spiral',
    'classification-2d',
    'Interleaved spiral arms, one class per arm.',
    JITTER('0.5 × noise'),
  ],
  moons: ['Moons', 'classification-2d', 'Two interleaved half-moons.', JITTER('1.5 × noise')],
  'gate-and': [
    'AND gate',
    'gate',
    'The 4 rows of x₁ AND x₂: linearly separable.',
    JITTER('0.25 × noise'),
  ],
  'gate-or': [
    'OR gate',
    'gate',
    'The 4 rows of x₁ OR x₂: linearly separable.',
    JITTER('0.25 × noise'),
  ],
  'gate-xor': [
    'XOR gate',
    'gate',
    'The 4 rows of x₁ XOR x₂: needs a hidden layer.',
    JITTER('0.25 × noise'),
  ],
  'gate-xnor': [
    'XNOR gate',
    'gate',
    'The 4 rows of x₁ XNOR x₂: needs a hidden layer.',
    JITTER('0.25 × noise'),
  ],
  'gate-nand': [
    'NAND gate',
    'gate',
    'The 4 rows of x₁ NAND x₂: linearly separable.',
    JITTER('0.25 × noise'),
  ],
  sine: ['Sine', 'regression-1d', 'y = sin(πx) on −1 ≤ x ≤ 1: one full period.', TARGET_NOISE],
  abs: ['Absolute value', 'regression-1d', 'y = |x| on −1 ≤ x ≤ 1: a kink at 0.', TARGET_NOISE],
  step: ['Step', 'regression-1d', 'y = 0 for x < 0, 1 for x ≥ 0, on −1 ≤ x ≤ 1.', TARGET_NOISE],
  cubic: ['Cubic', 'regression-1d', 'y = x³ on −1 ≤ x ≤ 1.', TARGET_NOISE],
  plane: [
    'Plane',
    'regression-2d',
    'y = (x₁ + x₂) / 12 over the plane: a linear model suffices.',
    TARGET_NOISE,
  ],
  bump: [
    'Bump',
    'regression-2d',
    'y = exp(−(x₁² + x₂²) / 8): a Gaussian bump at the origin.',
    TARGET_NOISE,
  ],
  iris: ['Iris', 'iris', "Fisher's 150 iris flowers: 4 measurements, 3 species.", null],
  digits: ['Digits (MNIST)', 'digits', 'Handwritten digits 0–9, 28×28 or 14×14 pixels.', null],
  csv: ['Your data (CSV)', 'csv', 'Numbers you paste: the last column(s) are the targets.', null],
};

export function datasetInfo(name: DatasetName): DatasetInfo {
  const [label, kind, description, noiseMeaning] = ENTRIES[name];
  const generated = kind === 'classification-2d' || kind.startsWith('regression');
  const sampleRange = generated
    ? { ...LIMITS.samples }
    : kind === 'digits'
      ? { ...LIMITS.digitSamples }
      : null;
  return {
    name,
    label,
    kind,
    description,
    noiseMeaning,
    usesSamples: sampleRange !== null,
    usesNoise: noiseMeaning !== null,
    usesClasses: name === 'spiral',
    usesFeatures: kind === 'classification-2d' || kind === 'gate' || kind === 'regression-2d',
    // Four points are too few to hold any out: the gates train on the whole truth table.
    usesTestSplit: kind !== 'gate',
    sampleRange,
  };
}

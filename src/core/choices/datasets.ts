/**
 * Datasets, one descriptor each: the words a dataset is shown with, its family, what the
 * noise setting does to it and which data settings it reads (so a control that would do
 * nothing is disabled instead of silently ignored). The generators live in src/data, keyed by
 * the same names (its `SOURCES` record does not compile without an entry for each).
 */
import type { ChoiceWords } from './rules';

export const DATASETS = [
  // 2-D classification
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'moons',
  // 4-point logic gates
  'gate-and',
  'gate-or',
  'gate-xor',
  'gate-xnor',
  'gate-nand',
  // 1-D regression
  'sine',
  'abs',
  'step',
  'cubic',
  // 2-D regression
  'plane',
  'bump',
  // tabular / images / user data
  'iris',
  'digits',
  'csv',
] as const;
export type DatasetName = (typeof DATASETS)[number];

/** A dataset's family: how it is made and shown. */
export type DatasetKind =
  'classification-2d' | 'gate' | 'regression-1d' | 'regression-2d' | 'iris' | 'digits' | 'csv';

export interface DatasetDescriptor<N extends DatasetName = DatasetName> extends ChoiceWords<N> {
  readonly kind: DatasetKind;
  /**
   * What the noise setting does, as a phrase completing "Noise …" without a final period.
   * Null when noise is ignored.
   */
  readonly noiseMeaning: string | null;
  /** The settings it reads besides the noise. */
  readonly usesSamples: boolean;
  readonly usesClasses: boolean;
  readonly usesFeatures: boolean;
  /** False when the data is too small to split (gates keep all 4 rows for training). */
  readonly usesTestSplit: boolean;
}

type Entry = [label: string, kind: DatasetKind, description: string, noiseMeaning: string | null];

const JITTER = (sigma: string): string =>
  `jitters every point (Gaussian, σ = ${sigma}); labels stay, so the classes start to overlap`;
const TARGET_NOISE = 'adds Gaussian noise to the target (σ = 0.5 × noise); inputs stay exact';

const ENTRIES: { readonly [N in DatasetName]: Entry } = {
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

/** The descriptor of one dataset from its entry: what it reads follows from its family. */
function describe<N extends DatasetName>(
  name: N,
  [label, kind, formula, noiseMeaning]: Entry,
): DatasetDescriptor<N> {
  const generated = kind === 'classification-2d' || kind.startsWith('regression');
  return {
    name,
    label,
    kind,
    formula,
    noiseMeaning,
    usesSamples: generated || kind === 'digits',
    usesClasses: name === 'spiral',
    usesFeatures: kind === 'classification-2d' || kind === 'gate' || kind === 'regression-2d',
    // Four points are too few to hold any out: the gates train on the whole truth table.
    usesTestSplit: kind !== 'gate',
  };
}

export const DATASET_DESCRIPTORS = Object.fromEntries(
  DATASETS.map((name) => [name, describe(name, ENTRIES[name])]),
) as { readonly [N in DatasetName]: DatasetDescriptor<N> };

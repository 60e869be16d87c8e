/**
 * Hard limits on a run. The link decoder, the controls and the engine all enforce these, so
 * a hostile link can never ask for an absurd amount of memory or time.
 *
 * Each limit bounds one field; the combination is bounded by the work budget in budget.ts
 * (BUDGET: 50 million multiply-adds per training step, 256 MB of data and activations),
 * which clamps the batch first and then the sample count, with a message naming both.
 */
export const LIMITS = {
  inputWidth: 784,
  hiddenLayers: 10,
  hiddenWidth: 256,
  outputWidth: 10,
  /** Generated samples (train + test) for the synthetic datasets. */
  samples: { min: 4, max: 5000 },
  /** Digits drawn from the bundled MNIST subset. */
  digitSamples: { min: 10, max: 10000 },
  spiralClasses: { min: 2, max: 6 },
  testFraction: { min: 0, max: 0.9 },
  noise: { min: 0, max: 1 },
  batchSize: { min: 1, max: 10000 },
  learningRate: { min: 0, max: 100 },
  /** User CSV data: characters, rows and columns. */
  csvChars: 200_000,
  csvRows: 5000,
  csvColumns: 800,
  /** Steps a link may ask to open at (the run is trained that far on load). */
  openStep: 1_000_000,
  seed: { min: 0, max: 0xffffffff },
  /** Live changes a run (and its link) may carry. */
  changes: 1000,
  /** Longest link text the decoder reads at all. */
  linkChars: 400_000,
} as const;

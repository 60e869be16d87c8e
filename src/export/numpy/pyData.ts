/**
 * The script's data section: the run's training and test samples, exactly as the lab built
 * them (split, features, standardization, target encoding all done). Small sets are written
 * out, one sample a line; digit images travel as their whole-number ink levels, packed, and
 * are scaled and standardized in the script by the same operations the lab used, which the
 * generator checks gives the same doubles (otherwise they travel as packed doubles).
 */
import { standardization } from '../../data/normalize';
import type { Dataset, SampleSet } from '../../data/types';
import {
  WRITTEN_OUT_LIMIT,
  float64Bytes,
  packBytes,
  pyFloat,
  pyIntList,
  tableText,
  uint16Bytes,
  wrapBase64,
} from './pyNumbers';

const PY_DATA_HELPERS = String.raw`
def table(text, width):
    """Numbers written out, one sample a line."""
    rows = [[float(x) for x in line.split()] for line in text.strip().splitlines()]
    return np.array(rows, dtype=float).reshape(-1, width)


def unpack(text, dtype, width):
    """Numbers packed as zlib-compressed little-endian bytes in base64."""
    raw = zlib.decompress(base64.b64decode(text))
    return np.frombuffer(raw, dtype=dtype).astype(float).reshape(-1, width)


def encode_targets(labels):
    """What the output layer is trained to produce for each class label."""
    if TARGET_ENCODING == "one-hot":
        return np.eye(SIZES[-1])[labels]
    if TARGET_ENCODING == "plus-minus-one":  # a tanh output: −1 or +1
        return np.where(labels == 1, 1.0, -1.0).reshape(-1, 1)
    return labels.astype(float).reshape(-1, 1)  # a sigmoid output: 0 or 1


def sample_set(inputs, labels=(), targets=None):
    labels = np.array(labels, dtype=int)
    targets = encode_targets(labels) if targets is None else targets
    return {"count": inputs.shape[0], "inputs": inputs, "labels": labels, "targets": targets}
`;

/** Python source for a rows × width matrix of doubles, exact either way. */
export async function matrixSource(
  values: ArrayLike<number>,
  rows: number,
  width: number,
): Promise<string> {
  if (rows * width <= WRITTEN_OUT_LIMIT) {
    return `table("""\n${tableText(values, rows, width)}\n""", ${width})`;
  }
  const packed = await packBytes(float64Bytes(values));
  return `unpack(\n${wrapBase64(packed, '    ')},\n    "<f8",\n    ${width},\n)`;
}

/** Ink levels of digit images (sums of 2×2 blocks of bytes, or bytes), when they are exact. */
function inkLevels(set: SampleSet, divisor: number): Uint16Array | null {
  const levels = new Uint16Array(set.raw.length);
  for (let k = 0; k < set.raw.length; k++) {
    const level = Math.round(set.raw[k] * divisor);
    if (level / divisor !== set.raw[k]) return null;
    levels[k] = level;
  }
  return levels;
}

/** The digits block, or null when the compact form would not give the lab's exact inputs. */
async function digitsSource(dataset: Dataset, normalize: boolean): Promise<string | null> {
  const width = dataset.inputSize;
  if (dataset.rawKind !== 'image' || dataset.rawSize !== width) return null;
  const divisor = dataset.imageSide === 14 ? 1020 : 255;
  const sets = [dataset.train, dataset.test];
  const levels = sets.map((set) => inkLevels(set, divisor));
  if (levels.some((l) => l === null)) return null;
  const standard = normalize
    ? standardization(dataset.train.raw, dataset.train.count, width)
    : null;
  for (const set of sets) {
    for (let k = 0; k < set.inputs.length; k++) {
      const i = k % width;
      const x = standard ? (set.raw[k] - standard.mean[i]) / standard.scale[i] : set.raw[k];
      if (!Object.is(x, set.inputs[k])) return null;
    }
  }
  const side = dataset.imageSide;
  const lines = [
    side === 14
      ? '# Digits, 14×14: each pixel is the sum of a 2×2 block of the 28×28 MNIST bytes (0 … 1020),\n' +
        '# so the image in [0, 1] is that sum / 1020.'
      : '# Digits, 28×28: each pixel is an MNIST byte (0 … 255), so the image in [0, 1] is byte / 255.',
  ];
  const names = ['TRAIN', 'TEST'];
  for (let s = 0; s < 2; s++) {
    const packed = await packBytes(uint16Bytes(levels[s] as Uint16Array));
    lines.push(
      `${names[s]}_IMAGES = unpack(\n${wrapBase64(packed, '    ')},\n    "<u2",\n    ${width},\n) / ${divisor}`,
    );
  }
  if (standard) {
    lines.push(
      "# Standardized with the training set's mean and spread per pixel (1 for a constant pixel).",
      `MEAN = np.array([${Array.from(standard.mean, pyFloat).join(', ')}])`,
      `SCALE = np.array([${Array.from(standard.scale, pyFloat).join(', ')}])`,
    );
  }
  for (let s = 0; s < 2; s++) {
    const images = standard ? `(${names[s]}_IMAGES - MEAN) / SCALE` : `${names[s]}_IMAGES`;
    lines.push(
      `${names[s]} = sample_set(\n    ${images},\n    ${pyIntList(sets[s].labels, '    ')},\n)`,
    );
  }
  return lines.join('\n');
}

/** Whether the script's encode_targets gives this set's targets from its labels. */
function labelsGiveTargets(set: SampleSet, dataset: Dataset): boolean {
  const K = dataset.outputSize;
  for (let s = 0; s < set.count; s++) {
    const label = set.labels[s];
    for (let k = 0; k < K; k++) {
      const expected =
        dataset.targetEncoding === 'one-hot'
          ? Number(k === label)
          : dataset.targetEncoding === 'plus-minus-one'
            ? label === 1
              ? 1
              : -1
            : label;
      if (set.targets[s * K + k] !== expected) return false;
    }
  }
  return true;
}

/** One sample set written out (or packed) as it is. */
async function setSource(name: string, set: SampleSet, dataset: Dataset): Promise<string> {
  const inputs = await matrixSource(set.inputs, set.count, dataset.inputSize);
  if (dataset.task === 'regression' || !labelsGiveTargets(set, dataset)) {
    const targets = await matrixSource(set.targets, set.count, dataset.outputSize);
    const labels = dataset.task === 'regression' ? '()' : pyIntList(set.labels, '    ');
    return `${name} = sample_set(\n    ${inputs},\n    ${labels},\n    targets=${targets},\n)`;
  }
  return `${name} = sample_set(\n    ${inputs},\n    ${pyIntList(set.labels, '    ')},\n)`;
}

/** The Python data section for a dataset. */
export async function dataSource(dataset: Dataset, normalize: boolean): Promise<string> {
  const header = [
    '',
    '# ── The data ─────────────────────────────────────────────────────────────────',
    `# ${dataset.name}: ${dataset.train.count} training and ${dataset.test.count} test samples of ` +
      `${dataset.inputSize} inputs (${dataset.inputNames.slice(0, 8).join(', ')}` +
      `${dataset.inputNames.length > 8 ? ', …' : ''}).`,
    `TASK = ${JSON.stringify(dataset.task)}`,
    `TARGET_ENCODING = ${JSON.stringify(dataset.targetEncoding)}`,
    PY_DATA_HELPERS,
  ].join('\n');
  const body =
    (await digitsSource(dataset, normalize)) ??
    [
      await setSource('TRAIN', dataset.train, dataset),
      await setSource('TEST', dataset.test, dataset),
    ].join('\n');
  return `${header}\n${body}\n`;
}

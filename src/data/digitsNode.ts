/**
 * Node-only: loads the digits asset from disk for tests and the replay command, building it
 * first (scripts/build-digits.mjs) when it is missing. Never imported by index.ts, so it stays
 * out of the browser bundle.
 *
 * This file is type-checked with the browser code (tsconfig.app.json has no Node types), so it
 * reaches Node through `process.getBuiltinModule` (Node ≥ 20.16) and declares just the few
 * calls it makes, instead of importing 'node:fs' and pulling Node's globals into the app.
 */
import { parseDigitsAsset } from './digits';
import type { DigitImages } from './types';

interface NodeFs {
  existsSync(path: URL): boolean;
  readFileSync(path: URL): Uint8Array;
}
interface NodeChildProcess {
  execFileSync(file: string, args: string[], options: { stdio: 'pipe' }): unknown;
}
interface NodeUrl {
  fileURLToPath(url: URL): string;
}
interface NodeProcess {
  execPath: string;
  getBuiltinModule(id: 'node:fs'): NodeFs;
  getBuiltinModule(id: 'node:child_process'): NodeChildProcess;
  getBuiltinModule(id: 'node:url'): NodeUrl;
}

/** public/data/digits.bin and the script that makes it, found from this file's location. */
export const DIGITS_FILE_URL = new URL('../../public/data/digits.bin', import.meta.url);
const BUILD_SCRIPT_URL = new URL('../../scripts/build-digits.mjs', import.meta.url);

let cached: DigitImages | null = null;

/** The 10 000 bundled digits; read once per process. Throws with a fix when it cannot. */
export function loadDigitsFromDisk(): DigitImages {
  if (cached) return cached;
  const process = (globalThis as unknown as { process?: NodeProcess }).process;
  if (!process?.getBuiltinModule) {
    throw new Error('loadDigitsFromDisk runs only in Node ≥ 20.16 (the browser fetches the file)');
  }
  const fs = process.getBuiltinModule('node:fs');
  if (!fs.existsSync(DIGITS_FILE_URL)) {
    try {
      const script = process.getBuiltinModule('node:url').fileURLToPath(BUILD_SCRIPT_URL);
      process.getBuiltinModule('node:child_process').execFileSync(process.execPath, [script], {
        stdio: 'pipe',
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${DIGITS_FILE_URL.pathname} is missing and building it failed (${why}); ` +
          'run `node scripts/build-digits.mjs`',
        { cause: error },
      );
    }
  }
  cached = parseDigitsAsset(fs.readFileSync(DIGITS_FILE_URL));
  return cached;
}

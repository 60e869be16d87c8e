import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { build } from 'esbuild';

/**
 * Starts TensorFlow.js in Node without network access: both backends, the WASM binaries from
 * the installed package, and the gradient functions training needs.
 *
 * tfjs-core's Node entry registers no gradients (the `@tensorflow/tfjs` bundle does that via
 * `register_all_gradients`, which ships only as extension-less ES modules Node cannot load), so
 * it is bundled once with esbuild (tsx's own dependency) into node_modules/.cache and required.
 * Its copy of the ops runs on the same global tfjs engine and registries.
 */

const require = createRequire(import.meta.url);

async function registerAllGradients(): Promise<void> {
  const entry = require.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  const cacheDir = path.resolve(path.dirname(entry), '../../../.cache/backprop-lab-bench');
  const bundle = path.join(cacheDir, `tfjs-core-${tf.version_core}-gradients.cjs`);
  if (!fs.existsSync(bundle)) {
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${bundle}.${process.pid}.tmp`;
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: partial,
      logLevel: 'warning',
    });
    fs.renameSync(partial, bundle);
  }
  require(bundle);
}

/** Registers both backends and the gradients; leaves the CPU backend active. */
export async function initTfjs(): Promise<{ wasmSimd: boolean }> {
  // Production mode: no debug checks, and no advice to install tfjs-node on every start.
  tf.enableProdMode();
  await registerAllGradients();
  const pkg = require.resolve('@tensorflow/tfjs-backend-wasm/package.json');
  setWasmPaths(path.join(path.dirname(pkg), 'dist') + path.sep);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the WASM backend did not start');
  if (!(await tf.setBackend('cpu'))) throw new Error('tfjs: the CPU backend did not start');
  return { wasmSimd: (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true };
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { findLimit } from '../limit';

/** Newest modification time of a file or of anything under a folder (0 if missing). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Inputs of the production build: when one is newer than the built index.html, rebuild. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/**
 * Builds the app into `outDir` unless that build is newer than every input. The benchmark uses
 * its own output folder so it never races another `vite build` into dist/ (the e2e tests'),
 * and measures exactly the code it serves. Returns whether it built.
 */
export function ensureAppBuild(root: string, outDir: string): boolean {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const node = process.execPath;
  // The digits asset (public/data/digits.bin); the script skips the work when it is current.
  execFileSync(node, [join(root, 'scripts', 'build-digits.mjs')], { cwd: root, stdio: 'inherit' });
  const built = newestMtime(join(outDir, 'index.html'));
  const inputs = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p))));
  if (built > inputs) return false;
  execFileSync(node, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return true;
}

export interface BenchScripts {
  /** A classic script that installs window.__uiBench. */
  probe: string;
  /** The headless engine worker, an ES module. */
  worker: string;
  /** Where the reference limit bundled into the worker came from (null: none beside the repo). */
  limitPath: string | null;
}

/**
 * Resolves the headless worker's `bench-limit` import to the reference limit beside the
 * repository, or to nothing (an ordinary clone has none; the benchmark then skips it).
 */
function limitPlugin(limitPath: string | null): Plugin {
  return {
    name: 'bench-limit',
    setup(b) {
      b.onResolve({ filter: /^bench-limit$/ }, () =>
        limitPath ? { path: limitPath } : { path: 'bench-limit', namespace: 'no-limit' },
      );
      b.onLoad({ filter: /.*/, namespace: 'no-limit' }, () => ({
        contents: 'module.exports = null;',
        loader: 'js',
      }));
    },
  };
}

/** Bundles the in-page probe and the headless engine worker with esbuild. */
export async function bundleBenchScripts(root: string): Promise<BenchScripts> {
  const common = {
    bundle: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    absWorkingDir: root,
  } as const;
  const limitPath = findLimit(root);
  const [probe, worker] = await Promise.all([
    build({ ...common, entryPoints: ['bench/ui/pageProbe.ts'], format: 'iife' }),
    build({
      ...common,
      entryPoints: ['bench/ui/headlessWorker.ts'],
      format: 'esm',
      plugins: [limitPlugin(limitPath)],
    }),
  ]);
  return { probe: probe.outputFiles[0].text, worker: worker.outputFiles[0].text, limitPath };
}

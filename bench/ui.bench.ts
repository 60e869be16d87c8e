/**
 * `npm run bench:ui`: the page's responsiveness while training at full speed, in headless
 * Chromium. For each benchmark network it opens the built app, starts training, and for a
 * window of WINDOW_MS measures frames per second, frame times and long tasks in the page and
 * the steps per second the worker achieves; then, in the same browser, the engine's rate alone
 * in a worker (and the app's training session alone, nothing drawn). Also the initial
 * JavaScript, gzipped.
 *
 * Then it opens the default network's link at step 1 000 000 and times the page until usable
 * there, next to the engine alone training those steps in a worker, and next to the reference
 * limit (shared/bench/limit.cjs, when it sits beside the repository) training them too.
 *
 * Options: --only=<1-4> measures one network (--only=opening the opening alone, --only=landscape
 * the page while a loss landscape computes, alone); --trace writes a Chrome performance trace of
 * each window to /tmp/bench-ui-<n>.json (chrome://tracing or the DevTools Performance panel),
 * and of the first opening to /tmp/bench-ui-opening.json; --opening-runs=<n> times the opening
 * n times (3 by default; the fastest counts, as the least disturbed by the rest of the machine).
 * UI_BENCH_DIST puts the benchmark's build of the app elsewhere (e.g. to compare two trees).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cpuSpeedLine, cpuSpeeds } from './cpuCheck';
import { bundleBenchScripts, ensureAppBuild } from './ui/build';
import { measureBundle } from './ui/initialJs';
import {
  measureApp,
  measureHeadless,
  measureOpening,
  type Bench,
  type OpeningRun,
  type Timing,
} from './ui/measure';
import { landscapeLines, measureLandscape, type LandscapeRun } from './ui/landscape';
import { OPENING_STEP, landscapeCase, openingLink, uiBenchNetworks } from './ui/networks';
import { medianRun, openingLine, report, type NetworkResult } from './ui/report';
import { freePort, startPreview } from './ui/server';

const TIMING: Timing = { warmup: 2_000, window: 10_000, headlessWarmup: 1_500, headless: 6_000 };
const BARS = { maxInitialGzip: 250 * 1024, maxOpeningMs: 2_000 };
const PORTS: [number, number] = [4500, 4599];

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(
  process.env.UI_BENCH_DIST ?? join(root, 'node_modules', '.tmp', 'bench-ui', 'dist'),
);
const trace = process.argv.includes('--trace');
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** The networks with their own warm-up and window, as the report's first line says them. */
function ownTiming(): string {
  return uiBenchNetworks()
    .filter((n) => n.timing)
    .map(
      ({ name, timing }) =>
        `${name}: ${timing!.warmup / 1000} s and ${timing!.window / 1000} s, also headless, ` +
        `to stay below the 10⁶-step limit, ${timing!.repeats} times, the median share counts`,
    )
    .join('; ');
}

/** 0: everything; n: network n alone; -1: the opening alone; -2: the landscape alone. */
const only =
  onlyArg === undefined
    ? 0
    : onlyArg === 'opening'
      ? -1
      : onlyArg === 'landscape'
        ? -2
        : Number(onlyArg);
/** --opening-runs=<n>: the opening and the engine alone are timed n times (the fastest counts). */
const openingRuns = Math.max(
  1,
  Number(process.argv.find((a) => a.startsWith('--opening-runs='))?.split('=')[1] ?? 3) || 3,
);

/** CHROMIUM_PATH, else the system Chromium, else Playwright's own browser (undefined). */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const cpusBefore = cpuSpeedLine('at the start', cpuSpeeds());
  const rebuilt = ensureAppBuild(root, outDir);
  const bundle = measureBundle(outDir);
  const scripts = await bundleBenchScripts(root);
  const executablePath = chromiumPath();
  // Whatever happens, the server and the browser go (also on Ctrl-C).
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async (): Promise<void> => {
    while (cleanups.length > 0) await Promise.resolve(cleanups.pop()?.()).catch(() => {});
  };
  const onSignal = (): void => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results: NetworkResult[] = [];
  let opening: OpeningRun | null = null;
  const landscape: LandscapeRun[] = [];
  let version: string;
  try {
    const server = await startPreview(root, outDir, await freePort(...PORTS));
    cleanups.push(() => server.stop());
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    version = browser.version();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript({ content: scripts.probe });
    const bench: Bench = {
      browser,
      context,
      browserSession: await browser.newBrowserCDPSession(),
      base: server.url,
      scripts,
      timing: TIMING,
      tracePath: trace ? '/tmp/bench-ui-#.json' : null,
    };
    for (const [index, network] of uiBenchNetworks().entries()) {
      if (only < 0 || (only > 0 && index + 1 !== only)) continue;
      const repeats = network.timing?.repeats ?? 1;
      const runs: NetworkResult[] = [];
      for (let r = 0; r < repeats; r++) {
        const app = await measureApp(bench, network, index);
        const engine = await measureHeadless(bench, network, 'engine');
        const session = await measureHeadless(bench, network, 'session');
        runs.push({ network, app, engine, session });
      }
      results.push(medianRun(runs));
      console.error(`  measured ${network.name}`);
    }
    if (only === 0 || only === -1) {
      opening = await measureOpening(bench, openingLink(), OPENING_STEP, openingRuns);
      console.error('  measured the opening');
    }
    if (only === 0 || only === -2) {
      for (const playing of [false, true]) {
        landscape.push(await measureLandscape(bench, landscapeCase(), playing));
        console.error(`  measured the landscape (training ${playing ? 'playing' : 'paused'})`);
      }
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const cpusAfter = cpuSpeedLine('at the end', cpuSpeeds());
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `UI benchmark: Chromium ${version}${executablePath ? ` (${executablePath})` : ''}, headless, ` +
      `no GPU; ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ` +
      `${loadavg()[0].toFixed(1)}; viewport 1400×900; per network ${TIMING.warmup / 1000} s ` +
      `warm-up then a ${TIMING.window / 1000} s window (${ownTiming()}); headless runs ${TIMING.headless / 1000} s ` +
      `after ${TIMING.headlessWarmup / 1000} s warm-up.`,
  );
  console.log(`${cpusBefore}\n${cpusAfter}`);
  console.log(`App build: ${rebuilt ? 'built' : 'reused'} ${outDir}`);
  console.log(
    `Reference limit for the opening: ${scripts.limitPath ?? 'none beside the repository (shared/bench/limit.cjs), skipped'}\n`,
  );
  if (results.length > 0) console.log(report(results, bundle, BARS));
  if (opening) console.log(`\n${openingLine(opening, BARS.maxOpeningMs)}`);
  if (landscape.length > 0)
    console.log(`\n${landscapeLines(landscapeCase(), landscape).join('\n')}`);
  console.log(`\n(${seconds.toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

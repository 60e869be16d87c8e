import type { CpuTimes } from './cpu';
import type { BundleSizes, SizedFile } from './initialJs';
import type { AppRun, HeadlessRun, OpeningRun } from './measure';
import type { UiBenchNetwork } from './networks';
import { formatTable, kb, num, verdict } from './table';

export interface NetworkResult {
  network: UiBenchNetwork;
  app: AppRun;
  /** The engine alone in a worker. */
  engine: HeadlessRun;
  /** The app's training session in a worker, nothing drawn. */
  session: HeadlessRun;
  /** With repeated windows: every window's worker share, in the order measured (this is the median). */
  shares?: number[];
}

export interface Bars {
  /** Gzipped bytes of the JavaScript loaded before any user action. */
  maxInitialGzip: number;
}

function pct(x: number): string {
  return `${num(x * 100)}%`;
}

/** Steps per second of CPU time of the worker thread; NaN without CPU figures. */
function perCpuSecond(steps: number, cpu: CpuTimes | null): number {
  return cpu && cpu.worker > 0 ? (steps / cpu.worker) * 1000 : Number.NaN;
}

function workerShare(r: NetworkResult): number {
  return r.app.frames.stepsPerSecond / r.engine.stepsPerSecond;
}

/**
 * Of repeated measurements of one network (each: the app, then the engine and the session
 * alone), the one with the median worker share, carrying every repeat's share.
 */
export function medianRun(runs: readonly NetworkResult[]): NetworkResult {
  if (runs.length === 1) return runs[0];
  const sorted = [...runs].sort((a, b) => workerShare(a) - workerShare(b));
  return { ...sorted[(sorted.length - 1) >> 1], shares: runs.map(workerShare) };
}

/** The table the issue asks for. */
export function mainTable(results: NetworkResult[]): string {
  return formatTable(
    [
      'network',
      'fps',
      'p95 frame ms',
      'longest frame ms',
      'long tasks',
      'worker steps/s while drawing',
      'headless steps/s',
      'ratio',
    ],
    results.map((r) => [
      r.network.name,
      num(r.app.frames.fps, 1),
      num(r.app.frames.p95FrameMs, 1),
      num(r.app.frames.longestFrameMs, 1),
      `${r.app.frames.longTasks} (${num(r.app.frames.longTaskMs)} ms)`,
      num(r.app.frames.stepsPerSecond),
      num(r.engine.stepsPerSecond),
      pct(workerShare(r)),
    ]),
  );
}

/** Where the page's time goes: wall-clock busy share and CPU time per frame. */
function pageTable(results: NetworkResult[]): string {
  return formatTable(
    [
      'network',
      'main thread in tasks (wall)',
      'main-thread CPU ms/frame',
      'renderer CPU',
      'GPU process CPU',
    ],
    results.map((r) => {
      const c = r.app.cpu;
      return [
        r.network.name,
        pct(r.app.mainThread.task),
        c ? num(c.main / r.app.frameCount, 1) : '—',
        c ? pct(c.renderer / r.app.windowMs) : '—',
        c ? pct(c.gpu / r.app.windowMs) : '—',
      ];
    }),
  );
}

/** The worker's throughput three ways, per wall-clock second and per CPU-second. */
function workerTable(results: NetworkResult[]): string {
  return formatTable(
    [
      'network',
      'engine alone',
      'session, nothing drawn',
      'app while drawing',
      'per CPU-s: engine',
      'session',
      'app',
      'app/engine',
      'CPU got: engine',
      'app worker',
    ],
    results.map((r) => {
      const appSteps = (r.app.frames.stepsPerSecond * r.app.windowMs) / 1000;
      const engine = perCpuSecond(r.engine.steps, r.engine.cpu);
      const app = perCpuSecond(appSteps, r.app.cpu);
      return [
        r.network.name,
        num(r.engine.stepsPerSecond),
        num(r.session.stepsPerSecond),
        num(r.app.frames.stepsPerSecond),
        num(engine),
        num(perCpuSecond(r.session.steps, r.session.cpu)),
        num(app),
        Number.isFinite(app / engine) ? pct(app / engine) : '—',
        r.engine.cpu ? pct(r.engine.cpu.worker / r.engine.ms) : '—',
        r.app.cpu ? pct(r.app.cpu.worker / r.app.windowMs) : '—',
      ];
    }),
  );
}

function sizeLines(title: string, files: SizedFile[]): string[] {
  return files.map((f) => `  ${title} ${f.file}: ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip`);
}

export function bundleLines(bundle: BundleSizes): string[] {
  const jsGzip = bundle.initialJs.reduce((s, f) => s + f.gzip, 0);
  const allGzip = jsGzip + bundle.initialCss.reduce((s, f) => s + f.gzip, 0);
  return [
    'Initial load (what index.html fetches before any user action, gzip -9):',
    ...sizeLines('js ', bundle.initialJs),
    ...sizeLines('css', bundle.initialCss),
    `  initial JS ${kb(jsGzip)} gzip; JS + CSS ${kb(allGzip)} gzip`,
    'Loaded later (worker, lazy chunks):',
    ...sizeLines('js ', bundle.deferredJs),
    ...sizeLines('css', bundle.deferredCss),
  ];
}

export function barLines(results: NetworkResult[], bundle: BundleSizes, bars: Bars): string[] {
  const jsGzip = bundle.initialJs.reduce((s, f) => s + f.gzip, 0);
  return [
    ...results.flatMap((r) => [
      `${verdict(r.app.frames.fps >= r.network.minFps)}  ${r.network.name}: ${num(r.app.frames.fps, 1)} fps (bar ≥ ${r.network.minFps})`,
      `${verdict(workerShare(r) >= r.network.minWorkerShare)}  ${r.network.name}: worker at ${pct(workerShare(r))} of headless (bar ≥ ${pct(r.network.minWorkerShare)})` +
        (r.shares
          ? `, the median of ${r.shares.length} windows: ${r.shares.map(pct).join(', ')}`
          : ''),
    ]),
    `${verdict(jsGzip <= bars.maxInitialGzip)}  initial JavaScript ${kb(jsGzip)} gzip (bar ≤ ${kb(bars.maxInitialGzip)})`,
  ];
}

/** Everything after the header line. */
export function report(results: NetworkResult[], bundle: BundleSizes, bars: Bars): string {
  const errors = results.flatMap((r) => r.app.errors.map((e) => `  ${r.network.name}: ${e}`));
  const starved = results.filter((r) => r.engine.cpu && r.engine.cpu.worker < 0.9 * r.engine.ms);
  return [
    mainTable(results),
    '',
    'The page (CPU time from /proc; "%" of one core):',
    pageTable(results),
    '',
    'Training steps per second (wall clock), then per CPU-second of the worker thread, which',
    'does not depend on what else the machine runs ("app/engine" is the bar\'s ratio without',
    'the CPU the worker lost to the page or to other processes):',
    workerTable(results),
    ...(starved.length > 0
      ? [
          '',
          `Note: the engine alone got less than 90% of a core (${starved.map((r) => r.network.name).join(', ')}):`,
          'the machine is busy, and the wall-clock figures (fps, steps/s, ratio) say so more than',
          'they say anything about the page.',
        ]
      : []),
    '',
    ...bundleLines(bundle),
    '',
    'Bars:',
    ...barLines(results, bundle, bars),
    ...(errors.length > 0 ? ['', 'Page errors:', ...errors] : []),
  ].join('\n');
}

/**
 * The opening of a long link: the time until the page is usable at the step, its bar, and the
 * ratio to the engine alone training the same steps (the rest is the page, the worker's
 * start-up and what the warm-up does besides training); then where the wall time went, the
 * CPU time, which does not depend on what else the machine runs, and the reference limit's
 * time for the same steps where it ran.
 */
export function openingLine(run: OpeningRun, maxMs: number): string {
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const lines = [
    `Opening the default network at step=${run.step}: usable after ${seconds(run.appMs)} ` +
      `(bar ≤ ${seconds(maxMs)}: ${verdict(run.appMs <= maxMs)}); the engine alone trains those ` +
      `steps in ${seconds(run.engineMs)} in a worker, so opening takes ` +
      `${(run.appMs / run.engineMs).toFixed(2)}× the engine alone; on the way the progress bar ` +
      `moved ${run.progressReadings} times${run.stoppable ? ' and Stop here was offered' : ', and no Stop button showed'}.`,
  ];
  if (run.appRunsMs.length > 1) {
    const limitRuns =
      run.limitRunsMs.length > 0 ? `; the limit ${run.limitRunsMs.map(seconds).join(', ')}` : '';
    lines.push(
      `  Runs: usable after ${run.appRunsMs.map(seconds).join(', ')}; engine alone ` +
        `${run.engineRunsMs.map(seconds).join(', ')}${limitRuns} (the fastest of each counts).`,
    );
  }
  if (Number.isFinite(run.barMs)) {
    lines.push(
      `  Wall clock: the progress bar showed at ${seconds(run.barMs)} (page load, worker ` +
        `start, data), last moved at ${seconds(run.lastBarMs)}, the page was usable ` +
        `${Math.round(run.appMs - run.lastBarMs)} ms later.`,
    );
  }
  const phaseLines = openingPhases(run);
  if (phaseLines) lines.push(phaseLines);
  const app = run.appCpu;
  const engine = run.engineCpu;
  if (app && engine) {
    const engineWall = run.engineRunsMs.reduce((s, ms) => s + ms, 0);
    lines.push(
      `  CPU time, all runs: the openings ${seconds(app.worker)} in workers + ` +
        `${seconds(app.main)} on the page's main thread (renderers in all ` +
        `${seconds(app.renderer)}, GPU process ${seconds(app.gpu)}); the engine alone ` +
        `${seconds(engine.worker)} in its worker, start included. Opening's worker CPU / ` +
        `engine's: ${(app.worker / engine.worker).toFixed(2)}×; renderer CPU / engine's: ` +
        `${(app.renderer / engine.worker).toFixed(2)}×; the engine got ` +
        `${pct(engine.worker / engineWall)} of a core.`,
    );
  }
  if (run.limitMs !== null) {
    lines.push(
      `  The reference limit (shared/bench/limit.cjs: Math.tanh, data in order, no statistics) ` +
        `trains the same steps on the same data in ${seconds(run.limitMs)} in a worker: the ` +
        `engine alone takes ${(run.engineMs / run.limitMs).toFixed(2)}× the limit's time, the ` +
        `opening ${(run.appMs / run.limitMs).toFixed(2)}×.`,
    );
  }
  return lines.join('\n');
}

/**
 * Where the fastest opening's time went: until the run trained, the training (against the
 * engine alone), and from its end until usable; and what it would take had the page not slowed
 * the worker. Then every run's phases. Empty without the worker's times.
 */
function openingPhases(run: OpeningRun): string {
  const fastest = run.phases[run.appRunsMs.indexOf(run.appMs)];
  if (!fastest || !Number.isFinite(fastest.readyMs) || !Number.isFinite(fastest.trainedMs)) {
    return '';
  }
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const training = fastest.trainedMs - fastest.readyMs;
  const after = fastest.usableMs - fastest.trainedMs;
  const lines = [
    `  Phases (fastest run): the run was built and training at ${seconds(fastest.readyMs)} ` +
      `(page load, worker start, data); it trained for ${seconds(training)}, the engine alone ` +
      `for ${seconds(run.engineMs)} (the page's own work cost the worker ` +
      `${seconds(training - run.engineMs)}); from the end of training to usable, ` +
      `${Math.round(after)} ms. With the worker as fast as the engine alone: ` +
      `${seconds(fastest.readyMs + run.engineMs + after)}.`,
  ];
  if (run.phases.length > 1) {
    const each = run.phases.map(
      (p) => `${seconds(p.readyMs)} → ${seconds(p.trainedMs)} → ${seconds(p.usableMs)}`,
    );
    lines.push(`  Each run (training from → trained → usable): ${each.join('; ')}.`);
  }
  return lines.join('\n');
}

import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchScripts } from './build';
import { cpuDelta, cpuTimes, type CpuTimes } from './cpu';
import type { HeadlessMode, HeadlessRequest, HeadlessResult } from './headlessWorker';
import type { UiBenchNetwork } from './networks';
import type { FrameWindow, OpeningSeen } from './pageProbe';
import { summarizeFrames, type FrameSummary } from './summary';

/** How long each part runs, ms. */
export interface Timing {
  /** Training in the app before its window opens (JIT, first evaluations, first map). */
  warmup: number;
  window: number;
  headlessWarmup: number;
  headless: number;
}

/** Where and how to measure: the browser, its CDP session, the server and the bundles. */
export interface Bench {
  browser: Browser;
  context: BrowserContext;
  /** Browser-level CDP session (process list for CPU times). */
  browserSession: CDPSession;
  /** The preview server's URL, ending in '/'. */
  base: string;
  scripts: BenchScripts;
  timing: Timing;
  /** Write a Chrome trace of each app window to this path pattern ('#' = network number). */
  tracePath: string | null;
}

/** Share of the window the renderer's main thread spent in tasks / script / layout+style. */
export interface MainThreadShare {
  task: number;
  script: number;
  layout: number;
}

export interface AppRun {
  frames: FrameSummary;
  /** Frames counted in the window. */
  frameCount: number;
  mainThread: MainThreadShare;
  /** CPU time spent in the window (null off Linux). */
  cpu: CpuTimes | null;
  errors: string[];
  /** How long the window was (ms): the common window or the network's own. */
  windowMs: number;
}

export interface HeadlessRun {
  stepsPerSecond: number;
  steps: number;
  ms: number;
  cpu: CpuTimes | null;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

function share(
  before: Map<string, number>,
  after: Map<string, number>,
  ms: number,
): MainThreadShare {
  const delta = (name: string): number => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  return {
    task: delta('TaskDuration') / ms,
    script: delta('ScriptDuration') / ms,
    layout: (delta('LayoutDuration') + delta('RecalcStyleDuration')) / ms,
  };
}

/** Run in the page (serialized by Playwright): the probe's readings. */
const pageReady = (): boolean => window.__uiBench?.isReady() === true;
const pagePlaying = (): boolean => window.__uiBench?.isPlaying() === true;

/**
 * Waits until `predicate` holds in the page. A function, not an expression string: the page's
 * Content-Security-Policy (script-src 'self') forbids the eval Playwright runs a string with.
 */
async function waitFor(page: Page, predicate: () => boolean, what: string): Promise<void> {
  try {
    await page.waitForFunction(predicate, undefined, { timeout: 30_000, polling: 50 });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`the page did not get ${what} within 30 s (${why})`, { cause: error });
  }
}

/** A new page of `context`, with its uncaught errors and console errors collected. */
export async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}

/**
 * Opens the app on `network`, starts training as fast as possible (chosen in the speed menu),
 * lets it warm up, then measures one window: frames and long tasks in the page, the step
 * counter, CPU times.
 */
export async function measureApp(
  bench: Bench,
  network: UiBenchNetwork,
  index: number,
): Promise<AppRun> {
  const { context, browser, browserSession, timing } = bench;
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${bench.base}#${network.link}`);
    // Ready means built and drawn: for digits the asset fetch is over before the clock starts.
    await waitFor(page, pageReady, 'ready');
    if (network.onScreen) {
      await page.getByRole('region', { name: network.onScreen }).scrollIntoViewIfNeeded();
    }
    // The page opens at a learner's pace; the benchmark trains as fast as possible.
    await page.selectOption('label.speed select', 'max');
    await page.click('button[aria-label="Play"]');
    await waitFor(page, pagePlaying, 'playing');
    const windowMs = network.timing?.window ?? timing.window;
    await page.waitForTimeout(network.timing?.warmup ?? timing.warmup);
    const tracePath = bench.tracePath?.replace('#', String(index + 1));
    if (tracePath) await browser.startTracing(page, { path: tracePath });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    const cpuBefore = await cpuTimes(browserSession);
    const window = (await page.evaluate(
      `window.__uiBench.measureFrames(${windowMs})`,
    )) as FrameWindow;
    const cpuAfter = await cpuTimes(browserSession);
    const after = await metrics(cdp);
    await cdp.detach();
    if (tracePath) await browser.stopTracing();
    if (!((await page.evaluate('window.__uiBench.isPlaying()')) as boolean)) {
      errors.push('training stopped during the window');
    }
    await page.click('button[aria-label="Pause"]').catch(() => {});
    return {
      frames: summarizeFrames(window),
      frameCount: window.frames.length - 1,
      mainThread: share(before, after, windowMs),
      cpu: cpuDelta(cpuBefore, cpuAfter),
      errors,
      windowMs,
    };
  } finally {
    await page.close();
  }
}

/**
 * The same run in a worker of a blank page of the same server, with nothing drawn: the engine
 * alone, or the app's training session alone.
 */
export async function measureHeadless(
  bench: Bench,
  network: UiBenchNetwork,
  mode: HeadlessMode,
): Promise<HeadlessRun> {
  const { context, browserSession, base, scripts, timing } = bench;
  const page = await context.newPage();
  const send = async (request: HeadlessRequest): Promise<HeadlessResult & { ok: true }> => {
    const result = (await page.evaluate(([code, req]) => window.__uiBench!.headless(code, req), [
      scripts.worker,
      request,
    ] as const)) as HeadlessResult;
    if (!result.ok) throw new Error(`headless ${mode} on ${network.name}: ${result.error}`);
    return result;
  };
  try {
    const blank = `${base}__bench__/headless.html`;
    await page.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>headless</title>' }),
    );
    await page.goto(blank);
    await send({
      type: 'prepare',
      mode,
      link: network.link,
      base,
      warmupMs: network.timing?.warmup ?? timing.headlessWarmup,
    });
    const cpuBefore = await cpuTimes(browserSession);
    const result = await send({
      type: 'measure',
      measureMs: network.timing?.window ?? timing.headless,
    });
    const cpuAfter = await cpuTimes(browserSession);
    return {
      stepsPerSecond: result.stepsPerSecond,
      steps: result.steps,
      ms: result.ms,
      cpu: cpuDelta(cpuBefore, cpuAfter),
    };
  } finally {
    await page.evaluate('window.__uiBench?.stopHeadless()').catch(() => {});
    await page.close();
  }
}

/** Opening a link at a late step: the page until usable there, and the engine alone. */
export interface OpeningRun {
  step: number;
  /** From navigation until the page is ready with its counter at `step`, ms (fastest run). */
  appMs: number;
  /** Every run's time until usable, in the order run. */
  appRunsMs: number[];
  /**
   * Every run's phases, in the order run (ms since navigation): when the run was built and
   * started training ('ready' reached the page), when its warm-up was over, and when usable.
   */
  phases: { readyMs: number; trainedMs: number; usableMs: number }[];
  /** In the fastest run: until the warm-up's progress bar first showed (NaN if it never did). */
  barMs: number;
  /** In the fastest run: until the bar's last progress, ms. */
  lastBarMs: number;
  /** A fresh engine in a worker of a blank page training the same `step` steps, ms (fastest). */
  engineMs: number;
  engineRunsMs: number[];
  /**
   * The reference limit (shared/bench/limit.cjs) training the same steps on the same shape and
   * data in a worker, ms (fastest); null where there is no limit beside the repository.
   */
  limitMs: number | null;
  limitRunsMs: number[];
  /** CPU time of all openings (navigation until usable) and of all engine runs (null off Linux). */
  appCpu: CpuTimes | null;
  engineCpu: CpuTimes | null;
  /** Distinct values the warm-up's progress bar showed on the way (fastest run). */
  progressReadings: number;
  /** Whether the warm-up banner offered its Stop button (in every run). */
  stoppable: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits (at most `maxMs`) until the browser's renderers and GPU process use under a tenth of a
 * core: a fresh headless Chromium starts its own UI renderers with the first page, and their
 * start-up is not the page's opening.
 */
async function settle(bench: Bench, maxMs = 6_000): Promise<void> {
  const end = performance.now() + maxMs;
  let before = await cpuTimes(bench.browserSession);
  while (before && performance.now() < end) {
    await sleep(300);
    const now = await cpuTimes(bench.browserSession);
    if (!now || now.renderer + now.gpu - before.renderer - before.gpu < 30) return;
    before = now;
  }
}

function sum(a: CpuTimes | null, b: CpuTimes | null): CpuTimes | null {
  if (!a || !b) return a ?? b;
  return {
    main: a.main + b.main,
    worker: a.worker + b.worker,
    renderer: a.renderer + b.renderer,
    gpu: a.gpu + b.gpu,
  };
}

/** Opens `link` in a fresh page and waits until it is usable at `step`. */
async function openOnce(
  bench: Bench,
  link: string,
  step: number,
  tracePath: string | null,
): Promise<{ seen: OpeningSeen; cpu: CpuTimes | null }> {
  const page = await bench.context.newPage();
  try {
    if (tracePath) await bench.browser.startTracing(page, { path: tracePath });
    const cpuBefore = await cpuTimes(bench.browserSession);
    await page.goto(`${bench.base}#${link}`);
    const seen = (await page.evaluate(`window.__uiBench.whenAtStep(${step})`)) as OpeningSeen;
    const cpu = cpuDelta(cpuBefore, await cpuTimes(bench.browserSession));
    if (tracePath) await bench.browser.stopTracing();
    return { seen, cpu };
  } finally {
    await page.close();
  }
}

/**
 * A fresh engine (cold, as a page would start it) training `step` steps in a worker, or with
 * `limit` the reference limit on the same run.
 */
async function engineOnce(
  bench: Bench,
  page: Page,
  link: string,
  step: number,
  limit = false,
): Promise<{ ms: number; cpu: CpuTimes | null }> {
  const request: HeadlessRequest = {
    type: limit ? 'limit-steps' : 'steps',
    link,
    base: bench.base,
    steps: step,
  };
  const cpuBefore = await cpuTimes(bench.browserSession);
  const result = (await page.evaluate(([code, req]) => window.__uiBench!.headless(code, req), [
    bench.scripts.worker,
    request,
  ] as const)) as HeadlessResult;
  // Read before the worker ends: an ended thread's CPU time leaves /proc with it.
  const cpu = cpuDelta(cpuBefore, await cpuTimes(bench.browserSession));
  await page.evaluate('window.__uiBench?.stopHeadless()');
  const who = limit ? 'the limit' : 'engine alone';
  if (!result.ok) throw new Error(`${who} at step ${step}: ${result.error}`);
  return { ms: result.ms, cpu };
}

/**
 * Opens `link` (which asks for `step`) `runs` times in fresh pages and times each until usable
 * there; before each, the engine alone on the same run, cold, in a worker of a blank page. The
 * browser settles first (and between the two), so each starts on a quiet browser.
 */
export async function measureOpening(
  bench: Bench,
  link: string,
  step: number,
  runs: number,
): Promise<OpeningRun> {
  const blankPage = await bench.context.newPage();
  const blank = `${bench.base}__bench__/opening.html`;
  await blankPage.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>opening</title>' }),
  );
  await blankPage.goto(blank);
  const app: { seen: OpeningSeen; cpu: CpuTimes | null }[] = [];
  const engine: { ms: number; cpu: CpuTimes | null }[] = [];
  const limit: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      if (bench.scripts.limitPath) {
        await settle(bench);
        limit.push((await engineOnce(bench, blankPage, link, step, true)).ms);
      }
      await settle(bench);
      engine.push(await engineOnce(bench, blankPage, link, step));
      await settle(bench);
      const tracePath = run === 0 ? (bench.tracePath?.replace('#', 'opening') ?? null) : null;
      app.push(await openOnce(bench, link, step, tracePath));
    }
  } finally {
    await blankPage.close();
  }
  const fastest = app.reduce((best, r) => (r.seen.ms < best.seen.ms ? r : best)).seen;
  return {
    step,
    appMs: fastest.ms,
    appRunsMs: app.map((r) => r.seen.ms),
    phases: app.map(({ seen }) => ({
      readyMs: seen.readyMs,
      trainedMs: seen.trainedMs,
      usableMs: seen.ms,
    })),
    barMs: fastest.barMs,
    lastBarMs: fastest.lastBarMs,
    engineMs: Math.min(...engine.map((r) => r.ms)),
    engineRunsMs: engine.map((r) => r.ms),
    limitMs: limit.length > 0 ? Math.min(...limit) : null,
    limitRunsMs: limit,
    appCpu: app.map((r) => r.cpu).reduce(sum, null),
    engineCpu: engine.map((r) => r.cpu).reduce(sum, null),
    progressReadings: fastest.progress.length,
    stoppable: app.every((r) => r.seen.stoppable),
  };
}

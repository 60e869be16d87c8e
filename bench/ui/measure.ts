import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchScripts } from './build';
import { cpuDelta, cpuTimes, type CpuTimes } from './cpu';
import type { HeadlessMode, HeadlessRequest, HeadlessResult } from './headlessWorker';
import type { UiBenchNetwork } from './networks';
import type { FrameWindow } from './pageProbe';
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

async function waitFor(page: Page, expression: string, what: string): Promise<void> {
  try {
    await page.waitForFunction(expression, undefined, { timeout: 30_000, polling: 50 });
  } catch {
    throw new Error(`the page did not get ${what} within 30 s`);
  }
}

/**
 * Opens the app on `network`, starts training at full speed (the default speed), lets it warm
 * up, then measures one window: frames and long tasks in the page, the step counter, CPU times.
 */
export async function measureApp(
  bench: Bench,
  network: UiBenchNetwork,
  index: number,
): Promise<AppRun> {
  const { context, browser, browserSession, timing } = bench;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(`${bench.base}#${network.link}`);
    // Ready means built and drawn: for digits the asset fetch is over before the clock starts.
    await waitFor(page, 'window.__uiBench?.isReady()', 'ready');
    if (network.onScreen) {
      await page.getByRole('region', { name: network.onScreen }).scrollIntoViewIfNeeded();
    }
    await page.click('button[aria-label="Play"]');
    await waitFor(page, 'window.__uiBench.isPlaying()', 'playing');
    await page.waitForTimeout(timing.warmup);
    const tracePath = bench.tracePath?.replace('#', String(index + 1));
    if (tracePath) await browser.startTracing(page, { path: tracePath });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    const cpuBefore = await cpuTimes(browserSession);
    const window = (await page.evaluate(
      `window.__uiBench.measureFrames(${timing.window})`,
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
      mainThread: share(before, after, timing.window),
      cpu: cpuDelta(cpuBefore, cpuAfter),
      errors,
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
      warmupMs: timing.headlessWarmup,
    });
    const cpuBefore = await cpuTimes(browserSession);
    const result = await send({ type: 'measure', measureMs: timing.headless });
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
  /** From navigation until the page is ready with its counter at `step`, ms. */
  appMs: number;
  /** A fresh engine in a worker of a blank page training the same `step` steps, ms. */
  engineMs: number;
  /** Distinct values the warm-up's progress bar showed on the way. */
  progressReadings: number;
  /** Whether the warm-up banner offered its Stop button. */
  stoppable: boolean;
}

/**
 * Opens `link` (which asks for `step`) in a fresh page and times it until usable there; then
 * times the engine alone on the same run, cold, in a worker.
 */
export async function measureOpening(
  bench: Bench,
  link: string,
  step: number,
): Promise<OpeningRun> {
  const { context, base, scripts } = bench;
  const page = await context.newPage();
  let appMs: number;
  let progressReadings: number;
  let stoppable: boolean;
  try {
    await page.goto(`${base}#${link}`);
    const opened = (await page.evaluate(`window.__uiBench.whenAtStep(${step})`)) as {
      ms: number;
      progress: number[];
      stoppable: boolean;
    };
    appMs = opened.ms;
    progressReadings = opened.progress.length;
    stoppable = opened.stoppable;
  } finally {
    await page.close();
  }
  const blankPage = await context.newPage();
  try {
    const blank = `${base}__bench__/opening.html`;
    await blankPage.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>opening</title>' }),
    );
    await blankPage.goto(blank);
    const request: HeadlessRequest = { type: 'steps', link, base, steps: step };
    const result = (await blankPage.evaluate(
      ([code, req]) => window.__uiBench!.headless(code, req),
      [scripts.worker, request] as const,
    )) as HeadlessResult;
    if (!result.ok) throw new Error(`engine alone at step ${step}: ${result.error}`);
    return { step, appMs, engineMs: result.ms, progressReadings, stoppable };
  } finally {
    await blankPage.evaluate('window.__uiBench?.stopHeadless()').catch(() => {});
    await blankPage.close();
  }
}

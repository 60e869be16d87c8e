/**
 * The page while the worker computes a loss landscape (issue 11): frames and long tasks on the
 * page from the click on Compute until the finished map is drawn, the time that took, and the
 * CPU the page spent meanwhile. Measured twice: with training paused (the landscape has the
 * worker to itself) and while training plays at full speed (the two take turns in the worker
 * and the page draws both).
 */
import type { CpuTimes } from './cpu';
import { cpuDelta, cpuTimes } from './cpu';
import { watchedPage, type Bench } from './measure';
import type { LandscapeCase } from './networks';
import type { LandscapeWindow } from './pageProbe';
import { summarizeFrames, type FrameSummary } from './summary';
import { num, verdict } from './table';

export interface LandscapeRun {
  playing: boolean;
  frames: FrameSummary;
  frameCount: number;
  /** From the click on Compute until the finished map was on the page, ms. */
  ms: number;
  done: number;
  total: number;
  /** Progress reports the page drew on the way. */
  reports: number;
  finished: boolean;
  cpu: CpuTimes | null;
  errors: string[];
}

const pageReady = (): boolean => window.__uiBench?.isReady() === true;
const pagePlaying = (): boolean => window.__uiBench?.isPlaying() === true;

/** Opens the case's link, puts the landscape panel in view and times one computation. */
export async function measureLandscape(
  bench: Bench,
  c: LandscapeCase,
  playing: boolean,
): Promise<LandscapeRun> {
  const { context, browserSession } = bench;
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${bench.base}#${c.link}`);
    await page.waitForFunction(pageReady, undefined, { timeout: 60_000, polling: 50 });
    const panel = page.locator('.landscape');
    await panel.scrollIntoViewIfNeeded();
    // The panel is a lazy chunk: its tools appear once it has loaded.
    await panel.locator('.view-tools select').nth(1).selectOption(String(c.grid));
    if (playing) {
      await page.selectOption('label.speed select', 'max');
      await page.click('button[aria-label="Play"]');
      await page.waitForFunction(pagePlaying, undefined, { timeout: 30_000, polling: 50 });
      await page.waitForTimeout(bench.timing.warmup);
    } else {
      // The first evaluations and maps after opening are over before the clock starts.
      await page.waitForTimeout(1_000);
    }
    const cpuBefore = await cpuTimes(browserSession);
    const window = (await page.evaluate(
      `window.__uiBench.measureLandscape(${4 * c.maxMs})`,
    )) as LandscapeWindow;
    const cpuAfter = await cpuTimes(browserSession);
    if (playing) await page.click('button[aria-label="Pause"]').catch(() => {});
    return {
      playing,
      frames: summarizeFrames(window),
      frameCount: window.frames.length - 1,
      ms: window.ms,
      done: window.done,
      total: window.total,
      reports: window.reports,
      finished: window.finished,
      cpu: cpuDelta(cpuBefore, cpuAfter),
      errors,
    };
  } finally {
    await page.close();
  }
}

/** The landscape's lines for the report: one per measurement, then its bars. */
export function landscapeLines(c: LandscapeCase, runs: LandscapeRun[]): string[] {
  const lines = [`Loss landscape of ${c.name}, computed in the worker while the page draws:`];
  for (const r of runs) {
    const f = r.frames;
    const mainPerFrame = r.cpu ? `${num(r.cpu.main / r.frameCount, 1)} ms` : '—';
    lines.push(
      `  training ${r.playing ? 'playing at max speed' : 'paused'}: ${num(f.fps, 1)} fps, ` +
        `p95 frame ${num(f.p95FrameMs, 1)} ms, longest ${num(f.longestFrameMs, 1)} ms, ` +
        `long tasks ${f.longTasks} (${num(f.longTaskMs)} ms); ${r.done}/${r.total} points ` +
        `in ${(r.ms / 1000).toFixed(2)} s, ${r.reports} progress reports drawn; ` +
        `main-thread CPU ${mainPerFrame}/frame` +
        (r.playing ? `, ${num(f.stepsPerSecond)} training steps/s meanwhile` : ''),
    );
  }
  lines.push('', 'Bars (landscape):');
  for (const r of runs) {
    const what = r.playing ? 'while training plays' : 'training paused';
    const bar = r.playing ? c.minFpsPlaying : c.minFps;
    lines.push(
      `${verdict(r.finished && r.frames.fps >= bar)}  landscape, ${what}: ${num(r.frames.fps, 1)} fps while it computes (bar ≥ ${bar})`,
    );
  }
  const paused = runs.find((r) => !r.playing);
  if (paused) {
    lines.push(
      `${verdict(paused.finished && paused.ms <= c.maxMs)}  landscape, training paused: finished in ${(paused.ms / 1000).toFixed(2)} s (bar ≤ ${c.maxMs / 1000} s)`,
    );
  }
  const errors = runs.flatMap((r) => r.errors.map((e) => `  landscape: ${e}`));
  if (errors.length > 0) lines.push('', 'Page errors:', ...errors);
  return lines;
}

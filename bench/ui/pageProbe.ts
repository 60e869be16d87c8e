/**
 * What the benchmark runs inside the page. esbuild bundles this file as a classic script that
 * installs `window.__uiBench`; the Node side calls it with page.evaluate. (Functions written in
 * the Node script itself are not passed to the page: tsx decorates them with helpers the page
 * lacks.)
 */
import type { HeadlessRequest, HeadlessResult, SessionEventMessage } from './headlessWorker';

/** Raw numbers of one measuring window, summarized on the Node side. */
export interface FrameWindow {
  /** requestAnimationFrame timestamps, ms. */
  frames: number[];
  /** Durations of the long tasks (> 50 ms on the main thread) that ended in the window, ms. */
  longTasks: number[];
  /** The step counter at the first and the last frame. */
  firstStep: number;
  lastStep: number;
}

/** The frames of one landscape computation, from the click on Compute to the finished map. */
export interface LandscapeWindow extends FrameWindow {
  /** From the click to the first frame that shows the finished landscape, ms. */
  ms: number;
  /** Points computed and in all, as the finished map says. */
  done: number;
  total: number;
  /** Progress reports the page drew on the way (distinct values of the map's point count). */
  reports: number;
  finished: boolean;
}

export interface UiBenchProbe {
  /** The run is built and its first snapshot drawn: Play is enabled and a loss is shown. */
  isReady(): boolean;
  /** Whether the transport shows Pause (training is on). */
  isPlaying(): boolean;
  measureFrames(ms: number): Promise<FrameWindow>;
  /**
   * Resolves with the time since navigation (ms) at the first frame where the page is ready
   * and its step counter shows `step`, with the warm-up progress values seen before and
   * whether the warm-up offered to stop.
   */
  whenAtStep(step: number): Promise<{ ms: number; progress: number[]; stoppable: boolean }>;
  /**
   * Clicks the landscape panel's Compute button and counts animation frames and long tasks
   * until the landscape is finished (every point computed, the progress bar gone), or
   * `timeoutMs` passed.
   */
  measureLandscape(timeoutMs: number): Promise<LandscapeWindow>;
  headless(workerCode: string, request: HeadlessRequest): Promise<HeadlessResult>;
  stopHeadless(): void;
}

declare global {
  interface Window {
    __uiBench?: UiBenchProbe;
  }
}

function readStep(): number {
  const text = document.querySelector('[data-testid=step-count]')?.textContent ?? '';
  const digits = text.replace(/\D/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

function isReady(): boolean {
  const play = document.querySelector<HTMLButtonElement>('button[aria-label="Play"]');
  const loss = document.querySelector('[data-testid=train-loss]')?.textContent ?? '—';
  return play !== null && !play.disabled && loss !== '—' && loss !== '';
}

function isPlaying(): boolean {
  return document.querySelector('button[aria-label="Pause"]') !== null;
}

/** Counts animation frames and long tasks for `ms`, reading the step counter at both ends. */
function measureFrames(ms: number): Promise<FrameWindow> {
  return new Promise((resolve) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frames: number[] = [];
    let firstStep = Number.NaN;
    const frame = (time: number): void => {
      frames.push(time);
      if (frames.length === 1) firstStep = readStep();
      if (time - frames[0] < ms) {
        requestAnimationFrame(frame);
        return;
      }
      const lastStep = readStep();
      // Long tasks are reported after they end: give the observer one more turn.
      setTimeout(() => {
        for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
        observer.disconnect();
        resolve({ frames, longTasks, firstStep, lastStep });
      }, 0);
    };
    requestAnimationFrame(frame);
  });
}

/** Long tasks observed from now until the returned function is called (it hands them over). */
function watchLongTasks(): () => Promise<number[]> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  // Long tasks are reported after they end: give the observer one more turn.
  return () =>
    new Promise((resolve) =>
      setTimeout(() => {
        for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
        observer.disconnect();
        resolve(longTasks);
      }, 0),
    );
}

function measureLandscape(timeoutMs: number): Promise<LandscapeWindow> {
  const panel = document.querySelector('.landscape');
  const compute = panel?.querySelector<HTMLButtonElement>('.view-tools button.primary');
  if (!panel || !compute || compute.disabled) {
    return Promise.reject(new Error('no enabled Compute button in the landscape panel'));
  }
  const stopLongTasks = watchLongTasks();
  const counts = (): { done: number; total: number } => {
    const map = panel.querySelector('.landscape-map');
    return {
      done: Number(map?.getAttribute('data-done') ?? 0),
      total: Number(map?.getAttribute('data-total') ?? Number.NaN),
    };
  };
  return new Promise((resolve) => {
    const frames: number[] = [];
    const seen = new Set<number>();
    const firstStep = readStep();
    const start = performance.now();
    compute.click();
    const frame = (time: number): void => {
      frames.push(time);
      const { done, total } = counts();
      if (done > 0) seen.add(done);
      const finished = done === total && panel.querySelector('.landscape-progress') === null;
      if (!finished && time - start < timeoutMs) {
        requestAnimationFrame(frame);
        return;
      }
      const ms = performance.now() - start;
      const lastStep = readStep();
      void stopLongTasks().then((longTasks) =>
        resolve({
          frames,
          longTasks,
          firstStep,
          lastStep,
          ms,
          done,
          total,
          reports: seen.size,
          finished,
        }),
      );
    };
    requestAnimationFrame(frame);
  });
}

function whenAtStep(step: number): Promise<{ ms: number; progress: number[]; stoppable: boolean }> {
  return new Promise((resolve) => {
    const progress: number[] = [];
    let stoppable = false;
    const frame = (): void => {
      if (readStep() >= step && isReady()) {
        resolve({ ms: performance.now(), progress, stoppable });
        return;
      }
      // The warm-up banner: a progress bar and a button that stops the warm-up where it is.
      const bar = document.querySelector<HTMLProgressElement>(
        'progress[aria-label^="Training to"]',
      );
      if (bar && bar.value !== progress[progress.length - 1]) progress.push(bar.value);
      stoppable ||= [...document.querySelectorAll('button')].some(
        (b) => b.textContent?.trim() === 'Stop here',
      );
      requestAnimationFrame(frame);
    };
    frame();
  });
}

let headlessWorker: { worker: Worker; url: string } | null = null;

/**
 * Sends one request to the headless engine worker, starting it from its bundled code first if
 * needed ('prepare' starts a fresh one).
 */
function headless(workerCode: string, request: HeadlessRequest): Promise<HeadlessResult> {
  if (request.type === 'prepare' || !headlessWorker) {
    stopHeadless();
    const url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
    headlessWorker = { worker: new Worker(url, { type: 'module', name: 'headless-engine' }), url };
  }
  const { worker } = headlessWorker;
  return new Promise<HeadlessResult>((resolve) => {
    worker.onmessage = (message: MessageEvent<HeadlessResult | SessionEventMessage>) => {
      const data = message.data;
      if (!('sessionEvent' in data)) {
        resolve(data);
        return;
      }
      // The app's session: its snapshot buffers go back after a frame, as the app's page
      // hands them back after drawing them (here nothing is drawn).
      const event = data.sessionEvent;
      if (event.type !== 'snapshot') return;
      const buffer = event.snapshot;
      requestAnimationFrame(() => worker.postMessage({ type: 'recycle', buffer }, [buffer]));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ ok: false, error: event.message || 'the headless worker failed' });
    };
    worker.postMessage(request);
  });
}

function stopHeadless(): void {
  if (!headlessWorker) return;
  headlessWorker.worker.terminate();
  URL.revokeObjectURL(headlessWorker.url);
  headlessWorker = null;
}

window.__uiBench = {
  isReady,
  isPlaying,
  measureFrames,
  measureLandscape,
  whenAtStep,
  headless,
  stopHeadless,
};

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

/** What the page showed while it opened a link at a late step (times since navigation, ms). */
export interface OpeningSeen {
  /** The first frame where the page was usable with its counter at the step. */
  ms: number;
  /** When the warm-up's progress bar appeared (NaN if it never did). */
  barMs: number;
  /** The last change of the page while it still showed the bar (its last progress). */
  lastBarMs: number;
  /** The distinct values the progress bar showed, in order. */
  progress: number[];
  /** Whether the warm-up offered its Stop button. */
  stoppable: boolean;
  /** When the run's 'ready' reached the page: the run is built and starts training (NaN if never). */
  readyMs: number;
  /** When the warm-up's last report (done = total) reached the page: training is over. */
  trainedMs: number;
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
  whenAtStep(step: number): Promise<OpeningSeen>;
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

/**
 * When the app's training worker said it was ready and that its warm-up was over, as the page
 * received it (ms since navigation). Messages reach the page when its main thread is free: both
 * come while it waits (before its first render, and after its last progress report).
 */
const trainingTimes = { readyMs: Number.NaN, trainedMs: Number.NaN };

/** Watches the events of the app's worker (named 'training') as they reach the page. */
function watchTrainingWorker(): void {
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'training') return;
      this.addEventListener('message', (message: MessageEvent<unknown>) => {
        const event = message.data as { type?: string; done?: number; total?: number } | null;
        if (event?.type === 'ready' && Number.isNaN(trainingTimes.readyMs))
          trainingTimes.readyMs = performance.now();
        if (event?.type === 'warmup' && event.total !== 0 && event.done === event.total)
          trainingTimes.trainedMs = performance.now();
      });
    }
  };
}

watchTrainingWorker();

/**
 * Watches the page through a MutationObserver rather than once a frame: polling in
 * requestAnimationFrame would make the page produce a frame every 16 ms while it opens, work a
 * learner's page does not do. When the page is usable, the time is taken at the next frame
 * (the first that shows it).
 */
function whenAtStep(step: number): Promise<OpeningSeen> {
  return new Promise((resolve) => {
    const seen: OpeningSeen = {
      ms: Number.NaN,
      barMs: Number.NaN,
      lastBarMs: Number.NaN,
      progress: [],
      stoppable: false,
      readyMs: Number.NaN,
      trainedMs: Number.NaN,
    };
    let done = false;
    const look = (): void => {
      if (done) return;
      const now = performance.now();
      // The warm-up banner: a progress bar and a button that stops the warm-up where it is.
      const bar = document.querySelector<HTMLProgressElement>(
        'progress[aria-label^="Training to"]',
      );
      if (bar) {
        if (Number.isNaN(seen.barMs)) seen.barMs = now;
        seen.lastBarMs = now;
        if (bar.value !== seen.progress[seen.progress.length - 1]) seen.progress.push(bar.value);
        seen.stoppable ||= [...(bar.closest('.notice')?.querySelectorAll('button') ?? [])].some(
          (b) => b.textContent?.trim() === 'Stop here',
        );
      }
      if (readStep() >= step && isReady()) {
        done = true;
        observer.disconnect();
        requestAnimationFrame(() => resolve({ ...seen, ...trainingTimes, ms: performance.now() }));
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    look();
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

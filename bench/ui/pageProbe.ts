/**
 * What the benchmark runs inside the page. esbuild bundles this file as a classic script that
 * installs `window.__uiBench`; the Node side calls it with page.evaluate. (Functions written in
 * the Node script itself are not passed to the page: tsx decorates them with helpers the page
 * lacks.)
 */
import type { HeadlessRequest, HeadlessResult } from './headlessWorker';

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
    worker.onmessage = (message: MessageEvent<HeadlessResult>) => resolve(message.data);
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

window.__uiBench = { isReady, isPlaying, measureFrames, whenAtStep, headless, stopHeadless };

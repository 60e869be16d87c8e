/**
 * Opening a link at a late step starts its worker from the page's first, small script
 * (src/start.ts): the worker reads the run from the address and trains while the page's own
 * code loads, and that code, imported once the worker's first slice of training is done, takes
 * the worker over (TrainingClient) with what it said meanwhile. On two cores, the page's
 * loading and first render then no longer slow the worker's start.
 */
import type { OpenLinkCommand, WorkerEvent } from './protocol';

declare global {
  interface Window {
    /** The worker src/start.ts started for a late-opening link, until the page takes it over. */
    __earlyRun?: EarlyRun;
  }
}

/** From this opening step on, an opening counts as long (a lesson's few hundred steps do not). */
export const LONG_OPENING = 100_000;
/** The page's code waits at most this long for the worker's first slice of training. */
const FIRST_SLICE_WAIT_MS = 600;

/** A worker started from the address before the page's code ran, and what it said meanwhile. */
export interface EarlyRun {
  worker: Worker;
  events: WorkerEvent[];
  failed: boolean;
  /** Settles once the worker has trained its first slice, failed, or kept silent too long. */
  firstSlice: Promise<void>;
}

/** The step a link asks to open at, read without the link reader (0 when none). */
export function openStepOf(hash: string): number {
  const match = /(?:^#?|&)step=(\d{1,9})(?:&|$)/.exec(hash);
  return match ? Number(match[1]) : 0;
}

/** Starts the worker for a long opening's address; null for any other address. */
export function earlyStartFor(hash: string): EarlyRun | null {
  if (openStepOf(hash) < LONG_OPENING || typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'training',
  });
  let settle = (): void => {};
  const run: EarlyRun = {
    worker,
    events: [],
    failed: false,
    firstSlice: new Promise<void>((resolve) => (settle = resolve)),
  };
  worker.onmessage = (message: MessageEvent<WorkerEvent>) => {
    const event = message.data;
    run.events.push(event);
    const trained = event.type === 'warmup' && (event.done > 0 || event.done === event.total);
    if (trained || event.type === 'error' || event.type === 'diverged') settle();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    run.failed = true;
    settle();
  };
  setTimeout(settle, FIRST_SLICE_WAIT_MS);
  worker.postMessage({ type: 'open-link', link: hash } satisfies OpenLinkCommand);
  return run;
}

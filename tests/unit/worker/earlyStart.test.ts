import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import { RunController } from '../../../src/state/controller';
import { initialAppState, useAppStore } from '../../../src/state/store';
import { LONG_OPENING, earlyStartFor, openStepOf, type EarlyRun } from '../../../src/worker/early';
import { OpenLinkFilter } from '../../../src/worker/openLink';
import type { OpenLinkCommand, WorkerCommand, WorkerEvent } from '../../../src/worker/protocol';

/** A stand-in for the browser's Worker: records what it is sent and how it was made. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: (WorkerCommand | OpenLinkCommand)[] = [];
  onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(command: WorkerCommand | OpenLinkCommand): void {
    this.sent.push(command);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }
}

const warmup = (done: number, total = 1_000_000): WorkerEvent => ({
  type: 'warmup',
  runId: 1,
  done,
  total,
  layers: [],
});

/** Whether a promise has settled by the time the microtasks queued now have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
  useAppStore.setState(initialAppState, true);
});

describe('openStepOf', () => {
  it('reads the step= key of an address, wherever it stands', () => {
    expect(openStepOf('#step=1000000&v=2')).toBe(1_000_000);
    expect(openStepOf('#h=4t,2t&step=250000&v=2')).toBe(250_000);
    expect(openStepOf('step=120000')).toBe(120_000);
  });

  it('is 0 for an address without one, or with a malformed or look-alike key', () => {
    expect(openStepOf('')).toBe(0);
    expect(openStepOf('#v=2')).toBe(0);
    expect(openStepOf('#gstep=500000&v=2')).toBe(0);
    expect(openStepOf('#step=500000x&v=2')).toBe(0);
    expect(openStepOf('#step=99999999999&v=2')).toBe(0);
  });
});

describe('earlyStartFor', () => {
  it('starts no worker for a short opening', () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(earlyStartFor('#v=2')).toBeNull();
    expect(earlyStartFor(`#step=${LONG_OPENING - 1}&v=2`)).toBeNull();
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('starts a module worker on the address of a long one and keeps what it says', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const hash = `#step=${LONG_OPENING}&v=2&lang=ko`;
    const early = earlyStartFor(hash)!;
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0];
    expect(worker.options).toEqual({ type: 'module', name: 'training' });
    expect(worker.sent).toEqual([{ type: 'open-link', link: hash }]);
    worker.emit(warmup(0));
    // Not yet: the page's code waits for a slice of training, not for the start.
    expect(await settled(early.firstSlice)).toBe(false);
    worker.emit(warmup(4_000));
    expect(await settled(early.firstSlice)).toBe(true);
    expect(early.events).toEqual([warmup(0), warmup(4_000)]);
    expect(early.failed).toBe(false);
  });

  it('lets the page load when the worker fails, or after the longest wait', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const failing = earlyStartFor('#step=500000&v=2')!;
    FakeWorker.made[0].onerror?.({ preventDefault: () => {} } as ErrorEvent);
    expect(failing.failed).toBe(true);
    expect(await settled(failing.firstSlice)).toBe(true);
    const silent = earlyStartFor('#step=500000&v=2')!;
    vi.advanceTimersByTime(599);
    expect(await settled(silent.firstSlice)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(silent.firstSlice)).toBe(true);
  });
});

describe('OpenLinkFilter (the worker side)', () => {
  const link = '#step=200000&lr=0.1&v=2&lang=ko';
  const config = decodeLink('step=200000&lr=0.1&v=2').config;

  it('starts run 1 from the address and drops the page’s first init of the same run', () => {
    const filter = new OpenLinkFilter();
    expect(filter.filter({ type: 'open-link', link })).toEqual({ type: 'init', config, runId: 1 });
    expect(filter.filter({ type: 'init', config: structuredClone(config), runId: 1 })).toBeNull();
    // Only the first: a later init of the same run (a restart) is the page's to ask for.
    const again: WorkerCommand = { type: 'init', config, runId: 1 };
    expect(filter.filter(again)).toBe(again);
    expect(filter.filter({ type: 'play' })).toEqual({ type: 'play' });
  });

  it('passes the page’s init when the page read another run', () => {
    const filter = new OpenLinkFilter();
    filter.filter({ type: 'open-link', link });
    const other: WorkerCommand = { type: 'init', config: defaultConfig(), runId: 1 };
    expect(filter.filter(other)).toBe(other);
  });

  it('reads a hostile address as the page does, with no exception', () => {
    const hostile = '#step=300000&h=999999x&lr=NaN&ds=<script>&v=1';
    const command = new OpenLinkFilter().filter({ type: 'open-link', link: hostile });
    expect(command).toEqual({
      type: 'init',
      config: decodeLink('step=300000&h=999999x&lr=NaN&ds=<script>&v=1').config,
      runId: 1,
    });
  });
});

describe('the page taking the early worker over', () => {
  function early(events: WorkerEvent[], failed = false): { run: EarlyRun; worker: FakeWorker } {
    const worker = new FakeWorker('worker.js');
    const run = {
      worker: worker as unknown as Worker,
      events,
      failed,
      firstSlice: Promise.resolve(),
    };
    return { run, worker };
  }

  function controllerWithFactory(): { controller: RunController; made: FakeWorker[] } {
    const made: FakeWorker[] = [];
    const controller = new RunController(() => {
      const worker = new FakeWorker('fresh.js');
      made.push(worker);
      return worker as unknown as Worker;
    });
    return { controller, made };
  }

  it('uses the running worker, hears what it said first, then what it says next', async () => {
    const { run, worker } = early([warmup(0), warmup(5_000)]);
    vi.stubGlobal('window', { __earlyRun: run });
    const { controller, made } = controllerWithFactory();
    const config = decodeLink('step=1000000&v=2').config;
    controller.start(config);
    expect(made).toHaveLength(0);
    // The page's own init goes to that worker (which drops it as the run it already trains).
    expect(worker.sent).toEqual([{ type: 'init', config, runId: 1 }]);
    await Promise.resolve();
    expect(useAppStore.getState().warmup).toEqual({ done: 5_000, total: 1_000_000 });
    worker.emit(warmup(90_000));
    expect(useAppStore.getState().warmup).toEqual({ done: 90_000, total: 1_000_000 });
    expect(useAppStore.getState().status).toBe('warming-up');
    // Taken once: a crash's restart makes a fresh worker.
    expect(
      (globalThis as { window?: { __earlyRun?: EarlyRun } }).window?.__earlyRun,
    ).toBeUndefined();
    controller.dispose();
  });

  it('ends a failed early worker and starts a fresh one', () => {
    const { run, worker } = early([], true);
    vi.stubGlobal('window', { __earlyRun: run });
    const { controller, made } = controllerWithFactory();
    controller.start(decodeLink('step=1000000&v=2').config);
    expect(worker.terminated).toBe(true);
    expect(made).toHaveLength(1);
    expect(made[0].sent.map((c) => c.type)).toEqual(['init']);
    controller.dispose();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { LONG_OPENING, heldByOpening, whenFirstRenderMayStart } from '../../../src/state/opening';
import { useAppStore } from '../../../src/state/store';

/** The store as the controller leaves it when a run opening at `step` has just been started. */
function startRun(step: number): void {
  const config = defaultConfig();
  config.open.step = step;
  useAppStore.setState({ config, status: 'starting', warmup: null });
}

/** Whether the promise has settled once pending timers and microtasks ran up to now. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

afterEach(() => {
  vi.useRealTimers();
  useAppStore.setState(useAppStore.getInitialState());
});

describe('the first render during a long opening', () => {
  it('starts at once for a run that opens at step 0 or at a short step', async () => {
    vi.useFakeTimers();
    startRun(0);
    expect(await settled(whenFirstRenderMayStart(600))).toBe(true);
    startRun(LONG_OPENING - 1);
    expect(await settled(whenFirstRenderMayStart(600))).toBe(true);
  });

  it('waits for the warm-up’s first progress after its first slice, not for its start', async () => {
    vi.useFakeTimers();
    startRun(1_000_000);
    const wait = whenFirstRenderMayStart(600);
    expect(await settled(wait)).toBe(false);
    // The report before the first slice (done 0) only shows the bar.
    useAppStore.setState({ status: 'warming-up', warmup: { done: 0, total: 1_000_000 } });
    expect(await settled(wait)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    useAppStore.setState({ warmup: { done: 61_440, total: 1_000_000 } });
    expect(await settled(wait)).toBe(true);
  });

  it('starts anyway after the longest wait, and when the run fails or opens early', async () => {
    vi.useFakeTimers();
    startRun(1_000_000);
    const slow = whenFirstRenderMayStart(600);
    await vi.advanceTimersByTimeAsync(599);
    expect(await settled(slow)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(slow)).toBe(true);

    startRun(1_000_000);
    const failing = whenFirstRenderMayStart(600);
    useAppStore.setState({ status: 'failed' });
    expect(await settled(failing)).toBe(true);

    startRun(1_000_000);
    const stopped = whenFirstRenderMayStart(600);
    useAppStore.setState({ status: 'ready', warmup: null });
    expect(await settled(stopped)).toBe(true);
  });
});

describe('the panels a long opening holds back', () => {
  it('wait from the start of a long opening until it has ended and the page is idle', async () => {
    vi.useFakeTimers();
    startRun(1_000_000);
    expect(heldByOpening()).toBe(true);
    useAppStore.setState({ status: 'warming-up', warmup: { done: 500_000, total: 1_000_000 } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heldByOpening()).toBe(true);
    useAppStore.setState({ status: 'ready', warmup: null });
    // Not in the same task as the opened run's first render: after a frame, when idle.
    expect(heldByOpening()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(heldByOpening()).toBe(false);
  });

  it('never wait for a short opening, and a new long one started meanwhile holds them again', async () => {
    vi.useFakeTimers();
    startRun(LONG_OPENING - 1);
    expect(heldByOpening()).toBe(false);
    useAppStore.setState({ status: 'ready' });
    startRun(1_000_000);
    useAppStore.setState({ status: 'ready' });
    startRun(2_000_000); // a pasted link, before the release of the first one came
    await vi.advanceTimersByTimeAsync(1_100);
    expect(heldByOpening()).toBe(true);
    useAppStore.setState({ status: 'ready' });
    await vi.advanceTimersByTimeAsync(1_100);
    expect(heldByOpening()).toBe(false);
  });
});

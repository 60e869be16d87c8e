import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import type { RunConfig } from '../../../src/config/types';
import { traceStep } from '../../../src/engine/trace';
import { prepareRun } from '../../../src/run/prepare';
import { finishInspection, goToOp } from '../../../src/state/inspector';
import { initialAppState, useAppStore } from '../../../src/state/store';
import { setup, snapshotAt } from './controllerHarness';

/** The page over a fake worker whose part the test plays with the real engine's traces. */
function page(config: RunConfig) {
  const { controller, workers, urls } = setup();
  controller.start(config);
  const worker = workers[0];
  const runId = useAppStore.getState().runId;
  const snapshot = (step: number) => snapshotAt(worker, runId, step);
  /** The engine's trace of the step after `steps` on the next mini-batch (or on `samples`). */
  const trace = (steps: number, samples: number[] | null = null) => {
    const run = prepareRun({ ...config, open: { ...config.open, step: 0, inspectOp: 0 } });
    if (!run.ok) throw new Error(run.error);
    run.trainer.run(steps);
    worker.emit({ type: 'trace', runId, trace: traceStep(run.trainer, samples ?? undefined) });
  };
  const opened = () => decodeLink(urls[urls.length - 1]).config.open;
  return { controller, worker, snapshot, trace, opened };
}

afterEach(() => useAppStore.setState(initialAppState, true));

describe('the step inspector in the link', () => {
  it('writes the open operation of a traced next mini-batch: the step before it, op from 1', () => {
    const { controller, snapshot, trace, opened } = page(defaultConfig());
    snapshot(0);
    trace(7);
    snapshot(8); // the worker applied the traced step
    expect(opened()).toMatchObject({ step: 7, inspectOp: 1, view: 'inspector' });
    goToOp(41);
    expect(opened()).toMatchObject({ step: 7, inspectOp: 42 });
    finishInspection();
    expect(opened()).toMatchObject({ step: 8, inspectOp: 0 });
    controller.dispose();
  });

  it('names no operation for a hand-picked sample: its link opens after the step', () => {
    const { controller, snapshot, trace, opened } = page(defaultConfig());
    snapshot(0);
    trace(0, [5]);
    snapshot(1);
    expect(useAppStore.getState().trace?.handPicked).toBe(true);
    expect(opened()).toMatchObject({ step: 1, inspectOp: 0 });
    controller.dispose();
  });

  it('opens such a link there: traces the next mini-batch and goes to the operation', () => {
    const config = defaultConfig();
    config.open = { ...config.open, step: 7, inspectOp: 42, view: 'inspector' };
    const { controller, worker, snapshot, trace, opened } = page(config);
    // Not while the run trains to its step (a snapshot may come before the warm-up's end).
    useAppStore.setState({ status: 'warming-up', warmup: { done: 3, total: 7 } });
    snapshot(3);
    expect(worker.sent.filter((c) => c.type === 'trace')).toEqual([]);
    useAppStore.setState({ warmup: { done: 7, total: 7 } });
    snapshot(7);
    expect(worker.sent.filter((c) => c.type === 'trace')).toEqual([
      { type: 'trace', samples: null },
    ]);
    trace(7);
    snapshot(8);
    expect(useAppStore.getState().inspectOp).toBe(41);
    expect(opened()).toMatchObject({ step: 7, inspectOp: 42, view: 'inspector' });
    // Only once: a later snapshot traces nothing more.
    finishInspection();
    snapshot(9);
    expect(worker.sent.filter((c) => c.type === 'trace')).toHaveLength(1);
    controller.dispose();
  });

  it('clamps an operation beyond the step to its last', () => {
    const config = defaultConfig();
    config.open = { ...config.open, step: 2, inspectOp: 100_000 };
    const { controller, snapshot, trace } = page(config);
    snapshot(2);
    trace(2);
    const { trace: shown, inspectOp } = useAppStore.getState();
    expect(inspectOp).toBe(shown!.ops.length - 1);
    expect(shown!.ops.length).toBe(106);
    controller.dispose();
  });
});

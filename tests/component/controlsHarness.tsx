import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import type { LiveChange, RunConfig } from '../../src/config/types';
import { RunController } from '../../src/state/controller';
import { initialAppState, useAppStore } from '../../src/state/store';
import { Controls } from '../../src/views/Controls/Controls';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import type { WorkerCommand, WorkerEvent } from '../../src/worker/protocol';

/** A stand-in for the training worker that records every command the page sends. */
export class FakeWorker {
  posted: WorkerCommand[] = [];
  onmessage: ((message: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(command: WorkerCommand): void {
    this.posted.push(command);
  }
  terminate(): void {}
  /** Delivers an event as if the worker had sent it. */
  emit(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }
  ofType<T extends WorkerCommand['type']>(type: T): Extract<WorkerCommand, { type: T }>[] {
    return this.posted.filter((c): c is Extract<WorkerCommand, { type: T }> => c.type === type);
  }
}

/**
 * Renders the panel over a RunController whose worker is fake, with a run of `config` started
 * and ready; the commands sent by the start are cleared, so `worker.posted` holds only what the
 * panel caused.
 */
export function renderControls(config: RunConfig = defaultConfig()) {
  const worker = new FakeWorker();
  const controller = new RunController(
    () => worker as unknown as Worker,
    () => {},
  );
  controller.start(config);
  useAppStore.setState({ status: 'ready' });
  worker.posted = [];
  const user = userEvent.setup();
  const view = render(
    <ControllerContext value={controller}>
      <Controls />
    </ControllerContext>,
  );
  return { worker, controller, user, ...view };
}

/**
 * `renderControls` for a test file: each render's controller is disposed and the store reset
 * after every test.
 */
export function controlsSetup(): typeof renderControls {
  let controller: RunController | undefined;
  afterEach(() => resetControls(controller));
  return (...args) => {
    const rendered = renderControls(...args);
    controller = rendered.controller;
    return rendered;
  };
}

export function resetControls(controller?: RunController): void {
  controller?.dispose();
  useAppStore.setState(initialAppState, true);
}

/** The config the last 'init' command started. */
export function lastInit(worker: FakeWorker): RunConfig {
  const inits = worker.ofType('init');
  if (inits.length === 0) throw new Error('no init was sent');
  return inits[inits.length - 1].config;
}

/**
 * The worker's report that a live change took effect. Only the fields every version of the
 * event has are meaningful here; the change log is left empty.
 */
export function appliedEvent(runId: number, step: number, changes: LiveChange[]): WorkerEvent {
  return { type: 'applied', runId, step, changes, fromLog: false };
}

export function configWith(change: (config: RunConfig) => void): RunConfig {
  const config = defaultConfig();
  change(config);
  return config;
}

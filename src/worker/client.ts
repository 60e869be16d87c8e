import { msg, type Message } from '../core/i18n/message';
import type { WorkerCommand, WorkerEvent } from './protocol';

export type WorkerFactory = () => Worker;

/** The real worker, bundled by Vite as a module worker. */
export const createTrainingWorker: WorkerFactory = () =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'training' });

/**
 * The page's only handle on the training worker: sends typed commands, delivers typed events,
 * and reports a crash (the worker threw or failed to load) so the page can restart it.
 */
export class TrainingClient {
  private worker: Worker | null = null;
  private readonly factory: WorkerFactory;
  private readonly onEvent: (event: WorkerEvent) => void;
  private readonly onCrash: (why: Message) => void;

  constructor(
    onEvent: (event: WorkerEvent) => void,
    onCrash: (why: Message) => void,
    factory: WorkerFactory = createTrainingWorker,
  ) {
    this.onEvent = onEvent;
    this.onCrash = onCrash;
    this.factory = factory;
  }

  /** Starts a fresh worker (ending any previous one). */
  start(): void {
    this.stop();
    const worker = this.factory();
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.onEvent(message.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      // The browser's own words when it gives some (they are not ours to translate).
      this.onCrash(
        event.message ? msg('problem.raw', { text: event.message }) : msg('runNotice.crashUnknown'),
      );
    };
    worker.onmessageerror = () => this.onCrash(msg('runNotice.crashUnreadable'));
    this.worker = worker;
  }

  send(command: WorkerCommand, transfer: Transferable[] = []): void {
    if (!this.worker) this.start();
    this.worker?.postMessage(command, transfer);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

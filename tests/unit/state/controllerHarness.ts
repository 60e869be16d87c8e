import { RunController } from '../../../src/state/controller';
import type { WorkerCommand, WorkerEvent } from '../../../src/worker/protocol';

/** A stand-in for the worker: records commands, lets the test play the worker's part. */
export class FakeWorker {
  sent: WorkerCommand[] = [];
  onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }
}

/** A controller over fake workers (one per start after a crash), recording the links it writes. */
export function setup() {
  const workers: FakeWorker[] = [];
  const urls: string[] = [];
  const controller = new RunController(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    (link) => urls.push(link),
  );
  return { controller, workers, urls };
}

/** The worker's snapshot of a paused run at `step` (only the step header is read here). */
export function snapshotAt(worker: FakeWorker, runId: number, step: number): void {
  const shown = new Float64Array(16);
  shown[0] = step; // the step header
  worker.emit({
    type: 'snapshot',
    runId,
    snapshot: shown.buffer,
    history: [],
    map: null,
    playing: false,
  });
}

import type { RunConfig } from '../../../src/config/types';
import type { WorkerCommand, WorkerEvent } from '../../../src/worker/protocol';
import { TrainingSession } from '../../../src/worker/session';

type LoadAssets = ConstructorParameters<typeof TrainingSession>[0]['loadAssets'];

/**
 * A session driven in Node: events are collected, buffers are recycled on request. Its assets
 * (the digits) come from `loadAssets`: none by default.
 */
export class SessionHarness {
  readonly events: WorkerEvent[] = [];
  readonly session: TrainingSession;

  constructor(loadAssets: LoadAssets = async () => ({})) {
    this.session = new TrainingSession({
      post: (event) => this.events.push(event),
      now: () => performance.now(),
      soon: (task) => setTimeout(task, 0),
      later: (task, ms) => setTimeout(task, ms),
      loadAssets,
    });
  }

  send(command: WorkerCommand): void {
    this.session.handle(command);
  }

  of<T extends WorkerEvent['type']>(type: T): Extract<WorkerEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type);
  }

  lastSnapshot(): Float64Array {
    const snaps = this.of('snapshot');
    if (snaps.length === 0) throw new Error('no snapshot yet');
    return new Float64Array(snaps[snaps.length - 1].snapshot);
  }

  /** Hands every received snapshot buffer back, as the page does after drawing. */
  recycleAll(): void {
    for (const s of this.of('snapshot')) {
      if (s.snapshot.byteLength > 0) this.send({ type: 'recycle', buffer: s.snapshot.slice(0) });
    }
  }

  async init(config: RunConfig): Promise<void> {
    this.send({ type: 'init', config, runId: 1 });
    await this.until(() => this.of('snapshot').length > 0 || this.of('error').length > 0);
  }

  async until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const start = performance.now();
    while (!condition()) {
      if (performance.now() - start > timeoutMs)
        throw new Error('timed out waiting for the session');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}

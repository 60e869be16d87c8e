/**
 * Sends snapshots to the page at display rate, in a small pool of buffers that travel to the
 * page and back (transferred, never copied). When the page has not handed any back yet,
 * snapshots are coalesced; a forced one (a pause, a step, an edit) is owed and goes out as
 * soon as a buffer returns, so a pause is never left unreported.
 */
import type { Predictions } from '../core/confusion';
import type { HistoryPoint, OutputMap } from '../core/runInfo';
import type { SnapshotMetrics, SnapshotWriter } from '../engine';
import type { WorkerEvent } from './protocol';

/** Snapshots are sent at most this often (display rate). */
export const SNAPSHOT_INTERVAL_MS = 15;
/** Buffers in flight: one drawn, one arriving, one being written. */
const POOL_SIZE = 3;

/** What goes into one snapshot besides the trainer's own numbers. */
export interface SnapshotExtras {
  runId: number;
  focus: number;
  metrics: SnapshotMetrics;
  history: () => HistoryPoint[];
  map: OutputMap | null;
  /** The newest evaluation's predicted classes, if not sent yet. */
  predictions: () => Predictions | null;
  playing: boolean;
}

export class SnapshotPump {
  /** Something changed since the last snapshot went out. */
  dirty = true;
  /** A forced snapshot could not be sent for want of a buffer. */
  owed = false;
  private pool: ArrayBuffer[] = [];
  private writer: SnapshotWriter | null = null;
  private lastSentAt = -Infinity;

  constructor(
    private readonly post: (event: WorkerEvent, transfer: Transferable[]) => void,
    private readonly now: () => number,
  ) {}

  start(writer: SnapshotWriter): void {
    this.writer = writer;
    this.pool = Array.from({ length: POOL_SIZE }, () => writer.allocate().buffer);
    this.dirty = true;
    this.owed = false;
  }

  /** Whether a snapshot may go out now without being forced. */
  get due(): boolean {
    return this.now() - this.lastSentAt >= SNAPSHOT_INTERVAL_MS;
  }

  /** Takes a buffer back from the page; false when it is not one of this run's size. */
  recycle(buffer: ArrayBuffer): boolean {
    if (!this.writer || buffer.byteLength !== this.writer.layout.length * 8) return false;
    this.pool.push(buffer);
    return true;
  }

  /** Sends a snapshot if anything is new and a buffer is free (`force`: owe it otherwise). */
  send(extras: SnapshotExtras, pendingHistory: number, force: boolean): void {
    const writer = this.writer;
    if (!writer) return;
    if (!this.dirty && !extras.map && pendingHistory === 0) return;
    const buffer = this.pool.pop();
    if (!buffer) {
      if (force) this.owed = true;
      return;
    }
    this.owed = false;
    writer.write(new Float64Array(buffer), extras.focus, extras.metrics);
    const transfer: Transferable[] = [buffer];
    if (extras.map) transfer.push(extras.map.values.buffer);
    const predictions = extras.predictions();
    if (predictions) transfer.push(predictions.train.buffer, predictions.test.buffer);
    this.post(
      {
        type: 'snapshot',
        runId: extras.runId,
        snapshot: buffer,
        history: extras.history(),
        map: extras.map,
        predictions,
        playing: extras.playing,
      },
      transfer,
    );
    this.lastSentAt = this.now();
    this.dirty = false;
  }
}

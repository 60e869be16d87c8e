/// <reference lib="webworker" />
/**
 * The training worker's entry: wires the session to the worker global. All the logic lives in
 * TrainingSession, which the tests drive in Node with a fake host.
 */
import type { RunConfig } from '../config/types';
import { DIGITS_ASSET_PATH, needsAssets, parseDigitsAsset } from '../data';
import type { DatasetAssets, DigitImages } from '../data/types';
import type { WorkerCommand, WorkerEvent } from './protocol';
import { macrotask } from './macrotask';
import { TrainingSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

let digits: Promise<DigitImages> | null = null;

/** Fetches the digits file once, the first time a run needs it. */
async function loadAssets(config: RunConfig): Promise<DatasetAssets> {
  if (needsAssets(config) !== 'digits') return {};
  digits ??= fetch(new URL(DIGITS_ASSET_PATH, self.location.origin + import.meta.env.BASE_URL))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then(parseDigitsAsset)
    .catch((error: unknown) => {
      digits = null; // try again next time
      throw error;
    });
  return { digits: await digits };
}

const soon = macrotask();

const session = new TrainingSession({
  post: (event: WorkerEvent, transfer?: Transferable[]) => self.postMessage(event, transfer ?? []),
  now: () => performance.now(),
  soon,
  later: (task, ms) => setTimeout(task, ms),
  loadAssets,
});

self.onmessage = (message: MessageEvent<WorkerCommand>) => session.handle(message.data);

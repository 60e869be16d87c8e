/// <reference lib="webworker" />
/**
 * The headless references, in a browser worker, on the same run as the app (same link, same
 * data), with no page to feed:
 * - 'engine': the engine alone — Trainer.run in a loop that looks at the clock about once a
 *   millisecond, as the app's worker does;
 * - 'session': the app's TrainingSession (slices, snapshots, evaluations, maps) hosted as the
 *   app's worker hosts it: its events go to the page (transferred, as the app's do), and the
 *   page hands each snapshot buffer back after the next animation frame, as the app does after
 *   drawing, but draws nothing.
 * - 'limit-steps': the reference limit (shared/bench/limit.cjs, when it sits beside the
 *   repository) on the run's shape, rate and training data, as a yardstick for the opening.
 * esbuild bundles this file; the benchmark starts it from a Blob in a page of the preview server.
 */
import { decodeLink } from '../../src/config/link';
import type { RunConfig } from '../../src/config/types';
import { DIGITS_ASSET_PATH, needsAssets, parseDigitsAsset } from '../../src/data';
import type { DatasetAssets } from '../../src/data/types';
import { Header, type Trainer } from '../../src/engine';
import { prepareRun } from '../../src/run/prepare';
import { macrotask } from '../../src/worker/macrotask';
import type { WorkerCommand, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';
import limitModule from 'bench-limit';
import { limitConfig } from '../limitConfig';

declare const self: DedicatedWorkerGlobalScope;

export type HeadlessMode = 'engine' | 'session';

/** Build the run and train `warmupMs` (JIT warm-up), or train `measureMs` and report. */
export type HeadlessRequest =
  | {
      type: 'prepare';
      mode: HeadlessMode;
      link: string;
      /** Where the app is served (for the digits asset), ending in '/'. */
      base: string;
      warmupMs: number;
    }
  | { type: 'measure'; measureMs: number }
  /** Builds the run of `link` afresh (cold, as a page would) and times `steps` steps. */
  | { type: 'steps'; link: string; base: string; steps: number }
  /** The same for the reference limit on the run's shape and data (in order, no shuffle). */
  | { type: 'limit-steps'; link: string; base: string; steps: number };

export type HeadlessResult =
  { ok: true; steps: number; ms: number; stepsPerSecond: number } | { ok: false; error: string };

/** A session's event on its way to the page (which answers snapshots with a 'recycle'). */
export interface SessionEventMessage {
  sessionEvent: WorkerEvent;
}

let session: TrainingSession | null = null;

/** A way of training the run for a while. */
type Runner = (ms: number) => Promise<HeadlessResult>;

let runner: Runner | null = null;

async function assetsFor(config: RunConfig, base: string): Promise<DatasetAssets> {
  if (needsAssets(config) !== 'digits') return {};
  const response = await fetch(new URL(DIGITS_ASSET_PATH, base));
  if (!response.ok) throw new Error(`could not load the digits (${response.status})`);
  return { digits: parseDigitsAsset(await response.arrayBuffer()) };
}

function result(steps: number, ms: number): HeadlessResult {
  return { ok: true, steps, ms, stepsPerSecond: (steps / ms) * 1000 };
}

function engineRunner(trainer: Trainer): Runner {
  let perCheck = 1;
  return async (ms) => {
    const start = performance.now();
    const end = start + ms;
    let steps = 0;
    let now = start;
    while (now < end) {
      const diverged = trainer.run(perCheck);
      if (diverged) throw new Error(`diverged at step ${diverged.step}: ${diverged.message}`);
      steps += perCheck;
      const after = performance.now();
      if (after - now < 0.5) perCheck = Math.min(perCheck * 2, 1 << 16);
      else if (after - now > 2 && perCheck > 1) perCheck >>= 1;
      now = after;
    }
    return result(steps, now - start);
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's session, hosted here as in the app's worker; it starts playing at once. */
async function sessionRunner(config: RunConfig, assets: DatasetAssets): Promise<Runner> {
  let step = -1;
  let failure: string | null = null;
  session = new TrainingSession({
    post: (event: WorkerEvent, transfer?: Transferable[]) => {
      if (event.type === 'snapshot') step = new Float64Array(event.snapshot)[Header.step];
      else if (event.type === 'error' || event.type === 'diverged') {
        failure ??= event.type === 'error' ? event.message : event.divergence.message;
      }
      self.postMessage({ sessionEvent: event } satisfies SessionEventMessage, transfer ?? []);
    },
    now: () => performance.now(),
    soon: macrotask(),
    later: (task, ms) => setTimeout(task, ms),
    loadAssets: async () => assets,
  });
  session.handle({ type: 'init', config, runId: 1 });
  const deadline = performance.now() + 30_000;
  while (step < 0 && failure === null && performance.now() < deadline) await sleep(5);
  if (step < 0) throw new Error(failure ?? 'the session sent no snapshot');
  session.handle({ type: 'speed', speed: 'max' }); // the session starts at a learner's pace
  session.handle({ type: 'play' });
  return async (ms) => {
    const first = step;
    const start = performance.now();
    await sleep(ms);
    if (failure !== null) throw new Error(failure);
    return result(step - first, performance.now() - start);
  };
}

/** Trains `steps` steps in runs of about a millisecond, as the app's warm-up does. */
function timeSteps(trainer: Trainer, steps: number): HeadlessResult {
  const start = performance.now();
  let perCheck = 1;
  while (trainer.stepsDone < steps) {
    const before = performance.now();
    const diverged = trainer.run(Math.min(perCheck, steps - trainer.stepsDone));
    if (diverged) throw new Error(`diverged at step ${diverged.step}: ${diverged.message}`);
    const took = performance.now() - before;
    if (took < 0.5) perCheck = Math.min(perCheck * 2, 1 << 16);
    else if (took > 2 && perCheck > 1) perCheck >>= 1;
  }
  return result(steps, performance.now() - start);
}

/** The reference limit on the run of `config` (its first hidden layer's activation for all). */
function timeLimitSteps(config: RunConfig, assets: DatasetAssets, steps: number): HeadlessResult {
  if (!limitModule) return { ok: false, error: 'no reference limit beside the repository' };
  const prepared = prepareRun(config, assets);
  if (!prepared.ok) return { ok: false, error: prepared.error };
  const { network } = prepared.trainer;
  const train = prepared.dataset.train;
  const loop = limitModule.createLimit(
    limitConfig({
      id: 'A',
      sizes: [...network.sizes],
      hidden: config.network.hidden[0].activation,
      output: config.network.output.activation,
      loss: config.network.loss,
      batchSize: config.training.batchSize,
      learningRate: config.training.optimizer.learningRate,
    }),
    { N: train.count, X: train.inputs, Y: train.targets },
    { mode: 'blocked' },
  );
  const start = performance.now();
  for (let k = 0; k < steps; k++) loop.step();
  return result(steps, performance.now() - start);
}

async function handle(request: HeadlessRequest): Promise<HeadlessResult> {
  if (request.type === 'limit-steps') {
    const { config, problems } = decodeLink(request.link);
    if (problems.length > 0) return { ok: false, error: problems.map((p) => p.message).join('; ') };
    return timeLimitSteps(config, await assetsFor(config, request.base), request.steps);
  }
  if (request.type === 'steps') {
    const { config, problems } = decodeLink(request.link);
    if (problems.length > 0) return { ok: false, error: problems.map((p) => p.message).join('; ') };
    const prepared = prepareRun(config, await assetsFor(config, request.base));
    if (!prepared.ok) return { ok: false, error: prepared.error };
    return timeSteps(prepared.trainer, request.steps);
  }
  if (request.type === 'measure') {
    if (!runner) return { ok: false, error: 'measure before prepare' };
    return runner(request.measureMs);
  }
  const { config, problems } = decodeLink(request.link);
  if (problems.length > 0) return { ok: false, error: problems.map((p) => p.message).join('; ') };
  const assets = await assetsFor(config, request.base);
  if (request.mode === 'session') {
    runner = await sessionRunner(config, assets);
  } else {
    const prepared = prepareRun(config, assets);
    if (!prepared.ok) return { ok: false, error: prepared.error };
    runner = engineRunner(prepared.trainer);
  }
  return runner(request.warmupMs);
}

self.onmessage = (message: MessageEvent<HeadlessRequest | WorkerCommand>) => {
  const data = message.data;
  // The page's answers to the session's snapshots (buffers handed back), as in the app.
  if (data.type === 'recycle') {
    session?.handle(data);
    return;
  }
  if (
    data.type !== 'prepare' &&
    data.type !== 'measure' &&
    data.type !== 'steps' &&
    data.type !== 'limit-steps'
  ) {
    return;
  }
  handle(data).then(
    (r) => self.postMessage(r),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies HeadlessResult),
  );
};

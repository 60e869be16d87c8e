import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import type { LiveChange } from '../../../src/config/types';
import { RunController, classifyChange } from '../../../src/state/controller';
import { live } from '../../../src/state/live';
import { initialAppState, useAppStore } from '../../../src/state/store';
import { messageText, type Message } from '../../../src/state/message';
import type { WorkerCommand, WorkerEvent } from '../../../src/worker/protocol';

const english = (m: Message): string => messageText(m, 'en');

/** A stand-in for the worker: records commands, lets the test play the worker's part. */
class FakeWorker {
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

function setup() {
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

afterEach(() => useAppStore.setState(initialAppState, true));

describe('classifyChange', () => {
  it('tells live settings from those that define a new run', () => {
    const a = defaultConfig();
    expect(classifyChange(a, defaultConfig())).toBe('none');
    const lr = defaultConfig();
    lr.training.optimizer.learningRate = 0.1;
    expect(classifyChange(a, lr)).toBe('live');
    const reg = defaultConfig();
    reg.training.regularization.kind = 'l2';
    expect(classifyChange(a, reg)).toBe('live');
    const width = defaultConfig();
    width.network.hidden[0].size = 5;
    expect(classifyChange(a, width)).toBe('structural');
    const batch = defaultConfig();
    batch.training.batchSize = 3;
    expect(classifyChange(a, batch)).toBe('structural');
    const seed = defaultConfig();
    seed.seed = 9;
    expect(classifyChange(a, seed)).toBe('structural');
  });
});

describe('run controller', () => {
  it('starts a run, writes its link and ignores messages from a replaced run', () => {
    const { controller, workers, urls } = setup();
    controller.start(defaultConfig());
    const init = workers[0].sent[0];
    expect(init.type).toBe('init');
    expect(decodeLink(urls[urls.length - 1]).config).toEqual(defaultConfig());
    const runId = useAppStore.getState().runId;
    const rate: LiveChange = {
      step: 3,
      kind: 'setting',
      path: 'training.optimizer.learningRate',
      value: 1,
    };
    workers[0].emit({
      type: 'applied',
      runId: runId - 1,
      step: 3,
      changes: [rate],
      fromLog: false,
    });
    expect(useAppStore.getState().markers).toHaveLength(0);
    workers[0].emit({ type: 'applied', runId, step: 3, changes: [rate], fromLog: false });
    // The worker sends the change; the page words it.
    expect(useAppStore.getState().markers).toEqual([{ step: 3, what: 'η=1' }]);
    controller.dispose();
  });

  it('sends a live learning-rate change without restarting, and restarts for a new shape', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const next = defaultConfig();
    next.training.optimizer.learningRate = 0.5;
    controller.changeConfig(next);
    const last = workers[0].sent[workers[0].sent.length - 1];
    expect(last).toEqual({ type: 'set-optimizer', optimizer: next.training.optimizer });
    expect(workers[0].sent.filter((c) => c.type === 'init')).toHaveLength(1);
    const wider = structuredClone(next);
    wider.network.hidden[0].size = 6;
    controller.changeConfig(wider);
    expect(workers[0].sent.filter((c) => c.type === 'init')).toHaveLength(2);
    controller.dispose();
  });

  it('shows the link problems, and a divergence pauses with advice', () => {
    const { controller, workers } = setup();
    const { config, problems } = decodeLink('v=1&lr=NaN');
    controller.start(config, problems);
    const notices = useAppStore.getState().notices;
    expect(notices[0].lines.map(english).join(' ')).toMatch(
      /learning rate 'NaN' is not a number; using 0.03/,
    );
    const runId = useAppStore.getState().runId;
    useAppStore.setState({ playing: true, status: 'ready' });
    workers[0].emit({
      type: 'diverged',
      runId,
      divergence: { step: 12, layer: 2, stage: 'forward', message: 'layer 2 produced Infinity' },
    });
    const s = useAppStore.getState();
    expect(s.playing).toBe(false);
    expect(s.status).toBe('diverged');
    expect(s.notices.map((n) => n.lines.map(english).join(' ')).join(' ')).toMatch(
      /lower learning rate/,
    );
    controller.dispose();
  });

  it('restarts a crashed worker from the current settings and says so', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].sent[0].type).toBe('init');
    expect(useAppStore.getState().notices.some((n) => /stopped/.test(english(n.title)))).toBe(true);
    controller.dispose();
  });

  it('keeps the newest snapshot outside React and hands the older buffer back after a frame', async () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    const first = new Float64Array(16);
    first[0] = 5;
    const second = new Float64Array(16);
    second[0] = 6;
    const snapshot = (buffer: ArrayBuffer): WorkerEvent => ({
      type: 'snapshot',
      runId,
      snapshot: buffer,
      history: [],
      map: null,
      playing: true,
    });
    workers[0].emit(snapshot(first.buffer));
    workers[0].emit(snapshot(second.buffer));
    expect(live.snapshot?.[0]).toBe(6);
    expect(controller.currentStepCount).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 40));
    const recycled = workers[0].sent.filter((c) => c.type === 'recycle');
    expect(recycled).toHaveLength(1);
    controller.dispose();
  });
});

describe('the link after live changes', () => {
  it('keeps step-0 settings plus a log of what changed when, so the run replays exactly', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    const faster = structuredClone(defaultConfig());
    faster.training.optimizer.learningRate = 0.3;
    controller.changeConfig(faster);
    // The worker applied it after 40 steps.
    workers[0].emit({
      type: 'applied',
      runId,
      step: 40,
      changes: [{ step: 40, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.3 }],
      fromLog: false,
    });
    const decoded = decodeLink(controller.link());
    expect(decoded.config.training.optimizer.learningRate).toBe(0.03);
    expect(decoded.config.changes).toEqual([
      { step: 40, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.3 },
    ]);
    // The controls show the rate in force.
    expect(useAppStore.getState().config.training.optimizer.learningRate).toBe(0.3);
    // Reset starts over from the settings in force, with an empty log.
    controller.reset();
    const after = decodeLink(controller.link()).config;
    expect(after.training.optimizer.learningRate).toBe(0.3);
    expect(after.changes).toEqual([]);
    controller.dispose();
  });

  it('folds a change made before the first step into the starting settings', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    workers[0].emit({
      type: 'applied',
      runId,
      step: 0,
      changes: [{ step: 0, kind: 'setting', path: 'training.regularization.rate', value: 0.01 }],
      fromLog: false,
    });
    const decoded = decodeLink(controller.link()).config;
    expect(decoded.training.regularization.rate).toBe(0.01);
    expect(decoded.changes).toEqual([]);
    controller.dispose();
  });
});

describe('warnings and errors from the worker', () => {
  it('shows a warning without marking a run that started as failed', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    const message = 'initial biases of layer 2 have 1 numbers; using the initializer instead';
    workers[0].emit({ type: 'warning', runId, message });
    const { status, notices } = useAppStore.getState();
    expect(status).toBe('starting');
    expect(notices.map((n) => [n.tone, n.lines.map(english)])).toEqual([['warning', [message]]]);
    controller.dispose();
  });

  it('marks the run failed on an error before it was ready', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    workers[0].emit({ type: 'error', runId, message: 'line 2 has 2 values, not 3' });
    const { status, notices } = useAppStore.getState();
    expect(status).toBe('failed');
    expect(notices.map((n) => [n.tone, english(n.title)])).toEqual([
      ['error', 'The run could not start as asked'],
    ]);
    controller.dispose();
  });
});

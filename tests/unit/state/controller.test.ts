import { afterEach, describe, expect, it } from 'vitest';
import { english, msg } from '../../../src/core/i18n/message';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import type { LiveChange } from '../../../src/config/types';
import { live } from '../../../src/state/live';
import { initialAppState, useAppStore } from '../../../src/state/store';
import type { WorkerEvent } from '../../../src/worker/protocol';
import { setup, snapshotAt } from './controllerHarness';

afterEach(() => useAppStore.setState(initialAppState, true));

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
    const markers = useAppStore.getState().markers;
    expect(markers.map((m) => [m.step, english(m.what)])).toEqual([[3, 'η=1']]);
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

  it('restarts a crashed worker at the last step shown, with the same settings and change log', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    const rate: LiveChange = {
      step: 40,
      kind: 'setting',
      path: 'training.optimizer.learningRate',
      value: 0.3,
    };
    workers[0].emit({ type: 'applied', runId, step: 40, changes: [rate], fromLog: false });
    const shown = new Float64Array(16);
    shown[0] = 57; // the step header of the newest snapshot
    workers[0].emit({
      type: 'snapshot',
      runId,
      snapshot: shown.buffer,
      history: [],
      map: null,
      playing: true,
    });
    const before = controller.link();
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const init = workers[1].sent[0];
    if (init.type !== 'init') throw new Error('the new worker was not started with a run');
    // The new worker trains the run of the page's link again: step-0 settings, the log, step 57.
    expect(init.config.training.optimizer.learningRate).toBe(0.03);
    expect(init.config.changes).toEqual([rate]);
    expect(init.config.open.step).toBe(57);
    expect(controller.link()).toBe(before);
    const notice = useAppStore.getState().notices.find((n) => /stopped/.test(english(n.title)));
    expect(notice?.lines.map(english).join(' ')).toMatch(/boom\. .*again up to step 57/);
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

describe('the end of a warm-up', () => {
  /** A run opening at step 200 000, warming up, with the worker's part played by the test. */
  function warmingUp() {
    const { controller, workers } = setup();
    const config = defaultConfig();
    config.open.step = 200_000;
    controller.start(config);
    const runId = useAppStore.getState().runId;
    // The worker's 'ready' (not played here) sets this for a run that opens at a step.
    useAppStore.setState({ status: 'warming-up' });
    const worker = workers[0];
    return {
      controller,
      warmup: (done: number) =>
        worker.emit({ type: 'warmup', runId, done, total: 200_000, layers: [] }),
      snapshot: (step: number) => snapshotAt(worker, runId, step),
    };
  }

  it('keeps the full banner until the snapshot at the step, then drops it with that snapshot', () => {
    const { controller, warmup, snapshot } = warmingUp();
    warmup(0);
    warmup(120_000);
    expect(useAppStore.getState()).toMatchObject({
      status: 'warming-up',
      warmup: { done: 120_000, total: 200_000 },
    });
    warmup(200_000);
    // Trained, but not yet drawn: the banner stays, full.
    expect(useAppStore.getState()).toMatchObject({
      status: 'warming-up',
      warmup: { done: 200_000, total: 200_000 },
    });
    snapshot(200_000);
    expect(useAppStore.getState()).toMatchObject({ status: 'ready', warmup: null });
    expect(controller.currentStepCount).toBe(200_000);
    controller.dispose();
  });

  it('leaves a warm-up under way as it is when a snapshot comes before its end', () => {
    const { controller, warmup, snapshot } = warmingUp();
    warmup(50_000);
    snapshot(0);
    expect(useAppStore.getState()).toMatchObject({
      status: 'warming-up',
      warmup: { done: 50_000, total: 200_000 },
    });
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
    const text = msg('problem.params.unusedBiases', { layer: 2 });
    const message = english(text);
    workers[0].emit({ type: 'warning', runId, message, texts: [text] });
    const { status, notices } = useAppStore.getState();
    expect(status).toBe('starting');
    expect(notices.map((n) => [n.tone, n.lines.map(english)])).toEqual([
      [
        'warning',
        ['initial biases of layer 2 are given, but that layer has no bias; ignoring them'],
      ],
    ]);
    controller.dispose();
  });

  it('marks the run failed on an error before it was ready', () => {
    const { controller, workers } = setup();
    controller.start(defaultConfig());
    const runId = useAppStore.getState().runId;
    const text = msg('problem.csv.columnCount', { line: 2, count: 2, columns: 3 });
    workers[0].emit({ type: 'error', runId, message: english(text), text, cause: 'data' });
    const { status, notices } = useAppStore.getState();
    expect(status).toBe('failed');
    expect(notices.map((n) => [n.tone, english(n.title)])).toEqual([
      ['error', 'The run could not start as asked'],
    ]);
    controller.dispose();
  });

  it("words a link's problems and what the worker then found in one notice", () => {
    const { controller, workers } = setup();
    const { config, problems } = decodeLink('v=1&lr=NaN&h=1e309t');
    controller.start(config, problems);
    const runId = useAppStore.getState().runId;
    const found = msg('problem.raw', { text: "live change 1 '1_w9.5.5_1' addresses layer 9" });
    workers[0].emit({ type: 'warning', runId, message: english(found), texts: [found] });
    let notices = useAppStore.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].lines.map(english)).toEqual([
      ...problems.map((p) => p.message),
      english(found),
    ]);
    // An error replaces it, still listing the link's problems under the reason.
    const empty = msg('problem.csv.empty');
    workers[0].emit({
      type: 'error',
      runId,
      message: english(empty),
      text: empty,
      cause: 'data',
    });
    notices = useAppStore.getState().notices;
    expect(notices.map((n) => english(n.title))).toEqual(['The run could not start as asked']);
    expect(notices[0].lines.map(english)).toEqual([
      english(empty),
      ...problems.map((p) => p.message),
    ]);
    controller.dispose();
  });

  it('starts on the default data when the data of a link cannot be built, and says why', () => {
    const { controller, workers } = setup();
    const { config, problems } = decodeLink('ds=csv&csv=!!!!&v=1');
    controller.start(config, problems);
    const empty = msg('problem.csv.empty');
    workers[0].emit({
      type: 'error',
      runId: useAppStore.getState().runId,
      message: english(empty),
      text: empty,
      cause: 'data',
    });
    const inits = workers[0].sent.filter((c) => c.type === 'init');
    expect(inits).toHaveLength(2);
    const second = inits[1];
    if (second.type !== 'init') throw new Error('no second run');
    expect(second.config.data).toEqual(defaultConfig().data);
    const { status, notices } = useAppStore.getState();
    expect(status).toBe('starting');
    expect(notices).toHaveLength(1);
    expect(notices[0].lines.map(english)).toEqual([
      'CSV data in the link is not valid base64url text; using none',
      'the data is empty; using the circle data instead',
    ]);
    // The default data failing too leaves the run failed: there is nothing left to fall back to.
    workers[0].emit({
      type: 'error',
      runId: useAppStore.getState().runId,
      message: 'out of memory',
      text: msg('problem.raw', { text: 'out of memory' }),
      cause: 'data',
    });
    expect(useAppStore.getState().status).toBe('failed');
    controller.dispose();
  });

  it('keeps the data when the network refuses its settings: one notice, one line, no second run', () => {
    const { controller, workers } = setup();
    const { config, problems } = decodeLink('v=1&ds=xor&h=6t_n&batch=1');
    expect(problems).toEqual([]);
    controller.start(config, problems);
    const refused = msg('problem.raw', { text: 'batch normalization needs 2 samples per batch' });
    workers[0].emit({
      type: 'error',
      runId: useAppStore.getState().runId,
      message: english(refused),
      text: refused,
      cause: 'settings',
    });
    expect(workers[0].sent.filter((c) => c.type === 'init')).toHaveLength(1);
    const { status, notices, config: shown } = useAppStore.getState();
    expect(status).toBe('failed');
    expect(shown.data.dataset).toBe('xor');
    expect(notices.map((n) => n.lines.map(english))).toEqual([
      ['batch normalization needs 2 samples per batch'],
    ]);
    controller.dispose();
  });

  it('words a refused command as such, without the link problems, and leaves the run ready', () => {
    const { controller, workers } = setup();
    const { config, problems } = decodeLink('v=1&lr=NaN&h=4t_n');
    controller.start(config, problems);
    const runId = useAppStore.getState().runId;
    useAppStore.setState({ status: 'ready', tracePending: true });
    const refused = msg('problem.batchNorm.oneSample', { layer: 1 });
    workers[0].emit({
      type: 'error',
      runId,
      message: english(refused),
      text: refused,
      cause: 'command',
    });
    const { status, tracePending, notices } = useAppStore.getState();
    expect(status).toBe('ready');
    expect(tracePending).toBe(false);
    const last = notices[notices.length - 1];
    expect([english(last.title), last.lines.map(english)]).toEqual([
      'That could not be done',
      [
        'Batch normalization (hidden layer 1) needs at least 2 samples in a step: one sample has variance 0. Inspect a step on the next mini-batch instead.',
      ],
    ]);
    controller.dispose();
  });
});

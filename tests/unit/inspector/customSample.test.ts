import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/message';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { traceStep } from '../../../src/engine';
import { weightedInput } from '../../../src/views/StepInspector/formulas/forward';
import { inspectContext } from '../../../src/views/StepInspector/context';
import { customSampleOf, type CustomSampleRequest } from '../../../src/worker/customSample';
import { bitEqual } from '../engine/fixtures';
import { SessionHarness } from '../worker/sessionHost';
import { infoOf, preparedTrainer } from './traceFixture';

function config(patch: (c: RunConfig) => void = () => {}): RunConfig {
  const c = defaultConfig();
  patch(c);
  return c;
}

function everything(t: ReturnType<typeof preparedTrainer>): Float64Array[] {
  return [...t.network.weights, ...t.network.biases, ...t.groups.map((g) => g.first)];
}

describe('a traced step on a typed-in sample (engine)', () => {
  it('equals a step on the training sample with the same values, and keeps the epoch', () => {
    const c = config((c) => {
      c.network.hidden[0].dropout = 0.3; // the dropout stream is used like a one-sample step
      c.training.optimizer.kind = 'momentum';
    });
    const typed = preparedTrainer(c);
    const picked = preparedTrainer(c);
    typed.run(3);
    picked.run(3);
    const train = typed.dataset.train;
    const k = 17;
    const inputs = train.inputs.slice(k * 2, k * 2 + 2);
    const targets = train.targets.slice(k, k + 1);
    const trace = traceStep(typed, { inputs, targets });
    picked.stepOnSamples([k]);
    const a = everything(typed);
    const b = everything(picked);
    a.forEach((arr, n) => expect(bitEqual(arr, b[n])).toBe(true));
    expect(trace.samples).toHaveLength(1);
    expect(trace.samples[0].index).toBe(-1);
    expect(trace.handPicked).toBe(true);
    expect(Array.from(trace.samples[0].z[0])).toEqual(Array.from(inputs));
    expect(Array.from(trace.samples[0].target)).toEqual(Array.from(targets));
    expect([typed.stepsDone, typed.epoch]).toEqual([4, 0]);
    // The epoch's order carries on as if the typed-in step had not happened.
    typed.step();
    picked.step();
    expect(Array.from(typed.batch.indices)).toEqual(Array.from(picked.batch.indices));
    // The inspector's formulas read it like any sample.
    const ctx = inspectContext(trace, infoOf(typed), c);
    expect(Object.is(weightedInput(ctx, 0, 1, 2), trace.samples[0].a[0][2])).toBe(true);
  });

  it('refuses values that do not fit the network', () => {
    const t = preparedTrainer();
    expect(() => traceStep(t, { inputs: [1, 2, 3], targets: [1] })).toThrow(RangeError);
    expect(() => traceStep(t, { inputs: [1, 2], targets: [1, 0] })).toThrow(RangeError);
  });
});

describe('customSampleOf: typed-in raw values become inputs and targets like the training set’s', () => {
  it('features and standardization: the same inputs as the training sample with those raw values', () => {
    const c = config((c) => {
      c.data.features = ['x1', 'x2', 'x1sq', 'sinx2', 'x1x2'];
      c.data.normalize = true;
    });
    const ds = preparedTrainer(c).dataset;
    for (const k of [0, 5, 99]) {
      const raw = Array.from(ds.train.raw.subarray(k * 2, k * 2 + 2));
      const label = ds.train.labels[k];
      const sample = customSampleOf(ds, { raw, target: [label] });
      if ('key' in sample) throw new Error(english(sample));
      const w = ds.inputSize;
      expect(bitEqual(sample.inputs, ds.train.inputs.subarray(k * w, k * w + w))).toBe(true);
      expect(Array.from(sample.targets)).toEqual(Array.from(ds.train.targets.subarray(k, k + 1)));
    }
  });

  it.each([
    ['tanh', 'half-sse', 1, [1]],
    ['tanh', 'half-sse', 0, [-1]],
    ['sigmoid', 'bce', 0, [0]],
    ['softmax', 'cce', 1, [0, 1]],
  ] as const)('%s output (%s): class %d is encoded as %j', (activation, loss, label, want) => {
    const ds = preparedTrainer(
      config((c) => {
        c.network.output.activation = activation;
        c.network.loss = loss;
      }),
    ).dataset;
    const sample = customSampleOf(ds, { raw: [0.5, -1], target: [label] });
    if ('key' in sample) throw new Error(english(sample));
    expect(Array.from(sample.targets)).toEqual(want);
  });

  it('regression targets are the values; bad values are refused with a message', () => {
    const ds = preparedTrainer(
      config((c) => {
        c.data.dataset = 'sine';
        c.network.output.activation = 'linear';
      }),
    ).dataset;
    const sample = customSampleOf(ds, { raw: [0.3], target: [0.7] });
    if ('key' in sample) throw new Error(english(sample));
    expect(Array.from(sample.targets)).toEqual([0.7]);
    const refusal = (req: CustomSampleRequest): string => {
      const refused = customSampleOf(ds, req);
      return 'key' in refused ? english(refused) : 'accepted';
    };
    expect(refusal({ raw: [0.3, 1], target: [0.7] })).toMatch(/1 finite input value$/);
    expect(refusal({ raw: [Number.NaN], target: [0.7] })).toMatch(/finite input/);
    expect(refusal({ raw: [0.3], target: [] })).toMatch(/finite target value/);
    const circle = preparedTrainer().dataset;
    const classRefusal = (req: CustomSampleRequest): string => {
      const refused = customSampleOf(circle, req);
      return 'key' in refused ? english(refused) : 'accepted';
    };
    expect(classRefusal({ raw: [0, 0], target: [2] })).toMatch(/one of 0 … 1/);
    expect(classRefusal({ raw: [0, 0], target: [0.5] })).toMatch(/one of 0 … 1/);
  });
});

describe('the worker traces a typed-in sample', () => {
  it('posts a trace of it, and an error (not a trace) for values that do not fit', async () => {
    const h = new SessionHarness();
    await h.init(defaultConfig());
    h.recycleAll();
    h.send({ type: 'trace', samples: null, custom: { raw: [1.5, -2], target: [1] } });
    const [event] = h.of('trace');
    expect(event.trace.samples[0].index).toBe(-1);
    expect(Array.from(event.trace.samples[0].z[0])).toEqual([1.5, -2]);
    expect(Array.from(event.trace.samples[0].target)).toEqual([1]);
    expect(event.trace.epoch).toBe(0);
    h.send({ type: 'trace', samples: null, custom: { raw: [1.5], target: [1] } });
    expect(h.of('trace')).toHaveLength(1);
    expect(h.of('error').at(-1)?.message).toMatch(/2 finite input values/);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { confusionCounts, type Predictions } from '../../../src/core/confusion';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { Header, type Network } from '../../../src/engine';
import type { WorkerEvent } from '../../../src/worker/protocol';
import { english } from '../../../src/core/i18n/message';
import type { TrainingSession } from '../../../src/worker/session';
import { SessionHarness } from './sessionHost';

const digits = loadDigitsFromDisk();

function digitsConfig(): RunConfig {
  const config = defaultConfig();
  config.data = {
    ...config.data,
    dataset: 'digits',
    digitSize: 14,
    samples: 500,
    testFraction: 0.2,
  };
  config.network.hidden = [{ size: 12, activation: 'relu', bias: true, dropout: 0 }];
  config.network.output = { activation: 'softmax', bias: true };
  config.network.loss = 'cce';
  config.training.optimizer = { ...config.training.optimizer, kind: 'adam', learningRate: 0.01 };
  return config;
}

async function startSession(): Promise<{ session: TrainingSession; events: WorkerEvent[] }> {
  const harness = new SessionHarness(async () => ({ digits }));
  await harness.init(digitsConfig());
  return { session: harness.session, events: harness.events };
}

/**
 * The predicted class of each input row, computed here from the weights alone: hidden
 * ReLU(W¹x + b¹), output W²h + b² (softmax keeps the order, so its argmax is the logits').
 */
function independentPredictions(net: Network, inputs: Float64Array, count: number): number[] {
  const [nIn, nHidden, nOut] = net.sizes;
  const [w1, w2] = net.weights;
  const [b1, b2] = net.biases;
  const out: number[] = [];
  for (let s = 0; s < count; s++) {
    const hidden: number[] = [];
    for (let j = 0; j < nHidden; j++) {
      let a = b1[j];
      for (let i = 0; i < nIn; i++) a += w1[j * nIn + i] * inputs[s * nIn + i];
      hidden.push(Math.max(0, a));
    }
    let best = 0;
    let bestValue = -Infinity;
    for (let k = 0; k < nOut; k++) {
      let a = b2[k];
      for (let j = 0; j < nHidden; j++) a += w2[k * nHidden + j] * hidden[j];
      if (a > bestValue) {
        bestValue = a;
        best = k;
      }
    }
    out.push(best);
  }
  return out;
}

function lastPredictions(events: WorkerEvent[]): Predictions {
  const found = events.flatMap((e) =>
    e.type === 'snapshot' && e.predictions ? [e.predictions] : [],
  );
  const last = found.at(-1);
  if (!last) throw new Error('no predictions were sent');
  return last;
}

describe('the confusion matrix from the worker’s evaluation', () => {
  it('counts equal an independent count of predictions made from the weights', async () => {
    const { session, events } = await startSession();
    session.handle({ type: 'step', count: 40 });
    const trainer = session.currentTrainer;
    if (!trainer) throw new Error('no trainer');
    const predictions = lastPredictions(events);
    expect(predictions.step).toBe(40);
    const test = trainer.dataset.test;
    expect(test.count).toBe(100);
    expect(predictions.test).toHaveLength(100);
    const independent = independentPredictions(trainer.network, test.inputs, test.count);
    expect(Array.from(predictions.test)).toEqual(independent);
    // Count by hand, cell by cell, and compare with confusionCounts over the sent predictions.
    const byHand = new Array<number>(100).fill(0);
    for (let s = 0; s < test.count; s++) byHand[test.labels[s] * 10 + independent[s]]++;
    const counts = confusionCounts(test.labels, predictions.test, 10);
    expect(Array.from(counts)).toEqual(byHand);
    expect(byHand.reduce((x, y) => x + y, 0)).toBe(100);
    // The diagonal over the total is the test accuracy the snapshot reports.
    const snapshots = events.filter((e) => e.type === 'snapshot');
    const snap = new Float64Array(snapshots[snapshots.length - 1].snapshot);
    let diagonal = 0;
    for (let k = 0; k < 10; k++) diagonal += byHand[k * 11];
    expect(snap[Header.testAccuracy]).toBeCloseTo(diagonal / 100, 12);
    // The training set's predictions too.
    const train = trainer.dataset.train;
    expect(Array.from(predictions.train)).toEqual(
      independentPredictions(trainer.network, train.inputs, train.count),
    );
  });

  it('a drawn digit’s prediction is the softmax of the network on its pixels', async () => {
    const { session, events } = await startSession();
    session.handle({ type: 'step', count: 20 });
    const trainer = session.currentTrainer;
    if (!trainer) throw new Error('no trainer');
    const raw = Array.from(trainer.dataset.test.raw.subarray(0, 196));
    session.handle({ type: 'predict', id: 7, raw });
    const answer = events.find((e) => e.type === 'prediction');
    if (!answer || answer.type !== 'prediction') throw new Error('no prediction');
    expect(answer.id).toBe(7);
    expect(answer.step).toBe(20);
    if (!Array.isArray(answer.outputs)) throw new Error(english(answer.outputs));
    expect(answer.outputs).toHaveLength(10);
    expect(answer.outputs.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    const inputs = trainer.dataset.test.inputs.subarray(0, 196);
    const best = independentPredictions(trainer.network, inputs, 1)[0];
    expect(answer.outputs.indexOf(Math.max(...answer.outputs))).toBe(best);
    // Pixels outside 0 … 1, or the wrong count, are refused with a message.
    session.handle({ type: 'predict', id: 8, raw: raw.map(() => 2) });
    session.handle({ type: 'predict', id: 9, raw: raw.slice(1) });
    const refusals = events.flatMap((e) =>
      e.type === 'prediction' && !Array.isArray(e.outputs) ? [english(e.outputs)] : [],
    );
    expect(refusals).toEqual([
      'the pixels of a drawn digit must lie between 0 and 1',
      'a typed-in sample needs 196 finite input values',
    ]);
    // Raw images of picked samples, for the confusion matrix's thumbnails.
    session.handle({ type: 'sample-images', set: 'test', indices: [3, 999, 1] });
    const images = events.find((e) => e.type === 'sample-images');
    if (!images || images.type !== 'sample-images') throw new Error('no images');
    expect(images.indices).toEqual([3, 1]);
    const test = trainer.dataset.test;
    expect(Array.from(images.raw)).toEqual([
      ...test.raw.subarray(3 * 196, 4 * 196),
      ...test.raw.subarray(196, 2 * 196),
    ]);
  });
});

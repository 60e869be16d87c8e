import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearPrediction,
  receivePrediction,
  requestPrediction,
  useDigitsStore,
} from '../../../src/state/digits';

/** A predictor that records what it was asked, as the run controller would send it. */
function recorder() {
  const asked: { id: number; raw: number[] }[] = [];
  return { asked, predict: (id: number, raw: number[]) => asked.push({ id, raw }) };
}

describe('the drawing pad’s predictions', () => {
  beforeEach(() => {
    clearPrediction();
    // Answer anything left in flight by an earlier case.
    receivePrediction({ type: 'prediction', runId: 0, id: -1, step: 0, outputs: [] });
  });

  it('one request at a time; drawings made meanwhile become one follow-up with the newest', () => {
    const p = recorder();
    requestPrediction(p, [1]);
    requestPrediction(p, [2]);
    requestPrediction(p, [3]);
    expect(p.asked.map((a) => a.raw)).toEqual([[1]]);
    const first = p.asked[0].id;
    receivePrediction({ type: 'prediction', runId: 1, id: first, step: 5, outputs: [0.2, 0.8] });
    expect(useDigitsStore.getState().prediction).toEqual({
      outputs: [0.2, 0.8],
      message: null,
      step: 5,
    });
    expect(p.asked.map((a) => a.raw)).toEqual([[1], [3]]);
    // A stale answer (another id) changes nothing.
    receivePrediction({ type: 'prediction', runId: 1, id: first, step: 6, outputs: [1, 0] });
    expect(useDigitsStore.getState().prediction?.step).toBe(5);
    receivePrediction({ type: 'prediction', runId: 1, id: p.asked[1].id, step: 7, outputs: 'no' });
    expect(useDigitsStore.getState().prediction).toEqual({ outputs: null, message: 'no', step: 7 });
  });
});

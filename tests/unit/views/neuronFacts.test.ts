import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { snapshotLayout } from '../../../src/core/snapshot';
import { neuronFactsFromSnapshot } from '../../../src/views/ScalarGraph/neuronFacts';

// A 2-3-1 network whose every snapshot value is its own index, so each fact names its offset:
// header 0…11, W¹ 12…17 (3 rows of 2), W² 18…20, b¹ 21…23, b² 24, gradients 25…37,
// z⁰ 38…39, z¹ 40…42, z² 43, a¹ 44…46, a² 47, δ¹ 48…50, δ² 51.
const layout = snapshotLayout([2, 3, 1]);
const fresh = (): Float64Array => Float64Array.from({ length: layout.length }, (_, k) => k);
const config = defaultConfig();
config.network.hidden = [{ size: 3, activation: 'tanh', bias: true, dropout: 0 }];

describe('a neuron read from a snapshot', () => {
  it('takes a hidden neuron’s row of W, the inputs z⁰, its bias and the column of W² above', () => {
    const facts = neuronFactsFromSnapshot(fresh(), layout, 1, 2, config, 0.5);
    expect(Array.from(facts.weights)).toEqual([16, 17]);
    expect(Array.from(facts.inputs)).toEqual([38, 39]);
    expect(facts.bias).toBe(23);
    expect(Array.from(facts.layerA)).toEqual([44, 45, 46]);
    expect(Array.from(facts.above?.column ?? [])).toEqual([20]);
    expect(Array.from(facts.above?.deltas ?? [])).toEqual([51]);
    expect(facts.known).toBeUndefined();
  });

  it('gives an output neuron the δ and cost the snapshot holds', () => {
    const facts = neuronFactsFromSnapshot(fresh(), layout, 2, 0, config, 0.5);
    expect(Array.from(facts.weights)).toEqual([18, 19, 20]);
    expect(Array.from(facts.inputs)).toEqual([40, 41, 42]);
    expect(facts.bias).toBe(24);
    expect(Array.from(facts.layerA)).toEqual([47]);
    expect(facts.known).toEqual({ delta: 51, cost: 0.5, fused: false });
    expect(facts.above).toBeUndefined();
  });

  it('keeps its numbers when the live buffer is refilled', () => {
    const snap = fresh();
    const facts = neuronFactsFromSnapshot(snap, layout, 1, 0, config, 0);
    snap.fill(-1);
    expect(Array.from(facts.weights)).toEqual([12, 13]);
    expect(Array.from(facts.inputs)).toEqual([38, 39]);
    expect(Array.from(facts.above?.deltas ?? [])).toEqual([51]);
  });
});

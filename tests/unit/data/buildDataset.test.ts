import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATASETS,
  FEATURES,
  OUTPUT_ACTIVATIONS,
  type DatasetName,
} from '../../../src/config/types';
import { buildDataset, datasetInfo } from '../../../src/data';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import type { Dataset, SampleSet } from '../../../src/data/types';
import { configFor } from './helpers';

const digits = loadDigitsFromDisk();
const CSV = 'a,b,c\n1,2,0\n2,3,1\n4,1,1\n0,0,0\n';

function expectConsistent(d: Dataset): void {
  const check = (set: SampleSet) => {
    expect(set.inputs).toHaveLength(set.count * d.inputSize);
    expect(set.targets).toHaveLength(set.count * d.outputSize);
    expect(set.raw).toHaveLength(set.count * d.rawSize);
    const classification = d.task !== 'regression';
    expect(set.labels).toHaveLength(classification ? set.count : 0);
    expect(set.rawTargets).toHaveLength(classification ? 0 : set.count * d.outputSize);
    // Counted in plain loops: an expect per number is far too slow for 10 000 digits.
    let bad = 0;
    for (const v of set.inputs) if (!Number.isFinite(v)) bad++;
    for (const v of set.targets) if (!Number.isFinite(v)) bad++;
    for (const label of set.labels) if (!(label >= 0 && label < d.classes)) bad++;
    expect(bad).toBe(0);
  };
  check(d.train);
  check(d.test);
  expect(d.train.count).toBeGreaterThanOrEqual(1);
  expect(d.inputNames).toHaveLength(d.inputSize);
  expect(d.classNames).toHaveLength(d.task === 'regression' ? 0 : d.classes);
  const domainLength = d.rawKind === 'image' ? 0 : d.rawSize;
  expect(d.rawDomain).toHaveLength(domainLength);
  expect(d.imageSide).toBe(d.rawKind === 'image' ? Math.sqrt(d.rawSize) : 0);
}

describe('buildDataset', () => {
  it.each(DATASETS.map((name) => [name]))('%s builds a consistent dataset', (name) => {
    const config = configFor(name, { csv: CSV, samples: 200, csvTask: 'classification' });
    const result = buildDataset(config, { digits });
    if (!result.ok) throw new Error(result.error);
    const d = result.dataset;
    expect(d.name).toBe(name);
    expectConsistent(d);
    expect(datasetInfo(name).kind === 'digits').toBe(d.rawKind === 'image');
  });

  it.each(DATASETS.map((name) => [name]))('%s is deterministic per seed', (name) => {
    const config = (seed: number) =>
      configFor(name, { csv: CSV, samples: 100, noise: 0.2, normalize: true }, { seed });
    const a = buildDataset(config(3), { digits });
    const b = buildDataset(config(3), { digits });
    if (!a.ok || !b.ok) throw new Error('build failed');
    expect(b.dataset.train.inputs).toEqual(a.dataset.train.inputs);
    expect(b.dataset.test.targets).toEqual(a.dataset.test.targets);
  });

  it('rejects an unknown dataset by name', () => {
    const config = configFor('circle');
    (config.data as { dataset: string }).dataset = 'mnist-full';
    expect(buildDataset(config)).toMatchObject({
      ok: false,
      error: 'unknown dataset "mnist-full"',
    });
  });

  it('never throws, whatever numbers a hand-edited link puts in the data settings', () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer({ min: -10, max: 20000 }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, 1e9),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...DATASETS),
        fc.record({
          samples: number,
          noise: number,
          testFraction: number,
          classes: number,
          csvTargets: number,
          features: fc.array(fc.constantFrom(...FEATURES, 'bogus')),
          digitSize: fc.constantFrom(14, 28, 7),
          csv: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(CSV)),
          csvTask: fc.constantFrom('regression', 'classification'),
          normalize: fc.boolean(),
        }),
        fc.constantFrom(...OUTPUT_ACTIVATIONS),
        fc.integer({ min: 0, max: 0xffffffff }),
        (name: DatasetName, data, output, seed) => {
          const config = configFor(name, {}, { seed, output });
          Object.assign(config.data, data);
          const result = buildDataset(config, { digits });
          if (result.ok) expectConsistent(result.dataset);
          else expect(result.error).toMatch(/\S/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('datasetInfo', () => {
  it('describes every dataset', () => {
    for (const name of DATASETS) {
      const info = datasetInfo(name);
      expect(info.name).toBe(name);
      expect(info.label).toMatch(/\S/);
      expect(info.description).toMatch(/\S/);
      expect(info.usesNoise).toBe(info.noiseMeaning !== null);
    }
  });

  it('says which settings apply', () => {
    expect(datasetInfo('spiral')).toMatchObject({
      label: 'Spiral',
      kind: 'classification-2d',
      usesSamples: true,
      usesNoise: true,
      usesClasses: true,
      usesFeatures: true,
      usesTestSplit: true,
      sampleRange: { min: 4, max: 5000 },
    });
    expect(datasetInfo('circle').usesClasses).toBe(false);
    expect(datasetInfo('gate-xor')).toMatchObject({
      kind: 'gate',
      usesSamples: false,
      usesNoise: true,
      usesFeatures: true,
      usesTestSplit: false,
      sampleRange: null,
    });
    expect(datasetInfo('sine')).toMatchObject({ kind: 'regression-1d', usesFeatures: false });
    expect(datasetInfo('bump')).toMatchObject({ kind: 'regression-2d', usesFeatures: true });
    expect(datasetInfo('iris')).toMatchObject({
      kind: 'iris',
      usesSamples: false,
      usesNoise: false,
      usesFeatures: false,
    });
    expect(datasetInfo('digits')).toMatchObject({
      kind: 'digits',
      usesSamples: true,
      usesNoise: false,
      sampleRange: { min: 10, max: 10000 },
    });
    expect(datasetInfo('csv')).toMatchObject({
      kind: 'csv',
      usesSamples: false,
      usesNoise: false,
      usesTestSplit: true,
    });
  });
});

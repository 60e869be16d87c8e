import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import {
  FIELD_SPECS,
  classifyChange,
  LAYER_FIELD_SPECS,
  NEW_LAYER,
  type FieldSpec,
} from '../../../src/config/fields';
import { getPath } from '../../../src/config/paths';
import { inSentence } from '../../../src/config/problems';
import { validateConfig } from '../../../src/config/validate';

/** Paths of every leaf of a config; lists and null count as leaves (they have one control). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function kindOfDefault(spec: FieldSpec): string {
  return { number: 'number', choice: 'choice', boolean: 'boolean', subset: 'object', text: 'string', layers: 'object', params: 'object' }[spec.kind]; // prettier-ignore
}

describe('the field table', () => {
  it('has exactly one spec for every field of RunConfig', () => {
    const paths = FIELD_SPECS.map((spec) => spec.path);
    expect(new Set(paths).size).toBe(paths.length);
    // The live-change log is checked on its own (src/config/changes.ts), not by the table, and
    // the maths version is read from the link's version (src/config/link.ts).
    const leaves = leafPaths(defaultConfig()).filter(
      (path) => path !== 'changes' && path !== 'mathsVersion',
    );
    expect([...paths].sort()).toEqual(leaves.sort());
  });

  it('has one spec for every field of a hidden layer', () => {
    expect(LAYER_FIELD_SPECS.map((spec) => spec.path).sort()).toEqual(
      Object.keys(NEW_LAYER).sort(),
    );
  });

  it('names each field with a distinct, non-empty label', () => {
    const labels = FIELD_SPECS.map((spec) => spec.label);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('describes defaults of the kind the spec says', () => {
    const defaults = defaultConfig();
    for (const spec of FIELD_SPECS) {
      const value = getPath(defaults, spec.path);
      const expected = kindOfDefault(spec);
      if (expected === 'choice') expect(spec.kind === 'choice' && spec.choices).toContain(value);
      else expect(typeof value, spec.path).toBe(expected);
    }
  });

  it('accepts the default config as it is', () => {
    expect(validateConfig(defaultConfig())).toEqual({ config: defaultConfig(), problems: [] });
    expect(validateConfig({})).toEqual({ config: defaultConfig(), problems: [] });
  });

  it('reads labels naturally inside a sentence', () => {
    expect(inSentence('Learning rate')).toBe('learning rate');
    expect(inSentence('CSV data')).toBe('CSV data');
    expect(inSentence('L1 ratio')).toBe('L1 ratio');
    expect(inSentence('ELU alpha')).toBe('ELU alpha');
    expect(inSentence('Leaky ReLU slope')).toBe('leaky ReLU slope');
  });
});

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

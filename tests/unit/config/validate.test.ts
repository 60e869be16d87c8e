import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import {
  FIELD_SPECS,
  LAYER_FIELD_SPECS,
  LOSS_NEEDS_OUTPUT,
  NEW_LAYER,
  type ChoiceSpec,
  type NumberSpec,
} from '../../../src/config/fields';
import { LIMITS } from '../../../src/config/limits';
import { formatNumber } from '../../../src/config/numbers';
import { getPath, setPath, type PlainObject } from '../../../src/config/paths';
import { inSentence } from '../../../src/config/problems';
import type { RunConfig } from '../../../src/config/types';
import { validateConfig } from '../../../src/config/validate';
import { validConfigArb } from './configArbitraries';

/** A partial config with one field set, as a JSON file or a link would give it. */
function withField(path: string, value: unknown, base: PlainObject = {}): PlainObject {
  const input = structuredClone(base);
  setPath(input, path, value);
  return input;
}

/** Validates a config with one field set; returns the field's value and all problems. */
function validateField(path: string, value: unknown, base?: PlainObject) {
  const { config, problems } = validateConfig(withField(path, value, base));
  return { value: getPath(config, path), problems };
}

const defaults = defaultConfig();
const numberSpecs = FIELD_SPECS.filter((spec): spec is NumberSpec => spec.kind === 'number');
const choiceSpecs = FIELD_SPECS.filter((spec): spec is ChoiceSpec => spec.kind === 'choice');

/** A field's default, pulled into its dynamic range in `config` as the validator does. */
function defaultWithin(path: string, config: RunConfig): unknown {
  const fallback = getPath(defaults, path);
  const spec = FIELD_SPECS.find((s) => s.path === path);
  if (spec?.kind !== 'number' || !spec.range) return fallback;
  const { min, max } = spec.range(config);
  return Math.min(Math.max(fallback as number, min), max);
}

/** The range a field has in the default config (dynamic ranges see the default fields). */
function rangeOf(spec: NumberSpec) {
  return spec.range?.(defaults) ?? spec;
}

describe.each(numberSpecs.map((spec) => [spec.path, spec] as const))(
  'number field %s',
  (path, spec) => {
    const fallback = getPath(defaults, path) as number;
    const noun = inSentence(spec.label);
    const { min, max } = rangeOf(spec);

    function expectOneProblem(raw: unknown, expected: number, ending?: string) {
      const { value, problems } = validateField(path, raw);
      expect(value).toBe(expected);
      expect(problems).toHaveLength(1);
      expect(problems[0].field).toBe(path);
      expect(problems[0].message.startsWith(`${noun} `)).toBe(true);
      expect(problems[0].message.endsWith(`; using ${formatNumber(expected)}`)).toBe(true);
      if (ending) expect(problems[0].message).toContain(ending);
    }

    it('refuses what is not a number and uses the default', () => {
      expectOneProblem('abc', fallback, "'abc' is not a number");
      expectOneProblem(NaN, fallback, "'NaN' is not a number");
      expectOneProblem(null, fallback, 'is not a number');
      expectOneProblem([1], fallback, 'a list is not a number');
      expectOneProblem(true, fallback, 'is not a number');
    });

    it('refuses infinities and uses the default', () => {
      expectOneProblem(Infinity, fallback, "'Infinity' is not a finite number");
      expectOneProblem(-Infinity, fallback, "'-Infinity' is not a finite number");
    });

    it('clamps below the minimum, or uses the default below an exclusive one', () => {
      const below = min - 1;
      if (spec.minExclusive) expectOneProblem(min, fallback, `must be above ${formatNumber(min)}`);
      else expectOneProblem(below, min, `is below the minimum ${formatNumber(min)}`);
    });

    it('clamps above the maximum, or uses the default above an exclusive one', () => {
      if (max === Infinity) return;
      if (spec.maxExclusive) expectOneProblem(max, fallback, `must be below ${formatNumber(max)}`);
      else expectOneProblem(max + 1, max, 'is above');
    });

    if (spec.integer) {
      it('rounds a fraction to the nearest integer, and says it is not one', () => {
        const between = Math.min(max, fallback + 1) - 0.75;
        expectOneProblem(between, Math.round(between), 'is not an integer');
      });
    }

    it('keeps good values untouched, bounds included', () => {
      const good = [
        fallback,
        spec.minExclusive ? undefined : min,
        spec.maxExclusive ? undefined : max,
      ];
      const finiteMax = max === Infinity ? 1e300 : max;
      good.push(spec.integer ? Math.floor((min + finiteMax) / 2) : (min + finiteMax) / 2);
      for (const value of good) {
        if (value === undefined || !Number.isFinite(value)) continue;
        expect(validateField(path, value)).toEqual({ value, problems: [] });
      }
    });
  },
);

describe.each(choiceSpecs.map((spec) => [spec.path, spec] as const))(
  'choice field %s',
  (path, spec) => {
    const fallback = getPath(defaults, path);
    // A loss fused with an output activation is only valid with that output.
    const contextFor = (choice: unknown): PlainObject | undefined => {
      const output = LOSS_NEEDS_OUTPUT[choice as keyof typeof LOSS_NEEDS_OUTPUT];
      return path === 'network.loss' && output
        ? withField('network.output.activation', output)
        : undefined;
    };

    it('accepts every choice', () => {
      for (const choice of spec.choices) {
        expect(validateField(path, choice, contextFor(choice))).toEqual({
          value: choice,
          problems: [],
        });
      }
    });

    it('refuses anything else and uses the default', () => {
      for (const bad of ['nope', '', 7, null, {}, String(spec.choices[0]).toUpperCase() + 'x']) {
        const { value, problems } = validateField(path, bad);
        expect(value).toBe(fallback);
        expect(problems).toMatchObject([
          {
            field: path,
            message: expect.stringMatching(new RegExp(`; using ${String(fallback)}$`)),
          },
        ]);
        expect(problems[0].message).toContain(`unknown ${inSentence(spec.label)} `);
      }
    });
  },
);

describe('boolean fields', () => {
  const booleanPaths = FIELD_SPECS.filter((spec) => spec.kind === 'boolean').map((s) => s.path);

  it.each(booleanPaths)('%s accepts true and false and refuses anything else', (path) => {
    expect(validateField(path, true)).toEqual({ value: true, problems: [] });
    expect(validateField(path, false)).toEqual({ value: false, problems: [] });
    for (const bad of ['yes', 1, 0, null, 'true']) {
      const { value, problems } = validateField(path, bad);
      expect(value).toBe(getPath(defaults, path));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: path });
      expect(problems[0].message).toContain('is not true or false; using');
    }
  });
});

/**
 * The ranges the design asks for, written out by hand so that a wrong entry in the field table
 * fails here (the table-driven tests above only check that the table is enforced).
 */
describe('the ranges of the design', () => {
  const cases: [path: string, good: unknown[], bad: unknown[]][] = [
    ['seed', [0, 1, 0xffffffff], [-1, 2 ** 32, 0.5]],
    ['data.samples', [4, 400, 5000], [3, 5001]],
    ['data.noise', [0, 0.5, 1], [-0.01, 1.01]],
    ['data.testFraction', [0, 0.9], [-0.1, 0.91]],
    ['data.classes', [2, 6], [1, 7, 2.5]],
    ['data.digitSize', [14, 28], [20, '14', 0]],
    ['data.csvTargets', [1, 10], [0, 11, 1.5]],
    ['network.init.scale', [0, 10], [-1, 10.5]],
    ['network.leakySlope', [0, 1], [-0.1, 1.1]],
    ['network.eluAlpha', [0, 10], [-1, 11]],
    ['training.optimizer.learningRate', [0, 100], [-0.1, 101]],
    ['training.optimizer.momentum', [0, 0.999], [1, -0.1]],
    ['training.optimizer.rho', [0, 0.99], [1, -1]],
    ['training.optimizer.beta1', [0, 0.9], [1, 1.5]],
    ['training.optimizer.beta2', [0, 0.999999], [1, -0.5]],
    ['training.optimizer.epsilon', [1e-300, 1], [0, -1e-8, 1.5]],
    ['training.schedule.decay', [0, 1e300], [-0.001]],
    ['training.schedule.gamma', [1e-9, 1], [0, 1.01]],
    ['training.schedule.every', [1, 100], [0, 1.5]],
    ['training.schedule.cycleLow', [0, 0.03], [0.031, -1]],
    ['training.schedule.cycleSteps', [2, 100000], [1, 0]],
    ['training.batchSize', [1, 10000], [0, 10001]],
    ['training.regularization.rate', [0, 10], [-1, 10.1]],
    ['training.regularization.l1Ratio', [0, 1], [-0.5, 2]],
    ['open.step', [0, LIMITS.openStep], [-1, LIMITS.openStep + 1]],
    ['open.focusSample', [0, 12], [-1, 3.5]],
  ];

  it.each(cases)('%s', (path, good, bad) => {
    for (const value of good)
      expect(validateField(path, value), String(value)).toEqual({ value, problems: [] });
    for (const value of bad) {
      const { problems } = validateField(path, value);
      expect(
        problems.map((p) => p.field),
        String(value),
      ).toEqual([path]);
    }
  });

  it('allows more samples for the digits than for generated data', () => {
    const digits = withField('data.dataset', 'digits');
    expect(validateField('data.samples', 8000, digits)).toEqual({ value: 8000, problems: [] });
    expect(validateField('data.samples', 5, digits).value).toBe(LIMITS.digitSamples.min);
    expect(validateField('data.samples', 8000).value).toBe(LIMITS.samples.max);
  });

  it('keeps the lowest cyclic learning rate at or below the learning rate', () => {
    const base = withField('training.optimizer.learningRate', 0.5);
    expect(validateField('training.schedule.cycleLow', 0.4, base)).toEqual({
      value: 0.4,
      problems: [],
    });
    // The default (0.001) is above a smaller learning rate: pulled down quietly, as nobody set it.
    const small = validateConfig(withField('training.optimizer.learningRate', 0.0001));
    expect(small.config.training.schedule.cycleLow).toBe(0.0001);
    expect(small.problems).toEqual([]);
  });
});

describe('messages', () => {
  const messagesFor = (input: unknown) => validateConfig(input).problems.map((p) => p.message);

  it('say which field, what was wrong and what was used, in words', () => {
    expect(messagesFor(withField('training.optimizer.learningRate', NaN))).toEqual([
      "learning rate 'NaN' is not a number; using 0.03",
    ]);
    expect(messagesFor(withField('data.dataset', 'foo'))).toEqual([
      "unknown dataset 'foo'; using circle",
    ]);
    expect(messagesFor(withField('training.batchSize', 2.5))).toEqual([
      'batch size 2.5 is not an integer; using 3',
    ]);
    expect(messagesFor(withField('training.optimizer.momentum', 1))).toEqual([
      'momentum 1 must be below 1; using 0.9',
    ]);
    expect(messagesFor(withField('training.optimizer.epsilon', 0))).toEqual([
      'epsilon 0 must be above 0; using 1e-8',
    ]);
    expect(messagesFor(withField('data.noise', 3))).toEqual([
      'noise 3 is above the limit 1; using 1',
    ]);
    expect(messagesFor(withField('training.schedule.cycleLow', 0.5))).toEqual([
      'lowest learning rate (cyclic) 0.5 is above the learning rate 0.03; using 0.03',
    ]);
    expect(messagesFor(withField('seed', -4))).toEqual(['seed -4 is below the minimum 0; using 0']);
  });

  it('name hidden layers from 1, as people count them', () => {
    const hidden = [{ size: 4 }, { size: 4 }, { size: 5000 }];
    expect(validateConfig(withField('network.hidden', hidden)).problems).toMatchObject([
      {
        field: 'network.hidden.2.size',
        message: 'hidden layer 3 width 5000 is above the limit 256; using 256',
      },
    ]);
  });

  it('quote hostile text shortly, on one line', () => {
    const [message] = messagesFor(withField('data.dataset', `<script>\n${'x'.repeat(1000)}`));
    // The newline is shown escaped, so the message stays one line.
    expect(message).toBe(`unknown dataset '<script>\\u000A${'x'.repeat(31)}…'; using circle`);
  });
});

describe('the loss and the output activation', () => {
  const network = (output: string, loss: string) =>
    validateConfig({ network: { output: { activation: output }, loss } });

  it('keeps fused losses with their own output', () => {
    expect(network('softmax', 'cce').problems).toEqual([]);
    expect(network('sigmoid', 'bce').problems).toEqual([]);
    expect(network('softmax', 'mse').problems).toEqual([]);
  });

  it('changes the loss to fit the output, and says so', () => {
    expect(network('sigmoid', 'cce')).toMatchObject({
      config: { network: { loss: 'bce', output: { activation: 'sigmoid' } } },
      problems: [
        {
          field: 'network.loss',
          message: "loss 'cce' needs a softmax output, but the output is sigmoid; using bce",
        },
      ],
    });
    expect(network('softmax', 'bce').config.network.loss).toBe('cce');
    expect(network('linear', 'bce').config.network.loss).toBe('half-sse');
    expect(network('tanh', 'cce').problems[0].message).toBe(
      "loss 'cce' needs a softmax output, but the output is tanh; using half-sse",
    );
  });
});

describe('hidden layers', () => {
  const hiddenOf = (hidden: unknown) => validateConfig(withField('network.hidden', hidden));

  it('accepts none, and up to ten layers up to 256 wide', () => {
    expect(hiddenOf([]).problems).toEqual([]);
    expect(hiddenOf([]).config.network.hidden).toEqual([]);
    const widest = Array.from({ length: 10 }, () => ({ ...NEW_LAYER, size: 256 }));
    expect(hiddenOf(widest)).toMatchObject({
      config: { network: { hidden: widest } },
      problems: [],
    });
  });

  it('keeps the first ten of too many layers', () => {
    const { config, problems } = hiddenOf(Array.from({ length: 15 }, () => ({ size: 3 })));
    expect(config.network.hidden).toHaveLength(10);
    expect(problems).toMatchObject([
      {
        field: 'network.hidden',
        message: '15 hidden layers exceed the limit 10; using the first 10',
      },
    ]);
  });

  it('reads a million-layer list without looking past the limit', () => {
    expect(hiddenOf(new Array(1_000_000)).config.network.hidden).toHaveLength(10);
  });

  it('replaces what is not a layer, and layer fields one by one', () => {
    const { config, problems } = hiddenOf([
      7,
      { size: 0, activation: 'softmax', bias: 'no', dropout: 1 },
    ]);
    expect(config.network.hidden).toEqual([
      NEW_LAYER,
      { size: 1, activation: 'tanh', bias: true, dropout: 0.95 },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'network.hidden.0',
      'network.hidden.1.size',
      'network.hidden.1.activation',
      'network.hidden.1.bias',
      'network.hidden.1.dropout',
    ]);
    expect(problems[0].message).toBe("hidden layer 1 '7' is not a layer; using 4 tanh");
  });

  it('fills missing layer fields from a new layer quietly', () => {
    expect(hiddenOf([{ size: 8 }])).toMatchObject({
      config: { network: { hidden: [{ ...NEW_LAYER, size: 8 }] } },
      problems: [],
    });
  });

  it('refuses a hidden list that is not a list', () => {
    expect(hiddenOf('4,2').problems[0].message).toBe(
      "hidden layers '4,2' is not a list; using 4 tanh, 2 tanh",
    );
  });

  it.each(LAYER_FIELD_SPECS.map((s) => [s.path, s] as const))(
    'checks the layer field %s',
    (key) => {
      const { problems } = hiddenOf([{ [key]: 'garbage' }]);
      expect(problems.map((p) => p.field)).toEqual([`network.hidden.0.${key}`]);
    },
  );
});

describe('features', () => {
  const featuresOf = (features: unknown) => validateConfig(withField('data.features', features));

  it('keeps a subset in the order given', () => {
    expect(featuresOf(['x1x2', 'x1', 'sinx2'])).toMatchObject({
      config: { data: { features: ['x1x2', 'x1', 'sinx2'] } },
      problems: [],
    });
  });

  it('leaves out unknown and repeated features', () => {
    const { config, problems } = featuresOf(['x1', 'zz', 'x1', 'x2', 3]);
    expect(config.data.features).toEqual(['x1', 'x2']);
    expect(problems.map((p) => p.message)).toEqual([
      "unknown 'zz' (item 2), '3' (item 5) in features; leaving them out",
      "'x1' (item 3) listed more than once in features; keeping the first",
    ]);
  });

  it('uses the default for an empty list, a non-list and a huge list', () => {
    expect(featuresOf([]).problems[0].message).toBe('features list is empty; using x1, x2');
    expect(featuresOf('x1').config.data.features).toEqual(['x1', 'x2']);
    expect(featuresOf(new Array(100_000).fill('x1')).problems).toHaveLength(1);
  });
});

describe('CSV text', () => {
  const csvOf = (csv: unknown) => validateConfig(withField('data.csv', csv));

  it('keeps any well-formed text, unicode included', () => {
    const text = '1,2,3\n4,5,6\n"a";\'b\'<script>é😀\u0000';
    expect(csvOf(text)).toMatchObject({ config: { data: { csv: text } }, problems: [] });
  });

  it('cuts text over the limit at a line end', () => {
    const line = `${'1,'.repeat(49)}1\n`; // 100 characters
    const { config, problems } = csvOf(line.repeat(LIMITS.csvChars / 100 + 5));
    expect(config.data.csv).toBe(line.repeat(LIMITS.csvChars / 100));
    expect(problems[0].message).toBe(
      `CSV data has ${LIMITS.csvChars + 500} characters, above the limit ${LIMITS.csvChars}; keeping the first ${LIMITS.csvChars} (whole lines)`,
    );
  });

  it('drops over-long text without a line end', () => {
    expect(csvOf('1'.repeat(LIMITS.csvChars + 1)).config.data.csv).toBe('');
  });

  it('replaces half surrogate pairs, which no link could carry', () => {
    const { config, problems } = csvOf('a\ud800b\udc00c😀');
    expect(config.data.csv).toBe('a\ufffdb\ufffdc😀');
    expect(problems).toHaveLength(1);
  });

  it('refuses what is not text', () => {
    expect(csvOf(12).problems[0].message).toBe("CSV data '12' is not text; using none");
  });
});

describe('untrusted input as a whole', () => {
  it('uses the defaults for input that is not an object', () => {
    for (const input of [null, 42, 'config', [], true]) {
      const { config, problems } = validateConfig(input);
      expect(config).toEqual(defaultConfig());
      expect(problems).toHaveLength(1);
      expect(problems[0].field).toBe('');
    }
    expect(validateConfig(undefined)).toEqual({ config: defaultConfig(), problems: [] });
  });

  it('names a group of settings that is not an object', () => {
    expect(validateConfig({ training: { optimizer: 5 } }).problems).toMatchObject([
      {
        field: 'training.optimizer',
        message: "optimizer settings '5' are not an object; using the defaults for them",
      },
    ]);
  });

  it('ignores unknown keys', () => {
    expect(validateConfig({ colour: 'red', data: { dataset: 'xor', extra: 1 } })).toMatchObject({
      config: { data: { dataset: 'xor' } },
      problems: [],
    });
  });

  it('reads only own properties and cannot be polluted', () => {
    const input = JSON.parse(
      '{"__proto__": {"seed": 7, "polluted": 1}, "data": {"__proto__": {"dataset": "xor"}}, "constructor": {"prototype": {"polluted": 1}}}',
    ) as unknown;
    expect(validateConfig(input)).toEqual({ config: defaultConfig(), problems: [] });
    expect(validateConfig(Object.create({ seed: 9 }))).toEqual({
      config: defaultConfig(),
      problems: [],
    });
    expect(({} as PlainObject).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('seed');
  });

  it('never throws, even on a getter that throws', () => {
    const evil = Object.defineProperty({}, 'seed', { enumerable: true, get: () => { throw new Error('boom'); } }); // prettier-ignore
    const { config, problems } = validateConfig(evil);
    expect(config).toEqual(defaultConfig());
    expect(problems[0].message).toBe('the run settings could not be read; using the defaults');
  });

  it('returns a config that shares nothing with its input', () => {
    const input = { network: { hidden: [{ size: 3 }] }, data: { features: ['x2'] } };
    const { config } = validateConfig(input);
    input.network.hidden[0].size = 99;
    input.data.features.push('x1');
    expect(config.network.hidden[0].size).toBe(3);
    expect(config.data.features).toEqual(['x2']);
  });
});

describe('properties', () => {
  it('returns every valid config unchanged', () => {
    fc.assert(
      fc.property(validConfigArb, (config) => {
        expect(validateConfig(config)).toEqual({ config, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('turns anything into a config it then accepts unchanged', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (input) => {
        const first = validateConfig(input);
        expect(validateConfig(first.config)).toEqual({ config: first.config, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('changes only the field that was bad', () => {
    const paths = FIELD_SPECS.filter((s) => s.kind !== 'params' && s.kind !== 'layers').map(
      (s) => s.path,
    );
    fc.assert(
      fc.property(validConfigArb, fc.constantFrom(...paths), fc.anything(), (config, path, bad) => {
        const input = structuredClone(config) as unknown as PlainObject;
        setPath(input, path, bad);
        const { config: out, problems } = validateConfig(input);
        expect(validateConfig(out).problems).toEqual([]);
        // Everything but the field (and the loss, which follows the output) is as it was.
        for (const other of paths) {
          if (other === path || other === 'network.loss' || other === 'training.schedule.cycleLow')
            continue;
          if (other === 'data.samples' && path === 'data.dataset') continue;
          // The work budget may clamp the batch or the samples after another field changed,
          // but never silently.
          if (problems.some((p) => p.field === other && /budget/.test(p.message))) continue;
          // The graph's values follow its expression.
          if (other === 'open.graphValues' && path === 'open.graphExpression') continue;
          // A bad expression restarts its backward walk too.
          if (other === 'open.graphStep' && path === 'open.graphExpression') continue;
          expect(getPath(out, other), other).toEqual(getPath(config, other));
        }
        // Quietly accepted means kept as given; undefined means "not given", so the default —
        // pulled into a dynamic range (no lowest cyclic rate of 0.001 above a learning rate of 0).
        const expected = bad === undefined ? defaultWithin(path, out) : bad;
        if (problems.length === 0) expect(getPath(out, path)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

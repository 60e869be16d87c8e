import { describe, expect, it } from 'vitest';
import { PARAMS_LIMITS } from '../../../src/config/fields';
import { checkInitialParams } from '../../../src/config/initialParams';
import type { InitialParams } from '../../../src/config/types';
import { validateConfig } from '../../../src/config/validate';

/** The default network has 2 hidden layers, so 3 weight and 3 bias lists. */
const threeLayers = (): InitialParams => ({
  weights: [[0.15, 0.2, 0.25, 0.3, 0.1, -0.1, 0, 1], [0.4, 0.45, 0.5, 0.55, 1, 2, 3, 4], [-0, 5e-324]],
  biases: [[0.35, 0.35, 0, 0], [0.6, 0.6], [1e308]],
}); // prettier-ignore

const validateParams = (initialParams: unknown) => validateConfig({ initialParams });

describe('initial parameters in validateConfig (structure only)', () => {
  it('accepts lists of finite numbers, one pair per layer, and copies them', () => {
    const params = threeLayers();
    const { config, problems } = validateParams(params);
    expect(problems).toEqual([]);
    expect(config.initialParams).toEqual(params);
    params.weights[0][0] = 99;
    expect(config.initialParams?.weights[0][0]).toBe(0.15);
  });

  it('treats null and missing as "use the initializer"', () => {
    expect(validateParams(null)).toMatchObject({ config: { initialParams: null }, problems: [] });
    expect(validateConfig({}).config.initialParams).toBeNull();
  });

  it('names the first entry that is not a finite number', () => {
    for (const [bad, what] of [
      [NaN, "'NaN' is not a number"],
      [Infinity, "'Infinity' is not a finite number"],
      ['0.5', "'0.5' is not a number"],
      [undefined, "'undefined' is not a number"],
    ] as const) {
      const params = threeLayers() as { weights: unknown[][]; biases: unknown[][] };
      params.weights[1][4] = bad;
      const { config, problems } = validateParams(params);
      expect(config.initialParams).toBeNull();
      expect(problems).toMatchObject([
        {
          field: 'initialParams.weights.1.4',
          message: `initial weights of layer 2, entry 5 ${what}; ignoring them and using the initializer`,
        },
      ]);
    }
  });

  it('needs one weight and one bias list per layer of the network', () => {
    const params = threeLayers();
    params.biases.pop();
    expect(validateParams(params).problems[0].message).toBe(
      'initial parameters have 3 weight and 2 bias lists, but the network has 3 layers (2 hidden + output); ignoring them and using the initializer',
    );
    const noHidden = validateConfig({ network: { hidden: [] }, initialParams: threeLayers() });
    expect(noHidden.config.initialParams).toBeNull();
    expect(noHidden.problems.map((p) => p.field)).toEqual(['initialParams']);
  });

  it('refuses shapes that are not lists of lists', () => {
    const cases: unknown[] = [
      5,
      'w',
      [],
      { weights: [[1], [1], [1]] },
      { weights: [[1], [1], 3], biases: [[1], [1], [1]] },
      { weights: [[1], [], [1]], biases: [[1], [1], [1]] },
    ];
    for (const params of cases) {
      const { config, problems } = validateParams(params);
      expect(config.initialParams).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(/; ignoring them and using the initializer$/);
    }
  });

  it('refuses a layer with more numbers than the widest layer can have', () => {
    const params = threeLayers();
    params.weights[0] = new Array<number>(PARAMS_LIMITS.perLayer + 1).fill(0);
    expect(validateParams(params).problems).toMatchObject([
      {
        field: 'initialParams.weights.0',
        message: `initial weights of layer 1 have ${PARAMS_LIMITS.perLayer + 1} numbers, above the limit ${PARAMS_LIMITS.perLayer}; ignoring them and using the initializer`,
      },
    ]);
  });

  it('refuses more numbers in all than the limit, before reading any of them', () => {
    // Sparse lists: if the validator read entries before checking sizes, it would report a
    // hole ("not a number") instead of the size.
    const big = new Array<number>(PARAMS_LIMITS.total / 2);
    const params = { weights: [big, big, [1]], biases: [[1], [1], [1]] };
    expect(validateParams(params).problems[0].message).toBe(
      `initial parameters have ${PARAMS_LIMITS.total + 4} numbers, above the limit ${PARAMS_LIMITS.total}; ignoring them and using the initializer`,
    );
  });
});

describe('checkInitialParams (the exact shape, once the data is known)', () => {
  it('accepts parameters that fit the layer sizes', () => {
    expect(checkInitialParams(threeLayers(), [2, 4, 2, 1])).toBeNull();
    const single = { weights: [[1, 2, 3, 4, 5, 6]], biases: [[0, 0, 0]] };
    expect(checkInitialParams(single, [2, 3])).toBeNull();
  });

  it('names a weight list of the wrong length', () => {
    expect(checkInitialParams(threeLayers(), [3, 4, 2, 1])).toMatchObject({
      field: 'initialParams.weights.0',
      message:
        'initial weights of layer 1 have 8 numbers, but 3 inputs × 4 neurons need 12; using the initializer instead',
    });
  });

  it('names a bias list of the wrong length', () => {
    const params = threeLayers();
    params.biases[1] = [0.6];
    expect(checkInitialParams(params, [2, 4, 2, 1])).toMatchObject({
      field: 'initialParams.biases.1',
      message:
        'initial biases of layer 2 have 1 numbers, but the layer has 2 neurons; using the initializer instead',
    });
  });

  it('names the first mismatch, layer by layer', () => {
    const params = threeLayers();
    params.biases[0] = [1];
    params.weights[2] = [1];
    expect(checkInitialParams(params, [2, 4, 2, 1])?.field).toBe('initialParams.biases.0');
    expect(checkInitialParams(params, [2, 4, 2, 3])?.field).toBe('initialParams.biases.0');
    params.biases[0] = [1, 2, 3, 4];
    expect(checkInitialParams(params, [2, 4, 2, 1])?.field).toBe('initialParams.weights.2');
  });

  it('names a different number of layers', () => {
    expect(checkInitialParams(threeLayers(), [2, 4, 1])?.message).toBe(
      'initial parameters have 3 weight and 3 bias lists, but the network has 2 layers; using the initializer instead',
    );
  });
});

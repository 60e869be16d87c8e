/**
 * Explicit initial parameters are checked in two stages, because their exact shape depends on
 * the data (the input width of the digits is 196 or 784, of a CSV file whatever it holds):
 *
 * 1. `checkParamsStructure` (inside validateConfig): lists of finite numbers, one weight and
 *    one bias list per layer (hidden layers + output), each within the size limits. This
 *    bounds the memory a hostile config can ask for before any data is built.
 * 2. `checkInitialParams` (called by the engine's caller once the widths are known): every
 *    list has exactly the length the network needs.
 *
 * Either way the parameters are used whole or not at all: half a set of weights is not the
 * run someone shared.
 */
import { PARAMS_LIMITS } from './fields';
import { isPlainObject, readOwn } from './paths';
import { quote, type Problem } from './problems';
import type { InitialParams } from './types';

const FIELD = 'initialParams';
const DROPPED = 'ignoring them and using the initializer';

type ListName = 'weights' | 'biases';

/** 'initial weights of layer 2' — layer numbers follow the notation: weights[l] is W⁽ˡ⁺¹⁾. */
function listNoun(name: ListName, layer: number): string {
  return `initial ${name} of layer ${layer + 1}`;
}

export function checkParamsStructure(
  raw: unknown,
  hiddenLayers: number,
): { params: InitialParams | null; problem: Problem | null } {
  if (raw === undefined || raw === null) return { params: null, problem: null };
  const fail = (field: string, message: string) => ({
    params: null,
    problem: { field, message: `${message}; ${DROPPED}` },
  });

  const weights = readOwn(raw, 'weights');
  const biases = readOwn(raw, 'biases');
  if (!isPlainObject(raw) || !Array.isArray(weights) || !Array.isArray(biases)) {
    return fail(FIELD, `initial parameters ${quote(raw)} are not weight and bias lists`);
  }
  const layers = hiddenLayers + 1;
  if (weights.length !== layers || biases.length !== layers) {
    return fail(
      FIELD,
      `initial parameters have ${weights.length} weight and ${biases.length} bias lists, ` +
        `but the network has ${layers} layers (${hiddenLayers} hidden + output)`,
    );
  }

  // Sizes first, contents after: nothing is read entry by entry until the total is known.
  let total = 0;
  for (const [name, lists] of [
    ['weights', weights],
    ['biases', biases],
  ] as const) {
    for (let l = 0; l < layers; l++) {
      const list: unknown = lists[l];
      const field = `${FIELD}.${name}.${l}`;
      if (!Array.isArray(list)) return fail(field, `${listNoun(name, l)} are not a list`);
      if (list.length === 0) return fail(field, `${listNoun(name, l)} are empty`);
      if (list.length > PARAMS_LIMITS.perLayer) {
        return fail(
          field,
          `${listNoun(name, l)} have ${list.length} numbers, above the limit ${PARAMS_LIMITS.perLayer}`,
        );
      }
      total += list.length;
    }
  }
  if (total > PARAMS_LIMITS.total) {
    return fail(
      FIELD,
      `initial parameters have ${total} numbers, above the limit ${PARAMS_LIMITS.total}`,
    );
  }

  const copy: InitialParams = { weights: [], biases: [] };
  for (const [name, lists] of [
    ['weights', weights],
    ['biases', biases],
  ] as const) {
    for (let l = 0; l < layers; l++) {
      const list = lists[l] as unknown[];
      const numbers = new Array<number>(list.length);
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (typeof entry !== 'number' || !Number.isFinite(entry)) {
          const what =
            Number.isNaN(entry) || typeof entry !== 'number' ? 'a number' : 'a finite number';
          return fail(
            `${FIELD}.${name}.${l}.${i}`,
            `${listNoun(name, l)}, entry ${i + 1} ${quote(entry)} is not ${what}`,
          );
        }
        numbers[i] = entry;
      }
      copy[name].push(numbers);
    }
  }
  return { params: copy, problem: null };
}

/**
 * Whether `params` fit a network with the given layer sizes [nIn, h1, …, nOut]: weights[l]
 * needs sizes[l+1]·sizes[l] numbers and biases[l] needs sizes[l+1]. Returns the first
 * mismatch (layer by layer, weights before biases), or null when everything fits.
 */
export function checkInitialParams(
  params: InitialParams,
  layerSizes: number[],
  batchNorm: readonly boolean[] = [],
): Problem | null {
  const layers = layerSizes.length - 1;
  const instead = 'using the initializer instead';
  if (params.weights.length !== layers || params.biases.length !== layers) {
    return {
      field: FIELD,
      message:
        `initial parameters have ${params.weights.length} weight and ${params.biases.length} ` +
        `bias lists, but the network has ${layers} layers; ${instead}`,
    };
  }
  for (let l = 0; l < layers; l++) {
    const inputs = layerSizes[l];
    const neurons = layerSizes[l + 1];
    const weightCount = params.weights[l].length;
    if (weightCount !== inputs * neurons) {
      return {
        field: `${FIELD}.weights.${l}`,
        message:
          `${listNoun('weights', l)} have ${weightCount} numbers, but ${inputs} inputs × ` +
          `${neurons} neurons need ${inputs * neurons}; ${instead}`,
      };
    }
    const biasCount = params.biases[l].length;
    // A batch-normalized layer's row is β, or γ, β, μ_run, σ²_run one after the other.
    if (batchNorm[l] === true && (biasCount === neurons || biasCount === 4 * neurons)) continue;
    if (batchNorm[l] === true) {
      return {
        field: `${FIELD}.biases.${l}`,
        message:
          `${listNoun('biases', l)} have ${biasCount} numbers, but a batch-normalized layer of ` +
          `${neurons} neurons needs ${neurons} (β) or ${4 * neurons} (γ, β, μ, σ²); ${instead}`,
      };
    }
    if (biasCount !== neurons) {
      return {
        field: `${FIELD}.biases.${l}`,
        message: `${listNoun('biases', l)} have ${biasCount} numbers, but the layer has ${neurons} neurons; ${instead}`,
      };
    }
  }
  return null;
}

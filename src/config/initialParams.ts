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
import { msg, type Message } from '../core/i18n/message';
import { problem, quote, type Problem } from './problems';
import type { InitialParams } from './types';

const FIELD = 'initialParams';

type ListName = 'weights' | 'biases';

/** 'initial weights of layer 2' — layer numbers follow the notation: weights[l] is W⁽ˡ⁺¹⁾. */
function listNoun(name: ListName, layer: number): Message {
  const key = name === 'weights' ? 'problem.params.weightsOf' : 'problem.params.biasesOf';
  return msg(key, { layer: layer + 1 });
}

export function checkParamsStructure(
  raw: unknown,
  hiddenLayers: number,
): { params: InitialParams | null; problem: Problem | null } {
  if (raw === undefined || raw === null) return { params: null, problem: null };
  // Every structural problem ends the same way: the parameters are not used at all.
  const fail = (field: string, why: Message) => ({
    params: null,
    problem: problem(field, msg('problem.params.dropped', { why })),
  });

  const weights = readOwn(raw, 'weights');
  const biases = readOwn(raw, 'biases');
  if (!isPlainObject(raw) || !Array.isArray(weights) || !Array.isArray(biases)) {
    return fail(FIELD, msg('problem.params.notLists', { value: quote(raw) }));
  }
  const layers = hiddenLayers + 1;
  if (weights.length !== layers || biases.length !== layers) {
    const counts = { weights: weights.length, biases: biases.length, layers, hidden: hiddenLayers };
    return fail(FIELD, msg('problem.params.listCount', counts));
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
      const noun = listNoun(name, l);
      if (!Array.isArray(list)) return fail(field, msg('problem.params.notList', { noun }));
      if (list.length === 0) return fail(field, msg('problem.params.empty', { noun }));
      if (list.length > PARAMS_LIMITS.perLayer) {
        const counts = { noun, count: list.length, limit: PARAMS_LIMITS.perLayer };
        return fail(field, msg('problem.params.listTooLong', counts));
      }
      total += list.length;
    }
  }
  if (total > PARAMS_LIMITS.total) {
    return fail(FIELD, msg('problem.params.tooMany', { count: total, limit: PARAMS_LIMITS.total }));
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
          const key =
            Number.isNaN(entry) || typeof entry !== 'number'
              ? 'problem.params.entryNotNumber'
              : 'problem.params.entryNotFinite';
          const shown = { noun: listNoun(name, l), entry: i + 1, value: quote(entry) };
          return fail(`${FIELD}.${name}.${l}.${i}`, msg(key, shown));
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
  if (params.weights.length !== layers || params.biases.length !== layers) {
    const counts = { weights: params.weights.length, biases: params.biases.length, layers };
    return problem(FIELD, msg('problem.params.misfitLists', counts));
  }
  for (let l = 0; l < layers; l++) {
    const inputs = layerSizes[l];
    const neurons = layerSizes[l + 1];
    const weightCount = params.weights[l].length;
    if (weightCount !== inputs * neurons) {
      const counts = { noun: listNoun('weights', l), count: weightCount, inputs, neurons };
      const text = msg('problem.params.misfitWeights', { ...counts, needed: inputs * neurons });
      return problem(`${FIELD}.weights.${l}`, text);
    }
    const biasCount = params.biases[l].length;
    // A batch-normalized layer's row is β, or γ, β, μ_run, σ²_run one after the other.
    if (batchNorm[l] === true && (biasCount === neurons || biasCount === 4 * neurons)) continue;
    if (batchNorm[l] === true) {
      const counts = { noun: listNoun('biases', l), count: biasCount, neurons, all: 4 * neurons };
      return problem(`${FIELD}.biases.${l}`, msg('problem.params.misfitNormBiases', counts));
    }
    if (biasCount !== neurons) {
      const counts = { noun: listNoun('biases', l), count: biasCount, neurons };
      return problem(`${FIELD}.biases.${l}`, msg('problem.params.misfitBiases', counts));
    }
  }
  return null;
}

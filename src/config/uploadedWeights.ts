/**
 * Weights a user uploads: the JSON "Download weights" writes (or any object with `weights` and
 * `biases` lists in its layout), checked against the network they are meant for. Unlike a link's
 * explicit parameters, an upload is checked in full: every mismatch gets its own message, so
 * a file from another network says all that is wrong with it at once.
 */
import { LIMITS } from './limits';
import { isPlainObject, readOwn } from './paths';
import { quote } from './problems';
import type { InitialParams } from './types';

/** At most this many messages; the rest are counted. */
const MAX_MESSAGES = 12;

export interface UploadTarget {
  /** [n₀, n₁, …, n_L] of the current network. */
  sizes: readonly number[];
  /** Whether each layer 1 … L has a bias. */
  hasBias: readonly boolean[];
}

export type UploadCheck = { ok: true; params: InitialParams } | { ok: false; problems: string[] };

function checkList(
  list: unknown,
  what: string,
  length: number,
  mustBeZero: boolean,
  problems: string[],
): number[] | null {
  if (!Array.isArray(list)) {
    problems.push(`${what} are not a list of numbers`);
    return null;
  }
  if (list.length !== length) {
    problems.push(`${what} have ${list.length} numbers; the network needs ${length}`);
    return null;
  }
  let bad = 0;
  for (let i = 0; i < list.length; i++) {
    const x: unknown = list[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      if (bad++ === 0) problems.push(`${what}: entry ${i + 1} ${quote(x)} is not a finite number`);
    } else if (mustBeZero && x !== 0) {
      if (bad++ === 0) problems.push(`${what}: entry ${i + 1} is ${x}, but the layer has no bias`);
    }
  }
  if (bad > 1) problems.push(`${what}: ${bad - 1} more entries like that`);
  return bad === 0 ? (list as number[]) : null;
}

/** Checks uploaded JSON text against the network; the parameters, or every problem found. */
export function checkUploadedWeights(text: string, target: UploadTarget): UploadCheck {
  if (text.length > LIMITS.linkChars * 40) {
    return {
      ok: false,
      problems: [`the file has ${text.length} characters, too many for weights`],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the file is not JSON (${String(error)})`] };
  }
  const weights = readOwn(raw, 'weights');
  const biases = readOwn(raw, 'biases');
  if (!isPlainObject(raw) || !Array.isArray(weights) || !Array.isArray(biases)) {
    return {
      ok: false,
      problems: ['the file has no "weights" and "biases" lists (as "Download weights" writes)'],
    };
  }
  const { sizes, hasBias } = target;
  const depth = sizes.length - 1;
  const problems: string[] = [];
  const fileSizes = readOwn(raw, 'sizes');
  if (Array.isArray(fileSizes) && fileSizes.join('-') !== sizes.join('-')) {
    problems.push(
      `the file is for a ${fileSizes.map(String).join('-')} network; this one is ${sizes.join('-')}`,
    );
  }
  if (weights.length !== depth) {
    problems.push(`the file has weights for ${weights.length} layers; the network has ${depth}`);
  }
  if (biases.length !== depth) {
    problems.push(`the file has biases for ${biases.length} layers; the network has ${depth}`);
  }
  const params: InitialParams = { weights: [], biases: [] };
  for (let l = 1; l <= Math.min(depth, weights.length); l++) {
    const shape = `${sizes[l]} × ${sizes[l - 1]}`;
    const w = checkList(
      weights[l - 1],
      `weights of layer ${l} (${shape})`,
      sizes[l] * sizes[l - 1],
      false,
      problems,
    );
    if (w) params.weights.push([...w]);
  }
  for (let l = 1; l <= Math.min(depth, biases.length); l++) {
    const b = checkList(biases[l - 1], `biases of layer ${l}`, sizes[l], !hasBias[l - 1], problems);
    if (b) params.biases.push([...b]);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_MESSAGES);
    if (problems.length > MAX_MESSAGES) shown.push(`… and ${problems.length - MAX_MESSAGES} more`);
    return { ok: false, problems: shown };
  }
  return { ok: true, params };
}

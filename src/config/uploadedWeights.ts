/**
 * Weights a user uploads: the JSON "Download weights" writes (or any object with `weights` and
 * `biases` lists in its layout), checked against the network they are meant for. Unlike a link's
 * explicit parameters, an upload is checked in full: every mismatch gets its own message, so
 * a file from another network says all that is wrong with it at once.
 */
import { LIMITS } from './limits';
import { isPlainObject, readOwn } from './paths';
import { msg, type Message } from '../core/i18n/message';
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

export type UploadCheck = { ok: true; params: InitialParams } | { ok: false; problems: Message[] };

function checkList(
  list: unknown,
  what: Message,
  length: number,
  mustBeZero: boolean,
  problems: Message[],
): number[] | null {
  if (!Array.isArray(list)) {
    problems.push(msg('upload.problem.notList', { what }));
    return null;
  }
  if (list.length !== length) {
    problems.push(msg('upload.problem.length', { what, count: list.length, length }));
    return null;
  }
  let bad = 0;
  for (let i = 0; i < list.length; i++) {
    const x: unknown = list[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      if (bad++ === 0)
        problems.push(msg('upload.problem.notFinite', { what, entry: i + 1, value: quote(x) }));
    } else if (mustBeZero && x !== 0) {
      if (bad++ === 0)
        problems.push(msg('upload.problem.noBias', { what, entry: i + 1, value: x }));
    }
  }
  if (bad > 1) problems.push(msg('upload.problem.moreLikeThat', { what, count: bad - 1 }));
  return bad === 0 ? (list as number[]) : null;
}

/** The first characters of a file, on one line, with what cannot be shown replaced by '·'. */
function fileStart(text: string): string {
  const start = Array.from(text.trim().slice(0, 40)).slice(0, 24).join('');
  const shown = start.replace(/\s+/g, ' ').replace(/[\p{Cc}\p{Cs}\uFFFD]/gu, '·');
  return text.trim().length > start.length ? `${shown}…` : shown;
}

/** Checks uploaded JSON text against the network; the parameters, or every problem found. */
export function checkUploadedWeights(text: string, target: UploadTarget): UploadCheck {
  if (text.length > LIMITS.linkChars * 40) {
    return {
      ok: false,
      problems: [msg('upload.problem.tooLong', { count: text.length })],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's own message is the browser's English; the file's first characters say more
    // (a CSV, a picture, a truncated download).
    if (text.trim() === '') return { ok: false, problems: [msg('upload.problem.empty')] };
    return { ok: false, problems: [msg('upload.problem.notJson', { start: fileStart(text) })] };
  }
  const weights = readOwn(raw, 'weights');
  const biases = readOwn(raw, 'biases');
  if (!isPlainObject(raw) || !Array.isArray(weights) || !Array.isArray(biases)) {
    return {
      ok: false,
      problems: [msg('upload.problem.noLists')],
    };
  }
  const { sizes, hasBias } = target;
  const depth = sizes.length - 1;
  const problems: Message[] = [];
  const fileSizes = readOwn(raw, 'sizes');
  if (Array.isArray(fileSizes) && fileSizes.join('-') !== sizes.join('-')) {
    const shapes = { file: fileSizes.map(String).join('-'), network: sizes.join('-') };
    problems.push(msg('upload.problem.otherNetwork', shapes));
  }
  if (weights.length !== depth) {
    problems.push(msg('upload.problem.weightLayers', { count: weights.length, depth }));
  }
  if (biases.length !== depth) {
    problems.push(msg('upload.problem.biasLayers', { count: biases.length, depth }));
  }
  const params: InitialParams = { weights: [], biases: [] };
  for (let l = 1; l <= Math.min(depth, weights.length); l++) {
    const shape = `${sizes[l]} × ${sizes[l - 1]}`;
    const w = checkList(
      weights[l - 1],
      msg('upload.what.weights', { layer: l, shape }),
      sizes[l] * sizes[l - 1],
      false,
      problems,
    );
    if (w) params.weights.push([...w]);
  }
  for (let l = 1; l <= Math.min(depth, biases.length); l++) {
    const what = msg('upload.what.biases', { layer: l });
    const b = checkList(biases[l - 1], what, sizes[l], !hasBias[l - 1], problems);
    if (b) params.biases.push([...b]);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_MESSAGES);
    const more = problems.length - MAX_MESSAGES;
    if (more > 0) shown.push(msg('upload.problem.more', { count: more }));
    return { ok: false, problems: shown };
  }
  return { ok: true, params };
}

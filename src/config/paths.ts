/**
 * Reading and writing a config by path ('training.optimizer.learningRate'), so the field table
 * can name fields by path instead of by accessor functions. The paths of the table are typed
 * (ConfigPath): a misspelt one does not compile.
 *
 * Reading only follows an object's OWN properties: input is untrusted, and `'__proto__'` or an
 * inherited `constructor` must never be mistaken for a setting. Writing only ever happens with
 * paths from our own field table, into objects we created.
 */

import type { RunConfig } from './types';

export type PlainObject = Record<string, unknown>;

/** Values a path stops at: numbers, names, switches, lists and nullable objects. */
type Leaf = string | number | boolean | readonly unknown[];

/**
 * Every path into `T` that ends at a leaf, as a dotted string the compiler checks:
 * 'training.optimizer.learningRate' is a PathOf<RunConfig>, 'training.optimiser.lr' is not.
 */
export type PathOf<T> = {
  [K in keyof T & string]: T[K] extends Leaf ? K : null extends T[K] ? K : `${K}.${PathOf<T[K]>}`;
}[keyof T & string];

/** A field of a run's config, by its typed path. */
export type ConfigPath = PathOf<RunConfig>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value`, or undefined if `value` is not an object or lacks it. */
export function readOwn(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) current = readOwn(current, key);
  return current;
}

/** Sets `path` in `target`, creating plain intermediate objects where missing. */
export function setPath(target: PlainObject, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = target;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (isPlainObject(next)) {
      current = next;
    } else {
      const created: PlainObject = {};
      current[key] = created;
      current = created;
    }
  }
  current[keys[keys.length - 1]] = value;
}

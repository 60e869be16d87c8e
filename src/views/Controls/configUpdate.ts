/**
 * Building the next RunConfig from the current one without touching it: only the objects on
 * the changed paths are copied, the rest is shared (the controller compares configs, and the
 * store must never see a config mutated in place).
 */
import { SHAPE_FIELDS } from '../../config/fields';
import type { RunConfig } from '../../config/types';

type Node = Record<string, unknown> | unknown[];

function copyWith(node: unknown, keys: readonly string[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys;
  const copy: Node = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) };
  const record = copy as Record<string, unknown>;
  record[key] = copyWith(record[key], rest, value);
  return copy;
}

/** `config` with each dotted path set to its value ('network.hidden.1.size': 8). */
export function withFields(config: RunConfig, fields: Record<string, unknown>): RunConfig {
  let next: unknown = config;
  for (const [path, value] of Object.entries(fields)) next = copyWith(next, path.split('.'), value);
  return next as RunConfig;
}

/** Data settings that change the network's input or output width (the table's `shape` rows). */
const SHAPE_PATHS: readonly string[] = SHAPE_FIELDS;

/**
 * Explicit initial weights (from a link) describe one network started from one seed. A new
 * seed, another initializer or another shape asks for fresh weights, so they are dropped then.
 */
export function dropsInitialParams(path: string): boolean {
  return path === 'seed' || path.startsWith('network.') || SHAPE_PATHS.includes(path);
}

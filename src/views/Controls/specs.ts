/**
 * Typed access to the field table: each control looks its field up once, by path, and gets the
 * label (its accessible name) and the rules (range, choices) from the same entry the validator
 * uses — so a range or a label changes in one place.
 */
import {
  FIELD_SPECS,
  LAYER_FIELD_SPECS,
  type BooleanSpec,
  type ChoiceSpec,
  type DynamicRange,
  type FieldSpec,
  type NumberSpec,
  type TextSpec,
} from '../../config/fields';
import type { RunConfig } from '../../config/types';

type SpecOfKind<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;

function find<K extends FieldSpec['kind']>(
  table: readonly FieldSpec[],
  path: string,
  kind: K,
): SpecOfKind<K> {
  const spec = table.find((s) => s.path === path);
  if (!spec || spec.kind !== kind) throw new Error(`the field table has no ${kind} field ${path}`);
  return spec as SpecOfKind<K>;
}

export const numberSpec = (path: string): NumberSpec => find(FIELD_SPECS, path, 'number');
export const choiceSpec = (path: string): ChoiceSpec => find(FIELD_SPECS, path, 'choice');
export const booleanSpec = (path: string): BooleanSpec => find(FIELD_SPECS, path, 'boolean');
export const textSpec = (path: string): TextSpec => find(FIELD_SPECS, path, 'text');

/** A hidden layer's field ('size', 'activation', 'bias', 'dropout'). */
export const layerNumberSpec = (path: 'size' | 'dropout'): NumberSpec =>
  find(LAYER_FIELD_SPECS, path, 'number');
export const layerChoiceSpec = (path: 'activation'): ChoiceSpec =>
  find(LAYER_FIELD_SPECS, path, 'choice');
export const layerBooleanSpec = (path: 'bias'): BooleanSpec =>
  find(LAYER_FIELD_SPECS, path, 'boolean');

/** The range a number may take now: the table's, narrowed by the fields it depends on. */
export function rangeOf(spec: NumberSpec, config: RunConfig): DynamicRange {
  return spec.range?.(config) ?? { min: spec.min, max: spec.max };
}

/** The label of any field in the table (a group's legend, a message). */
export function fieldSpecLabel(path: string): string {
  const spec = FIELD_SPECS.find((s) => s.path === path);
  if (!spec) throw new Error(`the field table has no field ${path}`);
  return spec.label;
}

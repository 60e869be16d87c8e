/**
 * The field table (fieldTable.ts: one row per setting) and what is derived from it: lookups,
 * the live settings, the shape fields, when a change takes effect. The validator enforces the
 * rows' rules, the link codec reads their keys and kinds, the live-change log their keys and
 * symbols, and the controls their labels and ranges — so a setting changes in one place.
 */
import { LOSSES, LOSS_DESCRIPTORS } from '../core/choices/losses';
import { defaultLayer } from './defaults';
import { SETTING_ROWS } from './fieldTable';
import type {
  BooleanSpec,
  ChangeMode,
  ChoiceSpec,
  FieldSpec,
  NumberSpec,
  SettingRow,
} from './fieldTypes';
import { LIMITS } from './limits';
import { getPath, type ConfigPath } from './paths';
import {
  HIDDEN_ACTIVATIONS,
  type LayerConfig,
  type LiveSetting,
  type LossName,
  type OutputActivation,
  type RunConfig,
} from './types';

export { SETTING_ROWS, sampleRange } from './fieldTable';

/** The rules of every setting (the validator's and the controls' view of the table). */
export const FIELD_SPECS: readonly FieldSpec[] = SETTING_ROWS;
export type * from './fieldTypes';

/** The rules for one hidden layer's fields; paths are relative to the layer. */
export const LAYER_FIELD_SPECS: readonly (NumberSpec | ChoiceSpec | BooleanSpec)[] = [
  { path: 'size', label: 'Width', kind: 'number', integer: true, min: 1, max: LIMITS.hiddenWidth },
  { path: 'activation', label: 'Activation', kind: 'choice', choices: HIDDEN_ACTIVATIONS },
  { path: 'bias', label: 'Bias', kind: 'boolean' },
  { path: 'dropout', label: 'Dropout', kind: 'number', integer: false, min: 0, max: 0.95 },
];

/**
 * What a missing or unreadable layer field falls back to: the layer the controls add. It is
 * one fixed layer rather than "the default network's layer at the same index", so a message
 * can always say exactly what was used.
 */
export const NEW_LAYER: Readonly<LayerConfig> = defaultLayer(4);

/** Losses fused with one output activation; the others work with any output. */
export const LOSS_NEEDS_OUTPUT: Readonly<Partial<Record<LossName, OutputActivation>>> =
  Object.fromEntries(
    LOSSES.flatMap((name) => {
      const output = LOSS_DESCRIPTORS[name].needsOutput;
      return output === null ? [] : [[name, output]];
    }),
  );

/** Structural limits on explicit initial parameters (their exact shape needs the data). */
export const PARAMS_LIMITS = {
  /** Weight matrices: one per hidden layer plus the output layer. */
  layers: LIMITS.hiddenLayers + 1,
  /** The largest matrix: the widest input into the widest hidden layer. */
  perLayer: LIMITS.inputWidth * LIMITS.hiddenWidth,
  /** All weights and biases together. */
  total: 300_000,
} as const;

export function fieldSpec(path: string): FieldSpec | undefined {
  return settingRow(path);
}

/** The whole row of the setting at `path`, or undefined for a path the table lacks. */
export function settingRow(path: string): SettingRow | undefined {
  return SETTING_ROWS.find((row) => row.path === path);
}

/** The settings that apply between two training steps, in table order. */
export const LIVE_SETTINGS = SETTING_ROWS.filter((row) => row.change === 'live').map(
  (row) => row.path as LiveSetting,
);

/** Data settings that change the network's input or output width. */
export const SHAPE_FIELDS: readonly ConfigPath[] = SETTING_ROWS.filter((row) => row.shape).map(
  (row) => row.path,
);

/** When a change to the field at `path` takes effect (a hidden layer's fields restart the run). */
export function changeModeOf(path: string): ChangeMode {
  return settingRow(path)?.change ?? 'restart';
}

/** What kind of change a new config is, compared with the running one. */
export type ChangeKind = 'none' | 'live' | 'structural';

/**
 * What kind of change `after` is, compared with the running `before`, read off the table's
 * `change` column: a restart row that differs makes a new run; otherwise a live row that
 * differs applies between two steps. Rows that only say where a link opens change nothing.
 */
export function classifyChange(before: RunConfig, after: RunConfig): ChangeKind {
  const differs = (mode: ChangeMode): boolean =>
    SETTING_ROWS.some(
      (row) =>
        row.change === mode &&
        JSON.stringify(getPath(before, row.path)) !== JSON.stringify(getPath(after, row.path)),
    );
  if (differs('restart')) return 'structural';
  return differs('live') ? 'live' : 'none';
}

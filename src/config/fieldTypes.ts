/**
 * The kinds of field in the field table and what a row says about its setting. The rules
 * (ranges, choices) drive validation and parsing; the rest of a row (link key, live or restart,
 * symbol, control) drives the link, the live-change log and the controls.
 */
import type { Message } from '../core/i18n/message';
import type { ConfigPath } from './paths';
import type { RunConfig } from './types';

export interface BaseSpec {
  /** Path into RunConfig, e.g. 'training.optimizer.learningRate' (relative for a layer's fields). */
  path: string;
  /** Accessible name of the control, e.g. 'Learning rate'. Messages use it in a sentence. */
  label: string;
}

/** A bound computed from fields validated earlier; `name` replaces "the limit" in messages. */
export interface DynamicRange {
  min: number;
  max: number;
  maxName?: string;
  /** `maxName` as a message, for the problems shown in the page's language. */
  maxNameText?: Message;
}

export interface NumberSpec extends BaseSpec {
  kind: 'number';
  min: number;
  /** `Infinity` means no upper bound beyond being finite. */
  max: number;
  integer: boolean;
  /**
   * An exclusive bound cannot be clamped to (there is no "largest number below 1"), so a value
   * outside it falls back to the default instead.
   */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Narrows [min, max] using fields validated before this one. */
  range?: (config: RunConfig) => DynamicRange;
  /** The narrower range in words, for hints and documentation. */
  rangeNote?: string;
}

export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  choices: readonly (string | number)[];
}

export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
}

/** A non-empty list of distinct entries from `choices`, in the order given (order is meaningful). */
export interface SubsetSpec extends BaseSpec {
  kind: 'subset';
  choices: readonly string[];
}

export interface TextSpec extends BaseSpec {
  kind: 'text';
  maxLength: number;
}

/** The hidden layers; each layer's own fields are in LAYER_FIELD_SPECS. */
export interface LayersSpec extends BaseSpec {
  kind: 'layers';
  maxCount: number;
}

/** Explicit initial parameters; checked structurally (see initialParams.ts). */
export interface ParamsSpec extends BaseSpec {
  kind: 'params';
  /** The link key of the biases; the row's own key is the weights'. */
  biasKey: string;
}

export type FieldSpec =
  NumberSpec | ChoiceSpec | BooleanSpec | SubsetSpec | TextSpec | LayersSpec | ParamsSpec;

/**
 * When a change to the setting takes effect: `live` between two training steps, `restart` by
 * starting a new run, `opens` never during a run (it says where a shared link opens).
 */
export type ChangeMode = 'live' | 'restart' | 'opens';

/** How the panel shows the setting. */
export type ControlKind =
  'number' | 'number-slider' | 'select' | 'checkbox' | 'checklist' | 'text' | 'layers' | 'none';

/** One setting of a run: its rules plus everything else the program knows about it. */
export type SettingRow = FieldSpec & {
  /** Where it lives in a RunConfig; typed, so a misspelt path does not compile. */
  path: ConfigPath;
  /** Its key in a link (`lr`); part of link format v1, so it never changes meaning. */
  key: string;
  change: ChangeMode;
  /** Its symbol in the course's notation (η, μ), for the loss-curve markers. */
  symbol?: string;
  control: ControlKind;
  /** Changes the network's input or output width (so explicit initial weights no longer fit). */
  shape?: boolean;
};

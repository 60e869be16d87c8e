/**
 * What every choice descriptor shares: a number rule for a hyper-parameter (the config's field
 * table turns it into a row) and the words a choice is shown with.
 */

/** The range a numeric setting may take. `Infinity` as `max` means "any finite number". */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** An exclusive bound cannot be clamped to, so a value outside it falls back to the default. */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
}

/** A hyper-parameter a choice reads: its link key, words, default and rule. */
export interface HyperParam {
  /** The key it is written under in a link (`mom`, `wd` …). Part of the link format. */
  readonly linkKey: string;
  /** The control's accessible name. */
  readonly label: string;
  /** Its symbol in the course's notation, for markers and short texts (μ, β₁ …). */
  readonly symbol: string;
  readonly defaultValue: number;
  readonly rule: NumberRule;
}

/** The words every choice is shown with. */
export interface ChoiceWords<N extends string> {
  /** The id a config and a link hold. */
  readonly name: N;
  /** How it reads in a menu. */
  readonly label: string;
  /** Its rule in the course's notation, for hints. */
  readonly formula: string;
}

/** The unit interval without 1, for decay coefficients that must stay below one. */
export const BELOW_ONE: NumberRule = { min: 0, max: 1, maxExclusive: true, integer: false };

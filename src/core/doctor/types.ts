import type { Message } from '../i18n/message';

/** One loss-curve point as the doctor reads it; NaN where a figure was not measured. */
export interface LossPoint {
  step: number;
  trainLoss: number;
  testLoss: number;
  batchLoss: number;
}

/** What the doctor needs to know about the run besides its curve. */
export interface DoctorContext {
  /** C when the output is a softmax over C classes with cross-entropy, otherwise null. */
  softmaxClasses: number | null;
}

export type DiagnosisKind =
  'diverging' | 'overfitting' | 'noisy' | 'flat' | 'first-loss' | 'plateau-drop';

/** A named pattern with its evidence in numbers and (except for observations) one suggestion. */
export interface Diagnosis {
  kind: DiagnosisKind;
  title: string;
  evidence: string;
  /** Null for an observation that needs no action (plateau then drop). */
  suggestion: string | null;
  /** The same three as catalogue messages, for the page to say in its language. */
  text: { title: Message; evidence: Message; suggestion: Message | null };
}

/**
 * One rule: `fires` finds fresh evidence; `holds` is the looser test a diagnosis already shown
 * must fail before it goes away (hysteresis, so the hint does not flicker at a threshold).
 * Both return the diagnosis with the current numbers, or null.
 */
export interface DoctorRule {
  kind: DiagnosisKind;
  fires(points: readonly LossPoint[], context: DoctorContext): Diagnosis | null;
  holds(points: readonly LossPoint[], context: DoctorContext): Diagnosis | null;
}

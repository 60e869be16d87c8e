/**
 * A diagnosis's words: its title and suggestion follow from its kind, its evidence is one
 * template with the run's numbers. Kept as messages (for the page, in its language) and as
 * English (for the command line and the tests).
 */
import { english, msg, type Message } from '../i18n/message';
import type { Diagnosis, DiagnosisKind } from './types';

const TITLES = {
  diverging: 'diagnosis.diverging.title',
  overfitting: 'diagnosis.overfitting.title',
  noisy: 'diagnosis.noisy.title',
  flat: 'diagnosis.flat.title',
  'first-loss': 'diagnosis.firstLoss.title',
  'plateau-drop': 'diagnosis.plateauDrop.title',
} as const;

const SUGGESTIONS = {
  diverging: 'diagnosis.diverging.suggestion',
  overfitting: 'diagnosis.overfitting.suggestion',
  noisy: 'diagnosis.noisy.suggestion',
  flat: 'diagnosis.flat.suggestion',
  'first-loss': 'diagnosis.firstLoss.suggestion',
  // An observation: nothing to do.
  'plateau-drop': null,
} as const;

/** The diagnosis of `kind` with `evidence`, in words and as messages. */
export function diagnosis(kind: DiagnosisKind, evidence: Message): Diagnosis {
  const suggestionKey = SUGGESTIONS[kind];
  const text = {
    title: msg(TITLES[kind]),
    evidence,
    suggestion: suggestionKey === null ? null : msg(suggestionKey),
  };
  return {
    kind,
    title: english(text.title),
    evidence: english(evidence),
    suggestion: text.suggestion === null ? null : english(text.suggestion),
    text,
  };
}

import { plateauRule } from './plateau';
import { divergingRule, firstLossRule, flatRule, noisyRule, overfittingRule } from './rules';
import type { Diagnosis, DiagnosisKind, DoctorContext, DoctorRule, LossPoint } from './types';

/**
 * The rules, most urgent first: a diverging run needs help before anything else; a first-loss
 * remark or a past plateau matters least once the run shows a live problem.
 */
export const DOCTOR_RULES: readonly DoctorRule[] = [
  divergingRule,
  overfittingRule,
  noisyRule,
  flatRule,
  firstLossRule,
  plateauRule,
];

/**
 * Every diagnosis the curve supports now, most urgent first. A kind in `shown` (the previous
 * answer) needs only its looser hold test, so it stays until its evidence has gone.
 */
export function diagnose(
  points: readonly LossPoint[],
  context: DoctorContext,
  shown: ReadonlySet<DiagnosisKind> = new Set(),
): Diagnosis[] {
  const found: Diagnosis[] = [];
  for (const rule of DOCTOR_RULES) {
    const d = shown.has(rule.kind) ? rule.holds(points, context) : rule.fires(points, context);
    if (d) found.push(d);
  }
  return found;
}

/** Follows one run's curve and remembers what it showed, for the hysteresis. */
export class LossDoctor {
  private shown = new Set<DiagnosisKind>();

  constructor(private readonly context: DoctorContext) {}

  update(points: readonly LossPoint[]): Diagnosis[] {
    const found = diagnose(points, this.context, this.shown);
    this.shown = new Set(found.map((d) => d.kind));
    return found;
  }
}

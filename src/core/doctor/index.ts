/**
 * The loss-curve doctor: pure functions that read a run's loss history and name what it
 * shows — flat, diverging, noisy, overfitting, a plateau then a drop, a first loss far from
 * ln C — with the evidence in numbers and one suggestion. Framework-free, so the page and the
 * tests run the same code.
 */
export { diagnose, DOCTOR_RULES, LossDoctor } from './doctor';
export { findPlateauDrop } from './plateau';
export { noiseRatio } from './rules';
export type { Diagnosis, DiagnosisKind, DoctorContext, DoctorRule, LossPoint } from './types';

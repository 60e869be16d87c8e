import { measured, median, num, percent, recent } from './curve';
import { msg } from '../i18n/message';
import { diagnosis } from './words';
import {
  DIVERGE_FIRE_FACTOR,
  DIVERGE_MIN_RISE,
  DIVERGE_RELEASE_FACTOR,
  FIRST_LOSS_TOLERANCE,
  FLAT_FIRE_CHANGE,
  FLAT_MIN_STEPS,
  FLAT_RELEASE_CHANGE,
  NOISE_FIRE_RATIO,
  NOISE_LEVEL_FLOOR,
  NOISE_RELEASE_RATIO,
  NOISE_WINDOW,
  OVERFIT_FIRE_RISE,
  OVERFIT_MIN_RISE,
  OVERFIT_MIN_STEPS,
  OVERFIT_RELEASE_RISE,
  OVERFIT_TRAIN_FALL,
  RECENT_POINTS,
} from './thresholds';
import type { Diagnosis, DoctorContext, DoctorRule, LossPoint } from './types';

/** A rule whose fire and hold tests differ only in one threshold. */
function thresholdRule(
  kind: Diagnosis['kind'],
  test: (points: readonly LossPoint[], context: DoctorContext, fire: boolean) => Diagnosis | null,
): DoctorRule {
  return {
    kind,
    fires: (points, context) => test(points, context, true),
    holds: (points, context) => test(points, context, false),
  };
}

/** Flat from the start: after FLAT_MIN_STEPS the loss is still within 1% of its first value. */
export const flatRule = thresholdRule('flat', (all, _context, fire) => {
  const points = measured(all);
  if (points.length < 2 || points[0].step !== 0) return null;
  const last = points[points.length - 1];
  if (last.step < FLAT_MIN_STEPS) return null;
  const first = points[0].trainLoss;
  if (!Number.isFinite(first) || first === 0) return null;
  let moved = 0;
  for (const p of points) moved = Math.max(moved, Math.abs(p.trainLoss - first) / Math.abs(first));
  if (!(moved < (fire ? FLAT_FIRE_CHANGE : FLAT_RELEASE_CHANGE))) return null;
  return diagnosis(
    'flat',
    msg('diagnosis.flat.evidence', {
      steps: String(last.step),
      moved: percent(moved),
      first: num(first),
      now: num(last.trainLoss),
    }),
  );
});

/** Diverging: the loss is not a number, or its recent median rose to a multiple of its lowest. */
export const divergingRule = thresholdRule('diverging', (all, _context, fire) => {
  if (all.length === 0) return null;
  // A NaN here is a measurement that came out NaN (the worker measures every point it sends).
  const last = all[all.length - 1];
  const points = measured(all);
  if (!Number.isFinite(last.trainLoss)) {
    const shown = { step: String(last.step), loss: String(last.trainLoss) };
    return diagnosis('diverging', msg('diagnosis.diverging.notFinite', shown));
  }
  if (points.length <= RECENT_POINTS) return null;
  let lowest = Number.POSITIVE_INFINITY;
  let lowestStep = 0;
  for (const p of points.slice(0, -RECENT_POINTS + 1)) {
    if (p.trainLoss < lowest) {
      lowest = p.trainLoss;
      lowestStep = p.step;
    }
  }
  const now = recent(points, RECENT_POINTS, (p) => p.trainLoss);
  const factor = fire ? DIVERGE_FIRE_FACTOR : DIVERGE_RELEASE_FACTOR;
  const minRise = DIVERGE_MIN_RISE * Math.abs(points[0].trainLoss);
  if (!(lowest > 0) || !(now >= factor * lowest) || !(now - lowest >= minRise)) return null;
  // The verdict rests on the median of the newest points (one spike is no divergence); the
  // evidence quotes the newest point itself, the loss the chart's legend shows at that step.
  const newest = points[points.length - 1];
  return diagnosis(
    'diverging',
    msg('diagnosis.diverging.rose', {
      lowest: num(lowest),
      lowestStep: String(lowestStep),
      now: num(newest.trainLoss),
      step: String(newest.step),
      factor: num(newest.trainLoss / lowest),
    }),
  );
});

/**
 * Very noisy: over the newest NOISE_WINDOW points, the median jump of a point off the line
 * through its neighbours, as a share of the median loss (at least NOISE_LEVEL_FLOOR of the
 * first loss). A straight or gently curving trend gives almost 0; a loss that jumps about
 * gives a large share.
 */
export function noiseRatio(points: readonly LossPoint[]): number {
  const window = points.slice(-NOISE_WINDOW).map((p) => p.trainLoss);
  if (window.length < NOISE_WINDOW) return Number.NaN;
  const jumps: number[] = [];
  for (let i = 1; i < window.length - 1; i++) {
    jumps.push(Math.abs(window[i] - (window[i - 1] + window[i + 1]) / 2));
  }
  const level = Math.max(median(window), NOISE_LEVEL_FLOOR * Math.abs(points[0].trainLoss));
  return level > 0 ? median(jumps) / level : Number.NaN;
}

export const noisyRule = thresholdRule('noisy', (all, _context, fire) => {
  const points = measured(all);
  const ratio = noiseRatio(points);
  if (!(ratio >= (fire ? NOISE_FIRE_RATIO : NOISE_RELEASE_RATIO))) return null;
  const level = recent(points, NOISE_WINDOW, (p) => p.trainLoss);
  const jump = ratio * Math.max(level, NOISE_LEVEL_FLOOR * Math.abs(points[0].trainLoss));
  const shown = { points: String(NOISE_WINDOW), jump: num(jump), level: num(level) };
  return diagnosis('noisy', msg('diagnosis.noisy.evidence', shown));
});

/** Overfitting: the test loss rose for a while since its minimum while the train loss fell. */
export const overfittingRule = thresholdRule('overfitting', (all, _context, fire) => {
  const points = measured(all).filter((p) => Number.isFinite(p.testLoss));
  if (points.length <= RECENT_POINTS) return null;
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    if (points[i].testLoss < points[best].testLoss) best = i;
  }
  const atBest = points[best];
  const last = points[points.length - 1];
  const testNow = recent(points, RECENT_POINTS, (p) => p.testLoss);
  const trainNow = recent(points, RECENT_POINTS, (p) => p.trainLoss);
  const rise = fire ? OVERFIT_FIRE_RISE : OVERFIT_RELEASE_RISE;
  const minRise = OVERFIT_MIN_RISE * Math.abs(points[0].testLoss);
  const rose =
    testNow >= atBest.testLoss * (1 + rise) &&
    testNow - atBest.testLoss >= minRise &&
    atBest.testLoss > 0;
  const longEnough = last.step - atBest.step >= OVERFIT_MIN_STEPS;
  const trainFell = trainNow <= atBest.trainLoss * (1 - OVERFIT_TRAIN_FALL);
  if (!rose || !longEnough || !trainFell) return null;
  // The verdict rests on medians of the newest points; the evidence quotes the newest point, the
  // losses the chart's legend shows now (its test loss is never below the lowest). A train loss
  // that spiked at that point would contradict "fell": then its median is quoted.
  return diagnosis(
    'overfitting',
    msg('diagnosis.overfitting.evidence', {
      step: String(atBest.step),
      best: num(atBest.testLoss),
      now: num(last.testLoss),
      trainFrom: num(atBest.trainLoss),
      trainTo: num(last.trainLoss < atBest.trainLoss ? last.trainLoss : trainNow),
    }),
  );
});

/** First loss far from ln C: softmax over C classes should start near −ln(1/C) = ln C. */
export const firstLossRule: DoctorRule = {
  kind: 'first-loss',
  fires: firstLoss,
  // The first loss never changes, so neither does the evidence.
  holds: firstLoss,
};

function firstLoss(all: readonly LossPoint[], context: DoctorContext): Diagnosis | null {
  const classes = context.softmaxClasses;
  const first = measured(all)[0];
  if (classes === null || classes < 2 || !first || first.step !== 0) return null;
  const expected = Math.log(classes);
  const actual = first.trainLoss;
  if (!(Math.abs(actual - expected) > FIRST_LOSS_TOLERANCE * expected)) return null;
  const shown = { classes: String(classes), expected: num(expected), actual: num(actual) };
  return diagnosis('first-loss', msg('diagnosis.firstLoss.evidence', shown));
}

import { msg } from '../i18n/message';
import { diagnosis } from './words';
import { measured, num } from './curve';
import { PLATEAU_BAND, PLATEAU_DROP, PLATEAU_MIN_STEPS } from './thresholds';
import type { Diagnosis, DoctorRule, LossPoint } from './types';

interface Plateau {
  from: number;
  to: number;
  level: number;
  dropStep: number;
  dropTo: number;
}

/**
 * The latest stretch of at least PLATEAU_MIN_STEPS where the train loss stayed within
 * PLATEAU_BAND of the stretch's first value, followed by a fall of PLATEAU_DROP within as
 * many steps as the stretch lasted. One pass over the curve; each stretch is checked once.
 */
export function findPlateauDrop(all: readonly LossPoint[]): Plateau | null {
  const points = measured(all);
  let found: Plateau | null = null;
  let anchor = 0;
  for (let i = 1; i <= points.length; i++) {
    const level = points[anchor].trainLoss;
    const inBand =
      i < points.length && Math.abs(points[i].trainLoss - level) <= PLATEAU_BAND * Math.abs(level);
    if (inBand) continue;
    const span = points[i - 1].step - points[anchor].step;
    if (span >= PLATEAU_MIN_STEPS && level > 0) {
      const end = points[i - 1].step;
      for (let k = i; k < points.length && points[k].step - end <= span; k++) {
        if (points[k].trainLoss <= (1 - PLATEAU_DROP) * level) {
          found = {
            from: points[anchor].step,
            to: end,
            level,
            dropStep: points[k].step,
            dropTo: points[k].trainLoss,
          };
          break;
        }
      }
    }
    anchor = i;
  }
  return found;
}

function plateauDrop(points: readonly LossPoint[]): Diagnosis | null {
  const p = findPlateauDrop(points);
  if (!p) return null;
  return diagnosis(
    'plateau-drop',
    msg('diagnosis.plateauDrop.evidence', {
      level: num(p.level),
      from: String(p.from),
      to: String(p.to),
      dropTo: num(p.dropTo),
      dropStep: String(p.dropStep),
    }),
  );
}

/** An observation: saddle points and symmetric starts often look like this; nothing to fix. */
export const plateauRule: DoctorRule = {
  kind: 'plateau-drop',
  fires: plateauDrop,
  holds: plateauDrop,
};

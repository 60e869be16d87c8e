import type { Translate } from '../../core/i18n';
import type { SurfaceName } from '../../core/surfaces';
import type { PlainTextKey } from '../shared/richText';

const SURFACE_KEYS: Readonly<Record<SurfaceName, PlainTextKey>> = {
  rosenbrock: 'race.surface.rosenbrock',
  beale: 'race.surface.beale',
  himmelblau: 'race.surface.himmelblau',
  saddle: 'race.surface.saddle',
  bowl: 'race.surface.bowl',
  'rotated-bowl': 'race.surface.rotatedBowl',
};

/** A test surface's name with what makes it hard, in the page's language. */
export function surfaceLabel(t: Translate, name: SurfaceName): string {
  return t(SURFACE_KEYS[name]);
}

/**
 * Which settings apply live (between two training steps) and which restart the run: the field
 * table's `change` column, which `classifyChange` (config/fields.ts) reads too; a component test
 * checks the two agree for every field, so the marks in the panel never lie.
 */
import { changeModeOf as tableChangeMode } from '../../config/fields';
import type { PlainKey } from '../shared/useT';

export type ChangeMode = 'live' | 'restart';

export function changeModeOf(path: string): ChangeMode {
  return tableChangeMode(path) === 'live' ? 'live' : 'restart';
}

/** The mark of each mode (a symbol), and the catalogue keys of its short and long words. */
export const CHANGE_MODE_TEXT: Record<
  ChangeMode,
  { mark: string; short: PlainKey; long: PlainKey }
> = {
  live: { mark: '●', short: 'controls.mode.live', long: 'controls.mode.liveLong' },
  restart: { mark: '↻', short: 'controls.mode.restart', long: 'controls.mode.restartLong' },
};

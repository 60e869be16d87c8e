/**
 * Which settings apply live (between two training steps) and which restart the run: the field
 * table's `change` column, which `classifyChange` (config/fields.ts) reads too; a component test
 * checks the two agree for every field, so the marks in the panel never lie.
 */
import { changeModeOf as tableChangeMode } from '../../config/fields';

export type ChangeMode = 'live' | 'restart';

export function changeModeOf(path: string): ChangeMode {
  return tableChangeMode(path) === 'live' ? 'live' : 'restart';
}

export const CHANGE_MODE_TEXT: Record<ChangeMode, { mark: string; short: string; long: string }> = {
  live: {
    mark: '●',
    short: 'applies live',
    long: 'Applies live, between two training steps, without restarting the run.',
  },
  restart: {
    mark: '↻',
    short: 'restarts the run',
    long: 'Changing this restarts the run from step 0.',
  },
};

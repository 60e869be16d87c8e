/**
 * Writing one live setting into training settings. Its own small module because the engine
 * replays the change log with it, and must not pull in the link text and field table that
 * the rest of changes.ts needs.
 */
import { setPath, type PlainObject } from './paths';
import type { LiveSetting, TrainingConfig } from './types';

/** Applies one setting change to training settings (in place). */
export function applySetting(
  training: TrainingConfig,
  path: LiveSetting,
  value: number | string,
): void {
  setPath({ training } as unknown as PlainObject, path, value);
}

import { useState } from 'react';
import { validateConfig } from '../../config/validate';
import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { problemText } from '../../config/problems';
import { fieldApplies } from './applies';
import { dropsInitialParams, withFields } from './configUpdate';
import { sentence } from '../shared/sentence';

export interface ConfigChange {
  /**
   * Sets the given paths on the store's current config and hands the result to the controller,
   * which applies it live or restarts the run. `notes` say what else changed with it.
   */
  apply: (fields: Record<string, unknown>, notes?: string[]) => void;
  /** What the last change adjusted beyond what was asked (shown as a hint). */
  notes: string[];
}

/**
 * The one way the panel changes settings. The next config is validated as a whole, so a change
 * that pushes a dependent field out of range (the lowest cyclic rate above a lowered learning
 * rate) is repaired and said, not sent broken; notes about settings not in use stay quiet.
 */
export function useConfigChange(): ConfigChange {
  const controller = useController();
  const [notes, setNotes] = useState<string[]>([]);
  const t = useT();
  const apply = (fields: Record<string, unknown>, extra: string[] = []): void => {
    let next = withFields(useAppStore.getState().config, fields);
    if (next.initialParams && Object.keys(fields).some(dropsInitialParams)) {
      next = { ...next, initialParams: null };
    }
    const { config, problems } = validateConfig(next);
    const adjusted = problems
      .filter((problem) => fieldApplies(problem.field, config))
      .map((problem) => sentence(problemText(problem, t)));
    controller.changeConfig(config);
    setNotes([...extra, ...adjusted]);
  };
  return { apply, notes };
}

import { useState } from 'react';
import type { RunConfig } from '../../../config/types';
import { useAppStore } from '../../../state/store';
import { useController } from '../../shared/controllerContext';
import { hasPreset, presetFor } from '../datasetPresets';

/**
 * "Use a network fit for this data" under the dataset menu, when the network is not; after
 * the click, "Undo" puts back the settings from before it.
 */
export function PresetOffer({ apply }: { apply: (fields: Record<string, unknown>) => void }) {
  const controller = useController();
  const config = useAppStore((s) => s.config);
  const [undo, setUndo] = useState<{ before: RunConfig; summary: string } | null>(null);
  const preset = presetFor(config.data.dataset);
  if (undo && preset && hasPreset(config, preset)) {
    return (
      <p className="preset-offer done" role="status">
        Set up {undo.summary}.{' '}
        <button
          type="button"
          onClick={() => {
            controller.changeConfig(undo.before);
            setUndo(null);
          }}
        >
          Undo
        </button>
      </p>
    );
  }
  if (!preset || hasPreset(config, preset)) return null;
  return (
    <p className="preset-offer">
      This data trains better with {preset.summary}.{' '}
      <button
        type="button"
        onClick={() => {
          setUndo({ before: config, summary: preset.summary });
          apply(preset.fields);
        }}
      >
        Use a network fit for it
      </button>
    </p>
  );
}

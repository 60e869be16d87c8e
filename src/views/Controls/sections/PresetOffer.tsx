import { useState } from 'react';
import type { RunConfig } from '../../../config/types';
import { useAppStore } from '../../../state/store';
import { useController } from '../../shared/controllerContext';
import { fitsData, hasPreset, presetFor, type DatasetPreset } from '../datasetPresets';
import type { DatasetName } from '../../../config/types';
import { datasetInfo } from '../../../data/info';
import type { Translate } from '../../../core/i18n';
import { formatCount } from '../../shared/format';
import { useT } from '../../shared/useT';

/**
 * "Use a network fit for this data" under the dataset menu, when the network's output and loss
 * do not suit the data; after the click, "Undo" puts back the settings from before it.
 */
export function PresetOffer({ apply }: { apply: (fields: Record<string, unknown>) => void }) {
  const controller = useController();
  const config = useAppStore((s) => s.config);
  const [undo, setUndo] = useState<{ before: RunConfig; preset: DatasetPreset } | null>(null);
  const t = useT();
  const preset = presetFor(config.data.dataset);
  if (undo && preset && hasPreset(config, preset)) {
    return (
      <p className="preset-offer done" role="status">
        {t('controls.preset.done', { summary: presetSummary(config.data.dataset, undo.preset, t) })}{' '}
        <button
          type="button"
          onClick={() => {
            controller.changeConfig(undo.before);
            setUndo(null);
          }}
        >
          {t('controls.preset.undo')}
        </button>
      </p>
    );
  }
  if (!preset || fitsData(config, preset)) return null;
  return (
    <p className="preset-offer">
      {t('controls.preset.offer', { summary: presetSummary(config.data.dataset, preset, t) })}{' '}
      <button
        type="button"
        onClick={() => {
          setUndo({ before: config, preset });
          apply(preset.fields);
        }}
      >
        {t('controls.preset.use')}
      </button>
    </p>
  );
}

/**
 * What the preset sets up, in the page's language (datasetPresets.ts keeps the English summary
 * for tests and tools); the sample count is read off the preset itself.
 */
function presetSummary(dataset: DatasetName, preset: DatasetPreset, t: Translate): string {
  switch (datasetInfo(dataset).kind) {
    case 'digits':
      return t('controls.preset.digits', {
        samples: formatCount(Number(preset.fields['data.samples'])),
        test: String(preset.fields['data.testFraction']),
      });
    case 'iris':
      return t('controls.preset.iris');
    case 'regression-1d':
      return t('controls.preset.regression', { shape: '1-16-1' });
    case 'regression-2d':
      return t('controls.preset.regression', { shape: '2-16-8-1' });
    case 'gate':
      return t('controls.preset.gate');
    default:
      return preset.summary;
  }
}

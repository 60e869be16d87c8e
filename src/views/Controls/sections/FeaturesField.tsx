import { FEATURES, type FeatureName } from '../../../config/types';
import { FEATURE_LABELS } from '../../../data/features';
import { useChangeMode } from '../context';
import { ModeMark } from '../fields/FieldLabel';
import { fieldSpecLabel } from '../specs';
import { useFieldLabel } from '../fieldLabels';
import { useT } from '../../shared/useT';

interface FeaturesFieldProps {
  features: readonly FeatureName[];
  onChange: (features: FeatureName[]) => void;
}

/**
 * Which functions of (x₁, x₂) the network gets as inputs. The last feature left cannot be
 * unchecked: a network needs at least one input.
 */
export function FeaturesField({ features, onChange }: FeaturesFieldProps) {
  const toggle = (feature: FeatureName, on: boolean): void => {
    const next = on
      ? FEATURES.filter((f) => f === feature || features.includes(f))
      : features.filter((f) => f !== feature);
    if (next.length > 0) onChange(next);
  };
  const lastOne = features.length === 1;
  const { noteId } = useChangeMode('data.features');
  const t = useT();
  const legend = useFieldLabel({ path: 'data.features', label: fieldSpecLabel('data.features') });
  return (
    <fieldset className="field wide features" aria-describedby={noteId}>
      <legend className="field-label">
        {legend}
        <ModeMark path="data.features" />
      </legend>
      <div className="feature-grid">
        {FEATURES.map((feature) => {
          const checked = features.includes(feature);
          const locked = checked && lastOne;
          return (
            <label
              key={feature}
              className="check"
              title={locked ? t('controls.features.needed') : undefined}
            >
              <input
                type="checkbox"
                checked={checked}
                disabled={locked}
                onChange={(event) => toggle(feature, event.target.checked)}
              />
              {FEATURE_LABELS[feature]}
            </label>
          );
        })}
      </div>
      {lastOne && <p className="field-hint">{t('controls.features.lastOne')}</p>}
    </fieldset>
  );
}

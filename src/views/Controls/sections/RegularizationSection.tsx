import { useAppStore } from '../../../state/store';
import { fieldApplies } from '../applies';
import { REGULARIZER_FORMULAS, REGULARIZER_LABELS } from '../choiceLabels';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { choiceSpec, numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { selectConfig } from '../../../state/selectors';

const KIND = choiceSpec('training.regularization.kind');
const RATE = numberSpec('training.regularization.rate');
const L1_RATIO = numberSpec('training.regularization.l1Ratio');

/** A penalty on the weights (biases are not penalized); dropout is set per hidden layer. */
export function RegularizationSection() {
  const config = useAppStore(selectConfig);
  const { apply, notes } = useConfigChange();
  const regularization = config.training.regularization;
  return (
    <Section title="Regularization" mode="live">
      <FieldGrid>
        <SelectField
          spec={KIND}
          value={regularization.kind}
          labels={REGULARIZER_LABELS}
          onChange={(v) => apply({ 'training.regularization.kind': v })}
        />
        {fieldApplies(RATE.path, config) && (
          <NumberField
            spec={RATE}
            value={regularization.rate}
            symbol="λ"
            onCommit={(v) => apply({ [RATE.path]: v })}
          />
        )}
        {fieldApplies(L1_RATIO.path, config) && (
          <NumberField
            spec={L1_RATIO}
            value={regularization.l1Ratio}
            symbol="α"
            onCommit={(v) => apply({ [L1_RATIO.path]: v })}
          />
        )}
        <p className="field-hint wide">
          {REGULARIZER_FORMULAS[regularization.kind]} Biases are not penalized; dropout is set per
          hidden layer.
        </p>
      </FieldGrid>
      <ChangeNotes notes={notes} />
    </Section>
  );
}

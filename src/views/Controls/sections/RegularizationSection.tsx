import { useAppStore } from '../../../state/store';
import { fieldApplies } from '../applies';
import { REGULARIZER_FORMULAS, REGULARIZER_LABELS, labelText } from '../choiceLabels';
import { useT } from '../../shared/useT';
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
  const t = useT();
  return (
    <Section title={t('controls.section.regularization')} mode="live">
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
          {labelText(REGULARIZER_FORMULAS[regularization.kind], t)}{' '}
          {t('controls.regularization.note')}
        </p>
      </FieldGrid>
      <ChangeNotes notes={notes} />
    </Section>
  );
}

import type { RunConfig } from '../../../config/types';
import { ACTIVATION_LABELS, LOSS_FORMULAS, LOSS_LABELS } from '../choiceLabels';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { headAdvice } from '../headAdvice';
import { chooseLoss, chooseOutput, type PairedChange } from '../outputLoss';
import { ChangeNotes, FieldGrid } from '../Section';
import { booleanSpec, choiceSpec } from '../specs';
import type { ConfigChange } from '../useConfigChange';
import { useT } from '../../shared/useT';
import { labelText } from '../choiceLabels';

const OUTPUT = choiceSpec('network.output.activation');
const OUTPUT_BIAS = booleanSpec('network.output.bias');
const LOSS = choiceSpec('network.loss');

interface OutputFieldsProps extends ConfigChange {
  config: RunConfig;
}

/** The output layer and the loss, kept a valid pair, with a nudge when they do not suit the data. */
export function OutputFields({ config, apply, notes }: OutputFieldsProps) {
  const network = config.network;
  const t = useT();
  const advice = headAdvice(config, t);
  const applyPaired = (change: PairedChange): void => apply(change.fields, change.notes);
  return (
    <>
      <FieldGrid>
        <SelectField
          spec={OUTPUT}
          value={network.output.activation}
          labels={ACTIVATION_LABELS}
          onChange={(output) => applyPaired(chooseOutput(config, output, t))}
        />
        <CheckboxField
          spec={OUTPUT_BIAS}
          checked={network.output.bias}
          onChange={(v) => apply({ 'network.output.bias': v })}
        />
        <SelectField
          spec={LOSS}
          value={network.loss}
          labels={LOSS_LABELS}
          hint={labelText(LOSS_FORMULAS[network.loss], t)}
          wide
          onChange={(loss) => applyPaired(chooseLoss(network, loss, t))}
        />
      </FieldGrid>
      <ChangeNotes notes={notes} />
      {advice && (
        <div className="advice">
          <p>{advice.text}</p>
          <button
            type="button"
            onClick={() =>
              apply({ 'network.output.activation': advice.output, 'network.loss': advice.loss })
            }
          >
            {advice.action}
          </button>
        </div>
      )}
    </>
  );
}

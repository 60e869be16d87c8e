import type { InitializerName, RunConfig } from '../../../config/types';
import { fieldApplies } from '../applies';
import { INITIALIZER_LABELS, INIT_RULES } from '../choiceLabels';
import { useT } from '../../shared/useT';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { FieldGrid } from '../Section';
import { choiceSpec, numberSpec } from '../specs';

const INIT = choiceSpec('network.init.kind');
const INIT_SCALE = numberSpec('network.init.scale');

/** What the scale stands for under each initializer that has one. */
const SCALE_SYMBOL: Partial<Record<InitializerName, string>> = {
  constant: 'c',
  uniform: 'r',
  normal: 'σ',
};

interface InitFieldsProps {
  config: RunConfig;
  apply: (fields: Record<string, unknown>) => void;
}

/** How the weights start: the initializer and, for the fixed-scale ones, its scale. */
export function InitFields({ config, apply }: InitFieldsProps) {
  const init = config.network.init;
  const scaled = fieldApplies(INIT_SCALE.path, config);
  const t = useT();
  return (
    <FieldGrid>
      <SelectField
        spec={INIT}
        value={init.kind}
        labels={INITIALIZER_LABELS}
        wide={!scaled}
        onChange={(v) => apply({ [INIT.path]: v })}
      />
      {scaled && (
        <NumberField
          spec={INIT_SCALE}
          value={init.scale}
          symbol={SCALE_SYMBOL[init.kind]}
          onCommit={(v) => apply({ [INIT_SCALE.path]: v })}
        />
      )}
      <p className="field-hint wide">{t(INIT_RULES[init.kind])}</p>
    </FieldGrid>
  );
}

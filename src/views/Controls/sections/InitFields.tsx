import type { InitializerName, RunConfig } from '../../../config/types';
import { fieldApplies } from '../applies';
import { INITIALIZER_LABELS } from '../choiceLabels';
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

/** Each initializer's rule, and why one would pick it. */
const INIT_RULES: Record<InitializerName, string> = {
  zeros: 'Every weight 0: no gradient reaches the hidden layers.',
  constant: 'Every weight is c: hidden units stay identical.',
  uniform: 'w ~ U(−r, r), whatever the layer width.',
  normal: 'w ~ N(0, σ²), whatever the layer width.',
  'xavier-uniform': 'Var(w) = 2 / (nᵢₙ + nₒᵤₜ): keeps tanh and linear layers in range.',
  'xavier-normal': 'Var(w) = 2 / (nᵢₙ + nₒᵤₜ): keeps tanh and linear layers in range.',
  'he-uniform': 'Var(w) = 2 / nᵢₙ: keeps ReLU layers in range.',
  'he-normal': 'Var(w) = 2 / nᵢₙ: keeps ReLU layers in range.',
};

interface InitFieldsProps {
  config: RunConfig;
  apply: (fields: Record<string, unknown>) => void;
}

/** How the weights start: the initializer and, for the fixed-scale ones, its scale. */
export function InitFields({ config, apply }: InitFieldsProps) {
  const init = config.network.init;
  const scaled = fieldApplies(INIT_SCALE.path, config);
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
      <p className="field-hint wide">{INIT_RULES[init.kind]}</p>
    </FieldGrid>
  );
}

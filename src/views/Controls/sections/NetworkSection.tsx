import { useAppStore } from '../../../state/store';
import { fieldApplies } from '../applies';
import { NumberField } from '../fields/NumberField';
import { FieldGrid, Section } from '../Section';
import { numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { HiddenLayers } from './HiddenLayers';
import { InitFields } from './InitFields';
import { OutputFields } from './OutputFields';
import { selectConfig } from '../../../state/selectors';
import { useT } from '../../shared/useT';

const LEAKY_SLOPE = numberSpec('network.leakySlope');
const ELU_ALPHA = numberSpec('network.eluAlpha');

/** Hidden layers, the output layer and its loss, and how the weights start. */
export function NetworkSection() {
  const config = useAppStore(selectConfig);
  const change = useConfigChange();
  const { apply } = change;
  const network = config.network;
  const t = useT();
  return (
    <Section title={t('controls.section.network')} mode="restart">
      <HiddenLayers
        layers={network.hidden}
        onChange={(hidden) => apply({ 'network.hidden': hidden })}
      />
      <FieldGrid>
        {fieldApplies(LEAKY_SLOPE.path, config) && (
          <NumberField
            spec={LEAKY_SLOPE}
            value={network.leakySlope}
            onCommit={(v) => apply({ [LEAKY_SLOPE.path]: v })}
          />
        )}
        {fieldApplies(ELU_ALPHA.path, config) && (
          <NumberField
            spec={ELU_ALPHA}
            value={network.eluAlpha}
            onCommit={(v) => apply({ [ELU_ALPHA.path]: v })}
          />
        )}
      </FieldGrid>
      <OutputFields config={config} {...change} />
      <InitFields config={config} apply={apply} />
    </Section>
  );
}

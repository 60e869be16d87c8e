import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../state/store';
import { formatCount } from '../../shared/format';
import { NumberField } from '../fields/NumberField';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { selectHasInitialParams, selectSeed } from '../../../state/selectors';
import { useT } from '../../shared/useT';

const SEED = numberSpec('seed');

/** A random seed other than `current`, uniform over the seed range 0 … 2³²−1 (a uint32). */
export function newSeed(current: number): number {
  const word = new Uint32Array(1);
  do {
    crypto.getRandomValues(word);
  } while (word[0] === current);
  return word[0];
}

/** The seed behind every random choice, and what the network adds up to. */
export function RunSection() {
  const seed = useAppStore(selectSeed);
  const hasInitialParams = useAppStore(selectHasInitialParams);
  const shape = useAppStore(
    useShallow((s) => (s.info ? { sizes: s.info.sizes, parameters: s.info.parameterCount } : null)),
  );
  const { apply, notes } = useConfigChange();
  const t = useT();

  return (
    <Section title={t('controls.section.run')} mode="restart">
      <FieldGrid>
        <NumberField
          spec={SEED}
          value={seed}
          wide
          onCommit={(v) => apply({ seed: v })}
          hint={t('controls.seedHint')}
          after={
            <button type="button" onClick={() => apply({ seed: newSeed(seed) })}>
              {t('controls.newSeed')}
            </button>
          }
        />
      </FieldGrid>
      {hasInitialParams && (
        <div className="advice">
          <p>{t('controls.linkWeights')}</p>
          <button type="button" onClick={() => apply({ initialParams: null })}>
            {t('controls.useInitializer')}
          </button>
        </div>
      )}
      <dl className="run-summary">
        <dt>{t('controls.layerWidths')}</dt>
        <dd>{shape ? shape.sizes.join(' → ') : '…'}</dd>
        <dt>{t('controls.parameters')}</dt>
        <dd data-testid="parameter-count">{shape ? formatCount(shape.parameters) : '…'}</dd>
      </dl>
      <ChangeNotes notes={notes} />
    </Section>
  );
}

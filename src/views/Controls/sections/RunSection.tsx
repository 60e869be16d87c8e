import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../state/store';
import { formatCount } from '../../shared/format';
import { NumberField } from '../fields/NumberField';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { selectHasInitialParams, selectSeed } from '../../../state/selectors';

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

  return (
    <Section title="Run" mode="restart">
      <FieldGrid>
        <NumberField
          spec={SEED}
          value={seed}
          wide
          onCommit={(v) => apply({ seed: v })}
          hint="Seeds the data, the initial weights, the batches and dropout."
          after={
            <button type="button" onClick={() => apply({ seed: newSeed(seed) })}>
              New seed
            </button>
          }
        />
      </FieldGrid>
      {hasInitialParams && (
        <div className="advice">
          <p>The run starts from the weights stored in the link, not from the initializer.</p>
          <button type="button" onClick={() => apply({ initialParams: null })}>
            Use the initializer
          </button>
        </div>
      )}
      <dl className="run-summary">
        <dt>Layer widths</dt>
        <dd>{shape ? shape.sizes.join(' → ') : '…'}</dd>
        <dt>Parameters</dt>
        <dd data-testid="parameter-count">{shape ? formatCount(shape.parameters) : '…'}</dd>
      </dl>
      <ChangeNotes notes={notes} />
    </Section>
  );
}

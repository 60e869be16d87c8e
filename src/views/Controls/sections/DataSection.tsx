import { useShallow } from 'zustand/react/shallow';
import { DATASETS, type DatasetName } from '../../../config/types';
import { datasetInfo } from '../../../data/info';
import { useAppStore } from '../../../state/store';
import { formatCount } from '../../shared/format';
import { DATASET_GROUPS, DIGIT_SIZE_LABELS } from '../choiceLabels';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { booleanSpec, choiceSpec, numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { CsvForm, EXAMPLE_CSV } from './CsvForm';
import { FeaturesField } from './FeaturesField';
import { selectDataConfig } from '../../../state/selectors';

const DATASET = choiceSpec('data.dataset');
const SAMPLES = numberSpec('data.samples');
const NOISE = numberSpec('data.noise');
const TEST_FRACTION = numberSpec('data.testFraction');
const CLASSES = numberSpec('data.classes');
const NORMALIZE = booleanSpec('data.normalize');
const DIGIT_SIZE = choiceSpec('data.digitSize');

const DATASET_LABELS = Object.fromEntries(
  DATASETS.map((name) => [name, datasetInfo(name).label]),
) as Record<DatasetName, string>;

const DATASET_MENU = DATASET_GROUPS.map((group) => ({
  label: group.label,
  choices: DATASETS.filter((name) => group.kinds.includes(datasetInfo(name).kind)),
}));

/** Which data, how much of it, how noisy, how split, and what the network sees of it. */
export function DataSection() {
  const data = useAppStore(selectDataConfig);
  // The actual split of the running data (null until the run is ready).
  const split = useAppStore(
    useShallow((s) => (s.info ? [s.info.data.train.count, s.info.data.test.count] : null)),
  );
  const { apply, notes } = useConfigChange();
  const info = datasetInfo(data.dataset);

  const chooseDataset = (name: DatasetName): void => {
    if (name === 'csv' && data.csv.trim() === '') {
      // An empty table cannot train: start from an example the user can edit or replace.
      apply(
        {
          'data.dataset': name,
          'data.csv': EXAMPLE_CSV,
          'data.csvTargets': 1,
          'data.csvTask': 'regression',
        },
        ['Example data filled in (y = x²): edit it or paste your own, then press Apply data.'],
      );
    } else {
      apply({ 'data.dataset': name });
    }
  };

  const splitHint =
    split && info.usesTestSplit
      ? `${formatCount(split[0])} train · ${formatCount(split[1])} test`
      : undefined;

  return (
    <Section title="Data" mode="restart">
      <FieldGrid>
        <SelectField
          spec={DATASET}
          value={data.dataset}
          onChange={chooseDataset}
          labels={DATASET_LABELS}
          groups={DATASET_MENU}
          wide
          hint={
            <>
              {info.description}
              {info.noiseMeaning && <span className="hint-more"> Noise {info.noiseMeaning}.</span>}
            </>
          }
        />
        {info.usesSamples && info.sampleRange && (
          <NumberField
            spec={SAMPLES}
            value={data.samples}
            range={info.sampleRange}
            onCommit={(v) => apply({ 'data.samples': v })}
          />
        )}
        {info.usesNoise && (
          <NumberField
            spec={NOISE}
            value={data.noise}
            onCommit={(v) => apply({ 'data.noise': v })}
          />
        )}
        {info.usesTestSplit && (
          <NumberField
            spec={TEST_FRACTION}
            value={data.testFraction}
            hint={splitHint}
            onCommit={(v) => apply({ 'data.testFraction': v })}
          />
        )}
        {info.usesClasses && (
          <NumberField
            spec={CLASSES}
            value={data.classes}
            stepper
            onCommit={(v) => apply({ 'data.classes': v })}
          />
        )}
        {data.dataset === 'digits' && (
          <SelectField
            spec={DIGIT_SIZE}
            value={data.digitSize}
            labels={DIGIT_SIZE_LABELS}
            hint={
              data.digitSize === 14 ? '2 × 2 pixel means: 196 inputs.' : 'The original: 784 inputs.'
            }
            onChange={(v) => apply({ 'data.digitSize': v })}
          />
        )}
        {info.usesFeatures && (
          <FeaturesField features={data.features} onChange={(v) => apply({ 'data.features': v })} />
        )}
        <CheckboxField
          spec={NORMALIZE}
          checked={data.normalize}
          onChange={(v) => apply({ 'data.normalize': v })}
          hint="Zero mean, unit variance per input (training statistics)."
          wide
        />
      </FieldGrid>
      {data.dataset === 'csv' && <CsvForm data={data} split={split} onApply={apply} />}
      <ChangeNotes notes={notes} />
    </Section>
  );
}

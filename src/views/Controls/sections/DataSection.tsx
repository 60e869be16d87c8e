import { useShallow } from 'zustand/react/shallow';
import { DATASETS, type DataConfig, type DatasetName } from '../../../config/types';
import { datasetInfo } from '../../../data/info';
import { useAppStore } from '../../../state/store';
import { formatCount } from '../../shared/format';
import { useT } from '../../shared/useT';
import { DATASET_GROUPS, DIGIT_SIZE_LABELS } from '../choiceLabels';
import { datasetAbout, datasetLabel } from '../datasetWords';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { booleanSpec, choiceSpec, numberSpec } from '../specs';
import { useConfigChange, type ConfigChange } from '../useConfigChange';
import { CsvForm, EXAMPLE_CSV } from './CsvForm';
import { FeaturesField } from './FeaturesField';
import { selectDataConfig } from '../../../state/selectors';
import { PresetOffer } from './PresetOffer';

const DATASET = choiceSpec('data.dataset');
const SAMPLES = numberSpec('data.samples');
const NOISE = numberSpec('data.noise');
const TEST_FRACTION = numberSpec('data.testFraction');
const CLASSES = numberSpec('data.classes');
const NORMALIZE = booleanSpec('data.normalize');
const DIGIT_SIZE = choiceSpec('data.digitSize');

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
  const t = useT();
  return (
    <Section title={t('controls.section.data')} mode="restart">
      <FieldGrid>
        <DatasetField data={data} apply={apply} />
        <PresetOffer apply={apply} />
        <SizeFields data={data} split={split} apply={apply} />
        <CheckboxField
          spec={NORMALIZE}
          checked={data.normalize}
          onChange={(v) => apply({ 'data.normalize': v })}
          hint={t('controls.normalizeHint')}
          wide
        />
      </FieldGrid>
      {data.dataset === 'csv' && <CsvForm data={data} split={split} onApply={apply} />}
      <ChangeNotes notes={notes} />
    </Section>
  );
}

interface DataFieldsProps {
  data: DataConfig;
  apply: ConfigChange['apply'];
}

/** The dataset menu with what the chosen data is and what its noise does. */
function DatasetField({ data, apply }: DataFieldsProps) {
  const t = useT();
  const { about, noise } = datasetAbout(data.dataset, t);
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
        [t('controls.csv.exampleFilled')],
      );
    } else {
      apply({ 'data.dataset': name });
    }
  };
  return (
    <SelectField
      spec={DATASET}
      value={data.dataset}
      onChange={chooseDataset}
      labels={(name) => datasetLabel(name, t)}
      groups={DATASET_MENU}
      wide
      hint={
        <>
          {about}
          {noise && <span className="hint-more"> {noise}</span>}
        </>
      }
    />
  );
}

/** How many samples, how noisy, how split, how many classes, which pixels and features. */
function SizeFields({ data, split, apply }: DataFieldsProps & { split: number[] | null }) {
  const t = useT();
  const info = datasetInfo(data.dataset);
  const splitHint =
    split && info.usesTestSplit
      ? t('controls.split', { train: formatCount(split[0]), test: formatCount(split[1]) })
      : undefined;
  return (
    <>
      {info.usesSamples && info.sampleRange && (
        <NumberField
          spec={SAMPLES}
          value={data.samples}
          range={info.sampleRange}
          onCommit={(v) => apply({ 'data.samples': v })}
        />
      )}
      {info.usesNoise && (
        <NumberField spec={NOISE} value={data.noise} onCommit={(v) => apply({ 'data.noise': v })} />
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
          hint={data.digitSize === 14 ? t('controls.digits14') : t('controls.digits28')}
          onChange={(v) => apply({ 'data.digitSize': v })}
        />
      )}
      {info.usesFeatures && (
        <FeaturesField features={data.features} onChange={(v) => apply({ 'data.features': v })} />
      )}
    </>
  );
}

import { OPTIMIZER_HYPERS, OPTIMIZER_HYPER_NAMES } from '../../../core/choices/optimizers';
import { useAppStore } from '../../../state/store';
import { formatCount } from '../../shared/format';
import { fieldApplies } from '../applies';
import { OPTIMIZER_LABELS } from '../choiceLabels';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { Slider } from '../fields/Slider';
import { ChangeNotes, FieldGrid, Section } from '../Section';
import { choiceSpec, numberSpec } from '../specs';
import { useConfigChange } from '../useConfigChange';
import { ScheduleFields } from './ScheduleFields';
import { selectConfig, selectStepsPerEpoch } from '../../../state/selectors';
import { useT } from '../../shared/useT';

const OPTIMIZER = choiceSpec('training.optimizer.kind');
const LEARNING_RATE = numberSpec('training.optimizer.learningRate');
const BATCH_SIZE = numberSpec('training.batchSize');

/** About ×3 apart: the rates worth trying, from barely moving to diverging. */
const LEARNING_RATE_STOPS = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** Every optimizer hyper-parameter, with the course's symbol; each shows for its optimizers. */
const HYPER_PARAMETERS = OPTIMIZER_HYPER_NAMES.map((key) => ({
  key,
  symbol: OPTIMIZER_HYPERS[key].symbol,
}));

/** The optimizer, its learning rate and hyper-parameters, the schedule and the batch size. */
export function TrainingSection() {
  const config = useAppStore(selectConfig);
  // Steps per epoch of the running data (null until the run is ready).
  const stepsPerEpoch = useAppStore(selectStepsPerEpoch);
  const { apply, notes } = useConfigChange();
  const { optimizer, batchSize } = config.training;
  const setLearningRate = (v: number): void => apply({ 'training.optimizer.learningRate': v });
  const t = useT();

  return (
    <Section title={t('controls.section.training')} mode="live">
      <FieldGrid>
        <SelectField
          spec={OPTIMIZER}
          value={optimizer.kind}
          labels={OPTIMIZER_LABELS}
          onChange={(v) => apply({ 'training.optimizer.kind': v })}
        />
        <NumberField
          spec={BATCH_SIZE}
          value={batchSize}
          hint={
            stepsPerEpoch === null
              ? undefined
              : stepsPerEpoch === 1
                ? t('controls.stepPerEpoch')
                : t('controls.stepsPerEpoch', { steps: formatCount(stepsPerEpoch) })
          }
          onCommit={(v) => apply({ 'training.batchSize': v })}
        />
        <NumberField
          spec={LEARNING_RATE}
          value={optimizer.learningRate}
          symbol="η"
          wide
          onCommit={setLearningRate}
          after={
            <Slider
              spec={LEARNING_RATE}
              value={optimizer.learningRate}
              stops={LEARNING_RATE_STOPS}
              name={t('controls.learningRateSlider')}
              onChange={setLearningRate}
            />
          }
        />
        {HYPER_PARAMETERS.map(({ key, symbol }) => {
          const path = `training.optimizer.${key}`;
          if (!fieldApplies(path, config)) return null;
          return (
            <NumberField
              key={key}
              spec={numberSpec(path)}
              value={optimizer[key]}
              symbol={symbol}
              onCommit={(v) => apply({ [path]: v })}
            />
          );
        })}
      </FieldGrid>
      <ScheduleFields config={config} apply={apply} />
      <ChangeNotes notes={notes} />
    </Section>
  );
}

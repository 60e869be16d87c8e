import type { RunConfig } from '../../../config/types';
import { fieldApplies } from '../applies';
import { SCHEDULE_FORMULAS, SCHEDULE_LABELS, labelText } from '../choiceLabels';
import { useT } from '../../shared/useT';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { FieldGrid } from '../Section';
import { choiceSpec, numberSpec, rangeOf } from '../specs';

const SCHEDULE = choiceSpec('training.schedule.kind');

/** The schedule's own settings, in the order they appear in its formula. */
const PARAMETERS = [
  { key: 'decay', symbol: 'd' },
  { key: 'gamma', symbol: undefined },
  { key: 'every', symbol: undefined },
  { key: 'cycleLow', symbol: undefined },
  { key: 'cycleSteps', symbol: undefined },
] as const;

interface ScheduleFieldsProps {
  config: RunConfig;
  apply: (fields: Record<string, unknown>) => void;
}

/** How the learning rate changes over training, and the settings of that rule. */
export function ScheduleFields({ config, apply }: ScheduleFieldsProps) {
  const schedule = config.training.schedule;
  const t = useT();
  return (
    <FieldGrid>
      <SelectField
        spec={SCHEDULE}
        value={schedule.kind}
        labels={SCHEDULE_LABELS}
        hint={labelText(SCHEDULE_FORMULAS[schedule.kind], t)}
        wide
        onChange={(v) => apply({ 'training.schedule.kind': v })}
      />
      {PARAMETERS.map(({ key, symbol }) => {
        const path = `training.schedule.${key}`;
        if (!fieldApplies(path, config)) return null;
        const spec = numberSpec(path);
        return (
          <NumberField
            key={key}
            spec={spec}
            value={schedule[key]}
            range={rangeOf(spec, config)}
            symbol={symbol}
            onCommit={(v) => apply({ [path]: v })}
          />
        );
      })}
    </FieldGrid>
  );
}

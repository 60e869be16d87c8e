import { useId, useState, type FormEvent } from 'react';
import type { DataConfig } from '../../../config/types';
import { csvData } from '../../../data/csv';
import { formatCount } from '../../shared/format';
import { CSV_TASK_LABELS } from '../choiceLabels';
import { describedBy, useChangeMode } from '../context';
import { FieldHint, FieldLabel } from '../fields/FieldLabel';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { FieldGrid } from '../Section';
import { choiceSpec, numberSpec, textSpec } from '../specs';

const TARGETS = numberSpec('data.csvTargets');
const TASK = choiceSpec('data.csvTask');
const CSV = textSpec('data.csv');

/** What "Your data" starts with: 21 points of y = x², one input column and one target. */
export const EXAMPLE_CSV = [
  '# One sample per line; the last column is the target.',
  'x, y',
  ...Array.from({ length: 21 }, (_, k) => {
    const x = Number((-1 + k * 0.1).toFixed(1));
    return `${x}, ${Number((x * x).toFixed(2))}`;
  }),
].join('\n');

interface CsvFormProps {
  data: DataConfig;
  split: number[] | null;
  onApply: (fields: Record<string, unknown>) => void;
}

type CsvDraft = Pick<DataConfig, 'csv' | 'csvTargets' | 'csvTask'>;

/**
 * The user's table, edited freely and applied with one button: rebuilding the data on every
 * keystroke would restart the run dozens of times for one edit. The table is checked before it
 * is applied, so a mistake is shown here (with its line) instead of failing in the worker.
 */
export function CsvForm({ data, split, onApply }: CsvFormProps) {
  const id = useId();
  const current: CsvDraft = { csv: data.csv, csvTargets: data.csvTargets, csvTask: data.csvTask };
  const [draft, setDraft] = useState<CsvDraft>(current);
  const [shown, setShown] = useState<CsvDraft>(current);
  const [error, setError] = useState<string | null>(null);
  // Settings changed elsewhere (a link, a reset) replace what is being edited.
  if (!sameDraft(shown, current)) {
    setShown(current);
    setDraft(current);
    setError(null);
  }
  const edited = !sameDraft(draft, current);
  const { noteId } = useChangeMode('data.csv');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = csvData(draft);
    if (!parsed.ok) {
      setError(parsed.error.charAt(0).toUpperCase() + parsed.error.slice(1) + '.');
      return;
    }
    setError(null);
    onApply({
      'data.csv': draft.csv,
      'data.csvTargets': draft.csvTargets,
      'data.csvTask': draft.csvTask,
    });
  };

  return (
    <form className="csv-form" onSubmit={submit} aria-label="Your data">
      <div className="field wide">
        <FieldLabel htmlFor={id} label={CSV.label} path="data.csv" />
        <textarea
          id={id}
          rows={7}
          spellCheck={false}
          maxLength={CSV.maxLength}
          value={draft.csv}
          aria-invalid={error !== null}
          aria-describedby={describedBy(error !== null && `${id}-error`, `${id}-hint`, noteId)}
          onChange={(event) => setDraft({ ...draft, csv: event.target.value })}
        />
        {error !== null && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <FieldHint id={`${id}-hint`}>
          Numbers separated by commas, tabs or spaces; an optional header line; # starts a comment.
        </FieldHint>
      </div>
      <FieldGrid>
        <NumberField
          spec={TARGETS}
          value={draft.csvTargets}
          stepper
          onCommit={(v) => setDraft({ ...draft, csvTargets: v })}
        />
        <SelectField
          spec={TASK}
          value={draft.csvTask}
          labels={CSV_TASK_LABELS}
          onChange={(v) => setDraft({ ...draft, csvTask: v })}
        />
      </FieldGrid>
      <div className="csv-actions">
        <button type="submit" className={edited ? 'primary' : undefined} disabled={!edited}>
          Apply data
        </button>
        <span className="field-hint" aria-live="polite">
          {edited
            ? 'Not applied yet.'
            : split
              ? `${formatCount(split[0] + split[1])} rows: ${formatCount(split[0])} train · ${formatCount(split[1])} test`
              : ''}
        </span>
      </div>
    </form>
  );
}

function sameDraft(a: CsvDraft, b: CsvDraft): boolean {
  return a.csv === b.csv && a.csvTargets === b.csvTargets && a.csvTask === b.csvTask;
}

import { useId, useState, type FormEvent } from 'react';
import type { DataConfig } from '../../../config/types';
import { renderMessage, type Message } from '../../../core/i18n/message';
import { csvData } from '../../../data/csv';
import { formatCount } from '../../shared/format';
import { sentence } from '../../shared/sentence';
import { useT } from '../../shared/useT';
import { CSV_TASK_LABELS } from '../choiceLabels';
import { describedBy, useChangeMode } from '../context';
import { useFieldLabel } from '../fieldLabels';
import { FieldHint, FieldLabel } from '../fields/FieldLabel';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { FieldGrid } from '../Section';
import { choiceSpec, numberSpec, textSpec } from '../specs';

const TARGETS = numberSpec('data.csvTargets');
const TASK = choiceSpec('data.csvTask');
const CSV = textSpec('data.csv');

/**
 * What "Your data" starts with: 21 points of y = x², one input column and one target. The
 * comment line is data the user edits, not the page's words, so it stays as written.
 */
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
  const t = useT();
  const current: CsvDraft = { csv: data.csv, csvTargets: data.csvTargets, csvTask: data.csvTask };
  const [draft, setDraft] = useState<CsvDraft>(current);
  const [shown, setShown] = useState<CsvDraft>(current);
  // Kept as messages, so the language switch re-words them; every line to mend, not the first.
  const [errors, setErrors] = useState<Message[]>([]);
  // Settings changed elsewhere (a link, a reset) replace what is being edited.
  if (!sameDraft(shown, current)) {
    setShown(current);
    setDraft(current);
    setErrors([]);
  }
  const edited = !sameDraft(draft, current);
  // The problems were those of the text as it was at Apply: an edit may have mended them.
  const edit = (next: CsvDraft): void => {
    setDraft(next);
    setErrors([]);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = csvData(draft);
    if (!parsed.ok) {
      setErrors([parsed.text, ...(parsed.more ?? [])]);
      return;
    }
    setErrors([]);
    onApply({
      'data.csv': draft.csv,
      'data.csvTargets': draft.csvTargets,
      'data.csvTask': draft.csvTask,
    });
  };

  return (
    <form className="csv-form" onSubmit={submit} aria-label={t('controls.csv.form')}>
      <CsvText
        text={draft.csv}
        errors={errors.map((e) => sentence(renderMessage(e, t)))}
        onEdit={(csv) => edit({ ...draft, csv })}
      />
      <FieldGrid>
        <NumberField
          spec={TARGETS}
          value={draft.csvTargets}
          stepper
          onCommit={(v) => edit({ ...draft, csvTargets: v })}
        />
        <SelectField
          spec={TASK}
          value={draft.csvTask}
          labels={CSV_TASK_LABELS}
          onChange={(v) => edit({ ...draft, csvTask: v })}
        />
      </FieldGrid>
      <div className="csv-actions">
        <button type="submit" className={edited ? 'primary' : undefined} disabled={!edited}>
          {t('controls.csv.apply')}
        </button>
        <span className="field-hint" aria-live="polite">
          {edited
            ? t('controls.csv.notApplied')
            : split
              ? t(split[0] + split[1] === 1 ? 'controls.csv.oneRow' : 'controls.csv.rows', {
                  rows: formatCount(split[0] + split[1]),
                  train: formatCount(split[0]),
                  test: formatCount(split[1]),
                })
              : ''}
        </span>
      </div>
    </form>
  );
}

/** The table's text, with the reason it cannot be used (when it cannot) and how to write it. */
function CsvText(props: { text: string; errors: string[]; onEdit: (csv: string) => void }) {
  const { text, errors, onEdit } = props;
  const invalid = errors.length > 0;
  const id = useId();
  const t = useT();
  const label = useFieldLabel(CSV);
  const { noteId } = useChangeMode('data.csv');
  return (
    <div className="field wide">
      <FieldLabel htmlFor={id} label={label} path="data.csv" />
      <textarea
        id={id}
        rows={7}
        spellCheck={false}
        maxLength={CSV.maxLength}
        value={text}
        aria-invalid={invalid}
        aria-describedby={describedBy(invalid && `${id}-error`, `${id}-hint`, noteId)}
        onChange={(event) => onEdit(event.target.value)}
      />
      {errors.length === 1 && (
        <p id={`${id}-error`} className="field-error">
          {errors[0]}
        </p>
      )}
      {errors.length > 1 && (
        <ul id={`${id}-error`} className="field-error csv-errors">
          {errors.map((error, k) => (
            <li key={k}>{error}</li>
          ))}
        </ul>
      )}
      <FieldHint id={`${id}-hint`}>{t('controls.csv.hint')}</FieldHint>
    </div>
  );
}

function sameDraft(a: CsvDraft, b: CsvDraft): boolean {
  return a.csv === b.csv && a.csvTargets === b.csvTargets && a.csvTask === b.csvTask;
}

import { useId, type ReactNode } from 'react';
import type { ChoiceSpec } from '../../../config/fields';
import { describedBy, useChangeMode } from '../context';
import { FieldHint, FieldLabel } from './FieldLabel';
import { labelText, type Label } from '../choiceLabels';
import { useFieldLabel } from '../fieldLabels';
import { useT, type PlainKey } from '../../shared/useT';

type Choice = string | number;

export interface SelectFieldProps<T extends Choice> {
  spec: ChoiceSpec;
  value: T;
  /** Applied at once. */
  onChange: (value: T) => void;
  /** How each choice reads; the choice itself when missing. */
  labels?: Partial<Record<T, Label>> | ((choice: T) => string);
  /** Option groups, each with the choices it holds, in menu order; flat when missing. */
  groups?: readonly { label: PlainKey; choices: readonly T[] }[];
  /** Only these of the table's choices (the output layer's activations, say). */
  choices?: readonly T[];
  symbol?: ReactNode;
  hint?: ReactNode;
  wide?: boolean;
}

/** A labelled menu of the table's choices, applied as soon as one is picked. */
export function SelectField<T extends Choice>(props: SelectFieldProps<T>) {
  const { spec, value, onChange, labels, groups, symbol, hint, wide } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const { noteId } = useChangeMode(spec.path);
  const label = useFieldLabel(spec);
  const t = useT();
  const choices = props.choices ?? (spec.choices as readonly T[]);
  const read = (choice: T): string => {
    if (typeof labels === 'function') return labels(choice);
    const known = labels?.[choice];
    return known === undefined ? String(choice) : labelText(known, t);
  };
  const option = (choice: T) => (
    <option key={String(choice)} value={String(choice)}>
      {read(choice)}
    </option>
  );

  return (
    <div className={wide ? 'field wide' : 'field'}>
      <FieldLabel htmlFor={id} label={label} symbol={symbol} path={spec.path} />
      <select
        id={id}
        value={String(value)}
        aria-describedby={describedBy(hint !== undefined && hintId, noteId)}
        onChange={(event) => {
          const picked = choices.find((choice) => String(choice) === event.target.value);
          if (picked !== undefined && picked !== value) onChange(picked);
        }}
      >
        {groups
          ? groups.map((group) => (
              <optgroup key={group.label} label={t(group.label)}>
                {group.choices.map(option)}
              </optgroup>
            ))
          : choices.map(option)}
      </select>
      {hint !== undefined && <FieldHint id={hintId}>{hint}</FieldHint>}
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import type { BooleanSpec } from '../../../config/fields';
import { describedBy, useChangeMode } from '../context';
import { FieldHint, ModeMark } from './FieldLabel';
import { useFieldLabel } from '../fieldLabels';

export interface CheckboxFieldProps {
  spec: BooleanSpec;
  checked: boolean;
  /** Applied at once. */
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  wide?: boolean;
}

/** A labelled checkbox (the label is its accessible name), applied at once. */
export function CheckboxField({ spec, checked, onChange, hint, wide }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const { noteId } = useChangeMode(spec.path);
  const label = useFieldLabel(spec);
  return (
    <div className={wide ? 'field check-field wide' : 'field check-field'}>
      <span className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(hint !== undefined && hintId, noteId)}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
        <ModeMark path={spec.path} />
      </span>
      {hint !== undefined && <FieldHint id={hintId}>{hint}</FieldHint>}
    </div>
  );
}

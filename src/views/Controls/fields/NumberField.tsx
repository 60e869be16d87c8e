import { useId, type ReactNode } from 'react';
import type { DynamicRange, NumberSpec } from '../../../config/fields';
import { describedBy, useChangeMode } from '../context';
import { FieldHint, FieldLabel } from './FieldLabel';
import { Stepper } from './Stepper';
import { useNumberDraft } from './useNumberDraft';
import { useFieldLabel } from '../fieldLabels';

export interface NumberFieldProps {
  spec: NumberSpec;
  value: number;
  /** Called with a valid, changed value on Enter, on leaving the field, or on a step. */
  onCommit: (value: number) => void;
  /** The range now, when it depends on other settings; the table's range otherwise. */
  range?: DynamicRange;
  symbol?: ReactNode;
  hint?: ReactNode;
  /** −/+ buttons beside the input (whole-number fields). */
  stepper?: boolean;
  /** Spans both columns of the field grid. */
  wide?: boolean;
  /** Drawn after the input on the same line (the learning-rate slider). */
  after?: ReactNode;
}

/**
 * A labelled number field. The message for a bad value is tied to the input with
 * aria-describedby and nothing is applied until the value is valid. The input element stays
 * the same across re-renders, so it keeps focus while the run trains.
 */
export function NumberField(props: NumberFieldProps) {
  const { spec, value, onCommit, symbol, hint, stepper, wide, after } = props;
  const range = props.range ?? spec;
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const { noteId } = useChangeMode(spec.path);
  const label = useFieldLabel(spec);
  const { inputProps, error, stepBy } = useNumberDraft(spec, value, range, onCommit);

  const input = (
    <input
      id={id}
      className="number-input"
      {...inputProps}
      aria-describedby={describedBy(
        error !== null && errorId,
        hint !== undefined && hintId,
        noteId,
      )}
    />
  );

  return (
    <div className={wide ? 'field wide' : 'field'}>
      <FieldLabel htmlFor={id} label={label} symbol={symbol} path={spec.path} />
      <div className={after ? 'field-row with-after' : 'field-row'}>
        {stepper ? (
          <Stepper name={label} value={value} range={range} onStep={stepBy}>
            {input}
          </Stepper>
        ) : (
          input
        )}
        {after}
      </div>
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint !== undefined && <FieldHint id={hintId}>{hint}</FieldHint>}
    </div>
  );
}

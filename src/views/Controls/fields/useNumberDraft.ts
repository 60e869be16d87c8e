import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { DynamicRange, NumberSpec } from '../../../config/fields';
import { formatNumber } from '../../../config/numbers';
import { readNumberText, stepInteger } from '../inputText';
import { useT } from '../../shared/useT';

export interface NumberDraft {
  /** Spread onto the <input>. */
  inputProps: {
    type: 'text';
    inputMode: 'numeric' | 'decimal';
    autoComplete: 'off';
    spellCheck: false;
    value: string;
    'aria-invalid': boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onBlur: () => void;
  };
  /** Why the typed text cannot be used, or null. */
  error: string | null;
  /** Applies value + delta (clamped to the range) at once: −/+ buttons and arrow keys. */
  stepBy: (delta: number) => void;
}

/**
 * A number being typed: checked on every keystroke, applied only when valid, on Enter or blur.
 * Escape brings back the current value; ↑/↓ step whole-number fields (Shift: by 10).
 */
export function useNumberDraft(
  spec: NumberSpec,
  value: number,
  range: DynamicRange,
  onCommit: (value: number) => void,
): NumberDraft {
  // The text being typed, or null while the field shows the current value.
  const [draft, setDraft] = useState<string | null>(null);
  // A new value from elsewhere (a link, a reset, a coupled setting) replaces the draft.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setDraft(null);
  }

  const t = useT();
  const read = draft === null ? null : readNumberText(draft, spec, range, t);
  const error = read && !read.ok ? read.message : null;

  const commit = (): void => {
    if (!read?.ok) return;
    if (!Object.is(read.value, value)) onCommit(read.value);
    setDraft(null);
  };
  const stepBy = (delta: number): void => {
    const next = stepInteger(read?.ok ? read.value : value, delta, range);
    setDraft(null);
    if (next !== value) onCommit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') setDraft(null);
    else if (spec.integer && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      stepBy((event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 10 : 1));
    }
  };

  return {
    inputProps: {
      type: 'text',
      inputMode: spec.integer ? 'numeric' : 'decimal',
      autoComplete: 'off',
      spellCheck: false,
      value: draft ?? formatNumber(value),
      'aria-invalid': error !== null,
      onChange: (event) => setDraft(event.target.value),
      onKeyDown,
      onBlur: commit,
    },
    error,
    stepBy,
  };
}
